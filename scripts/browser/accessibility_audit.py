#!/usr/bin/env python3
"""Accessibility audit of every page of the web collector, in headless Chromium.

usage: accessibility_audit.py VERHAAL_BINARY

Serves a copy of the sample library and opens every page three ways: signed out, as a member
and as a coordinator, with the forms' refusals too. On each page it runs axe-core (the copy
bundled by the PyPI package axe-playwright-python, the newest axe on PyPI) with the WCAG 2.0,
2.1 and 2.2 A and AA rules, and measures at 320 CSS pixels that the page does not scroll
sideways. Zero violations are allowed. Prints every violation with its page and nodes, then
'accessibility: N pages, N rules, N violations' and exits non-zero on a violation.
"""
import argparse
import importlib.util
import os
import sys

from selenium.webdriver.common.by import By

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_test import browser, wait_until  # noqa: E402
from sample_site import SampleSite  # noqa: E402

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
NARROW = 320


def axe_source():
    """axe.min.js from the package's folder; the package itself (which imports Playwright) is not loaded."""
    folder = importlib.util.find_spec("axe_playwright_python").submodule_search_locations[0]
    with open(os.path.join(folder, "axe.min.js"), encoding="utf-8") as script:
        return script.read()


def sign_in(driver, link):
    driver.get(link)
    driver.find_element(By.ID, "aanmelden").click()
    wait_until(driver, lambda d: d.find_elements(By.CLASS_NAME, "signout"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("verhaal")
    args = parser.parse_args()
    axe = axe_source()
    site = SampleSite(os.path.abspath(args.verhaal), "verhaal-axe-")
    coordinator_link = site.add_member("Paul", "--coordinator")
    member_link = site.add_member("Lilian")
    own = site.run("add", "anecdote", "--title", "Koffie bij de wijkagent", "--teller", "Lilian", "--lesson", "1",
                   "--text", "We dronken koffie met de wijkagent.").split()[0]
    base = site.base
    pages, rules, violations, wide, review = 0, set(), [], [], {}
    driver = None

    def audit(label, url=None, before=None):
        """Opens `url` (or stays on the page `before` leaves), runs axe and measures the width."""
        nonlocal pages
        if url:
            driver.get(base + url)
        if before:
            before()
        driver.execute_script(axe)
        result = driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
            ".then(r => done(r)).catch(e => done({error: String(e)}));", WCAG_TAGS)
        if "error" in result:
            sys.exit(f"axe failed on {label}: {result['error']}")
        pages += 1
        for kind in ("violations", "passes", "incomplete", "inapplicable"):
            rules.update(rule["id"] for rule in result.get(kind, []))
        for rule in result.get("incomplete", []):
            review[rule["id"]] = review.get(rule["id"], 0) + len(rule["nodes"])
            for node in rule["nodes"]:
                print(f"REVIEW {label}: {rule['id']} {' '.join(node['target'])}: {(node.get('any') or [{}])[0].get('message', '')}")
        for rule in result["violations"]:
            violations.append((label, rule))
            print(f"VIOLATION {label}: {rule['id']} ({rule['impact']}) {rule['help']}")
            for node in rule["nodes"][:5]:
                print(f"    {' '.join(node['target'])}: {node['failureSummary'].splitlines()[-1].strip()}")
        overflow = driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        if overflow > 0:
            wide.append(label)
            print(f"SIDEWAYS {label}: {overflow} px wider than {NARROW} px")
        print(f"checked {label}")

    try:
        site.start()
        driver = browser(NARROW, 800)
        driver.execute_cdp_cmd("Page.setBypassCSP", {"enabled": True})

        audit("signed out: sign-in page", "/aanmelden")
        audit("signed out: a sign-in link's page", "/aanmelden?token=" + "x" * 40)
        audit("signed out: a refused sign-in", before=lambda: (
            driver.get(base + "/aanmelden"), driver.find_element(By.ID, "token").send_keys("onzin"),
            driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click(),
            wait_until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "[role=alert], .error, .problems"))))

        for who, link in (("member", member_link), ("coordinator", coordinator_link)):
            driver.delete_all_cookies()
            sign_in(driver, link)
            audit(f"{who}: home", "/")
            audit(f"{who}: choose a kind", "/vertellen")
            for kind in ("anekdote", "citaat", "reisverslag"):
                audit(f"{who}: record a {kind}", f"/vertellen/{kind}")
            audit(f"{who}: a refused record form", before=lambda: (
                driver.get(base + "/vertellen/anekdote"),
                driver.find_element(By.CSS_SELECTOR, "form.record button[type=submit]").click(),
                wait_until(driver, lambda d: d.find_elements(By.ID, "problemen"))))
            audit(f"{who}: stories", "/verhalen")
            audit(f"{who}: an anecdote", "/verhalen/de-pendule")
            audit(f"{who}: a quote", "/verhalen/gewoon-ingewikkeld")
            audit(f"{who}: a travel log", "/verhalen/" + os.path.splitext(sorted(os.listdir(os.path.join(site.library, "Stories", "reisverslagen")))[0])[0])
            audit(f"{who}: coverage", "/dekking")
            audit(f"{who}: patterns", "/patronen")
            audit(f"{who}: a pattern", "/patronen/pendule~gevoel")
            audit(f"{who}: a page that is not there", "/verhalen/bestaat-niet")
            if who == "member":
                audit("member: a saved story, its details unfolded", f"/verhalen/{own}?bewaard=1")
                audit("member: editing an own story", f"/verhalen/{own}/bewerken")
                audit("member: an own story's history", f"/verhalen/{own}/geschiedenis")
                audit("member: withdrawing an own story", f"/verhalen/{own}/terugtrekken")
            else:
                audit("coordinator: a refused observation", before=lambda: (
                    driver.get(base + "/patronen/pendule~gevoel"),
                    driver.find_element(By.ID, "title").send_keys("Te kort"),
                    driver.find_element(By.CSS_SELECTOR, "form[action*='/duiding'] button").click(),
                    wait_until(driver, lambda d: d.find_elements(By.ID, "problemen"))))
                audit("coordinator: compose", "/samenstellen")
                audit("coordinator: rounds", "/rondes")
                audit("coordinator: a round", "/rondes/rvc-2020")
    finally:
        if driver:
            driver.quit()
        site.stop()

    nodes = sum(len(rule["nodes"]) for _, rule in violations)
    # What axe cannot decide alone (text over a gradient, say) is listed for a person to look at.
    for rule, count in sorted(review.items()):
        print(f"for a person to review: {rule} ({count} nodes)")
    print(f"accessibility: {pages} pages, {len(rules)} rules, {len(violations)} violations "
          f"({nodes} nodes), {len(wide)} pages wider than {NARROW} px")
    sys.exit(1 if violations or wide else 0)


if __name__ == "__main__":
    main()
