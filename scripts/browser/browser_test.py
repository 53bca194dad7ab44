#!/usr/bin/env python3
"""Browser test of the web collector: Debian's chromium and chromium-driver, driven by Selenium.

usage: browser_test.py VERHAAL_BINARY [--screenshots FOLDER]

Copies the sample library to a temporary folder, adds a member with `verhaal member add`,
starts `verhaal serve`, and then, as a member would in a browser: signs in with the printed
link and its button, fills in and submits the anecdote form with the keyboard and mouse, and
checks that the new file is in Stories/ and that `verhaal check` passes; as a coordinator it
marks a pattern, writes an observation, and opens a round and records a choice. Then, as an attacker
would: another member's story holds an image pointing at that member's sign-in link, and a page
on another origin posts that member's token; the signed-in member must stay who they are.
With --screenshots it also saves the form, a story's page, the coverage page, a pattern's page
and a round as PNG images, 320 px wide, into FOLDER.
Prints 'browser: N passed, N failed' and exits non-zero on a failure.
"""
import argparse
import base64
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_site import Checks, SampleSite  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def wait_until(driver, condition, seconds=15):
    """True once `condition(driver)` holds (pages load after a click returns), False after `seconds`."""
    try:
        WebDriverWait(driver, seconds, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(condition)
        return True
    except Exception:
        return False


def browser(width, height):
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={width},{height}", "--force-device-scale-factor=1", "--lang=nl"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    # A phone's screen: the layout the pages are made for first.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    # A click that submits a form can return before the next page is there: look for elements
    # for up to 15 seconds.
    driver.implicitly_wait(15)
    return driver


def full_page_screenshot(driver, path, width):
    """The whole page at `width` CSS pixels, through Chromium's DevTools protocol."""
    time.sleep(0.3)
    metrics = driver.execute_cdp_cmd("Page.getLayoutMetrics", {})
    height = metrics["cssContentSize"]["height"]
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {
        "format": "png", "captureBeyondViewport": True,
        "clip": {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}})
    with open(path, "wb") as image:
        image.write(base64.b64decode(shot["data"]))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("verhaal")
    parser.add_argument("--screenshots")
    args = parser.parse_args()
    check = Checks("browser")
    site = SampleSite(os.path.abspath(args.verhaal), "verhaal-browser-")
    verhaal, library, base = site.verhaal, site.library, site.base
    link = site.add_member("Paul", "--coordinator")
    lilian_link = site.add_member("Lilian")
    lilian_token = lilian_link.split("token=", 1)[1]
    # Lilian's story: an "image" that is her own sign-in link.
    trap = subprocess.run([verhaal, "add", "anecdote", "--library", library, "--title", "Een foto van de wijk",
                           "--teller", "Lilian", "--lesson", "1", "--text", f"Kijk: ![foto]({lilian_link})"],
                          capture_output=True, text=True, check=True)
    trap_id = trap.stdout.split()[0]
    # A page on another origin (localhost instead of 127.0.0.1) that posts Lilian's token.
    elsewhere = tempfile.mkdtemp(prefix="verhaal-elders-")
    with open(os.path.join(elsewhere, "index.html"), "w", encoding="utf-8") as page:
        page.write(f"""<!DOCTYPE html><title>Elders</title>
<form method="post" action="{base}/aanmelden"><input name="token" value="{lilian_token}">
<button id="go" type="submit">Win een prijs</button></form>""")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=elsewhere)
    handler.log_message = lambda *args: None
    evil = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=evil.serve_forever, daemon=True).start()
    evil_url = f"http://localhost:{evil.server_address[1]}/index.html"
    driver = None
    try:
        site.start()
        width = 320  # the narrowest phone WCAG's reflow asks for
        driver = browser(width, 900)
        driver.get(link)
        check("the sign-in link opens a page with a button, not a session",
              driver.find_elements(By.ID, "aanmelden") and "Aangemeld als" not in driver.page_source)
        driver.find_element(By.ID, "aanmelden").click()
        check("the button signs the member in",
              wait_until(driver, lambda d: "Aangemeld als Paul" in d.find_element(By.CLASS_NAME, "signout").text))
        driver.find_element(By.LINK_TEXT, "Een anekdote vertellen").click()
        opened = wait_until(driver, lambda d: d.find_element(By.TAG_NAME, "h1").text == "Een anekdote vertellen")
        check("the anecdote form opens", opened)

        title = driver.find_element(By.ID, "title")
        title.click()
        title.send_keys("Koffie bij de wijkagent")
        # From the title on, the keyboard alone reaches the other fields.
        title.send_keys(Keys.TAB)
        active = driver.switch_to.active_element
        check("Tab moves from the title to the date", active.get_attribute("id") == "date")
        driver.find_element(By.ID, "place").send_keys("Zwolle")
        driver.find_element(By.ID, "text").send_keys("We dronken koffie met de wijkagent.\n\nZe kende *iedereen* in de straat.")
        driver.find_element(By.ID, "tags").send_keys("wijkaanpak, vertrouwen")
        driver.find_element(By.ID, "lessons-delen").send_keys(Keys.SPACE)
        driver.find_element(By.CSS_SELECTOR, "label[for=perspectives-netwerk]").click()
        driver.find_element(By.ID, "share-network").click()
        # The story questions by keyboard: one scale answered (untick "niet van toepassing",
        # then ten steps right from the middle), one left not applicable, two leadership
        # choices and a question about the teller.
        driver.find_element(By.ID, "na-pendule").send_keys(Keys.SPACE)
        driver.find_element(By.ID, "answer-pendule").send_keys(Keys.ARROW_RIGHT * 10)
        check("the other scales start as not applicable",
              driver.find_element(By.ID, "na-hard-zacht").is_selected())
        driver.find_element(By.ID, "answer-leiderschap-regie").send_keys(Keys.SPACE)
        driver.find_element(By.CSS_SELECTOR, "label[for=answer-leiderschap-ruimte]").click()
        driver.find_element(By.ID, "answer-rol-bestuurder").send_keys(Keys.SPACE)
        if args.screenshots:
            os.makedirs(args.screenshots, exist_ok=True)
            full_page_screenshot(driver, os.path.join(args.screenshots, "web-vertellen.png"), width)
        driver.find_element(By.CSS_SELECTOR, "form.record button[type=submit]").click()

        wait_until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".saved, #problemen"))
        problems = driver.find_elements(By.ID, "problemen")
        if problems:
            print("the form was refused:", problems[0].text)
        status = driver.find_element(By.CSS_SELECTOR, ".saved").text if not problems else ""
        match = re.search(r"Bewaard als ([a-z0-9-]+)\.", status)
        check("the saved story is shown back with its id", match is not None)
        entry_id = match.group(1) if match else "?"
        check("the text is shown as HTML", "<em>iedereen</em>" in driver.page_source)
        path = os.path.join(library, "Stories", "anekdotes", entry_id + ".md")
        check(f"Stories/anekdotes/{entry_id}.md exists", os.path.exists(path))
        text = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        check("the teller is the signed-in member", "\nteller: Paul\n" in text)
        check("the lessons and perspectives are in the front matter",
              "lessons: [delen]" in text and "perspectives: [netwerk]" in text)
        check("the file holds exactly the answers given (the untouched scale stays out)",
              "\nanswers: {pendule: 60, leiderschap: [regie, ruimte], rol: bestuurder}\n" in text)
        checked = subprocess.run([verhaal, "check", "--library", library], capture_output=True, text=True)
        check("verhaal check passes on the library", checked.returncode == 0)

        # The teller changes the story from its page, then takes it back.
        driver.get(f"{base}/verhalen/{entry_id}")
        page = driver.page_source
        check("the story page starts with the story; its details are folded below it",
              page.index('class="story-text"') < page.index('class="about"')
              and not driver.find_element(By.CSS_SELECTOR, "details.about").get_attribute("open"))
        if args.screenshots:
            full_page_screenshot(driver, os.path.join(args.screenshots, "web-verhaal.png"), width)
        driver.find_element(By.LINK_TEXT, "Bewerken").click()
        check("the edit form opens filled in",
              wait_until(driver, lambda d: d.find_element(By.ID, "title").get_attribute("value") == "Koffie bij de wijkagent"))
        edit_title = driver.find_element(By.ID, "title")
        edit_title.clear()
        edit_title.send_keys("Koffie en koek bij de wijkagent")
        driver.find_element(By.CSS_SELECTOR, "form.record button[type=submit]").click()
        check("the edit is saved and shown", wait_until(driver, lambda d: "Koffie en koek bij de wijkagent" in d.find_element(By.TAG_NAME, "h1").text))
        edited = open(path, encoding="utf-8").read() if os.path.exists(path) else ""
        check("the file has the new title and keeps the answers",
              "title: Koffie en koek bij de wijkagent" in edited and "answers: {pendule: 60" in edited)
        driver.find_element(By.LINK_TEXT, "Verhaal terugtrekken").click()
        check("withdrawing asks first", wait_until(driver, lambda d: d.find_elements(By.ID, "reden")))
        driver.find_element(By.ID, "reden").send_keys("Ik vertel het later opnieuw")
        driver.find_element(By.CSS_SELECTOR, "form[action$='/terugtrekken'] button[type=submit]").click()
        check("the story is withdrawn", wait_until(driver, lambda d: "Het verhaal is teruggetrokken." in d.page_source))
        tombstone = os.path.join(library, "Stories", "ingetrokken", entry_id + ".yaml")
        check("only its withdrawal record stays", not os.path.exists(path) and os.path.exists(tombstone)
              and "Koffie" not in open(tombstone, encoding="utf-8").read())
        driver.get(f"{base}/verhalen/{entry_id}")
        check("its page is gone", "Koffie en koek" not in driver.page_source)

        driver.get(base + "/dekking")
        check("the coverage page shows the table", driver.find_elements(By.CSS_SELECTOR, "table.coverage"))
        if args.screenshots:
            full_page_screenshot(driver, os.path.join(args.screenshots, "web-dekking.png"), width)

        # Patterns: the coordinator opens one, marks it and writes an observation with two
        # competing interpretations, which lands as a file that 'verhaal check' accepts.
        driver.get(base + "/patronen")
        check("the patterns page lists patterns with q", driver.find_elements(By.CSS_SELECTOR, "table.patterns tbody tr"))
        driver.find_element(By.CSS_SELECTOR, "a[href='/patronen/pendule~gevoel']").click()
        check("a pattern's page shows its figure",
              wait_until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".figure svg")))
        if args.screenshots:
            full_page_screenshot(driver, os.path.join(args.screenshots, "web-patroon.png"), width)
        driver.find_element(By.CSS_SELECTOR, "label[for=mark-maybe]").click()
        driver.find_element(By.CSS_SELECTOR, "form[action$='/markering'] button").click()
        check("the mark is saved", wait_until(driver, lambda d: "Markering: misschien" in d.page_source))
        driver.find_element(By.ID, "title").send_keys("Hoop kijkt naar buiten")
        driver.find_element(By.ID, "text").send_keys("Hoopvolle verhalen staan dichter bij het netwerk.")
        driver.find_element(By.ID, "i1-title").send_keys("Hoop opent")
        driver.find_element(By.ID, "i1-text").send_keys("Wie hoopt, kijkt verder dan de eigen organisatie.")
        driver.find_element(By.ID, "i1-questions").send_keys("Klopt dat voor iedereen?")
        driver.find_element(By.ID, "i2-title").send_keys("Succes maakt hoopvol")
        driver.find_element(By.ID, "i2-text").send_keys("Wat in het netwerk lukte, wordt hoopvol verteld.")
        driver.find_element(By.CSS_SELECTOR, "form[action*='/duiding'] button").click()
        check("the observation is saved", wait_until(driver, lambda d: "Bewaard in hoop-kijkt-naar-buiten.md" in d.page_source))
        observation = os.path.join(library, "Stories", "duiding", "hoop-kijkt-naar-buiten.md")
        check("Stories/duiding/hoop-kijkt-naar-buiten.md exists with two interpretations",
              os.path.exists(observation) and open(observation, encoding="utf-8").read().count("- title:") == 2)
        checked = subprocess.run([verhaal, "check", "--library", library], capture_output=True, text=True)
        check("verhaal check passes with the observation", checked.returncode == 0)

        # A Most Significant Change round: the coordinator opens one over the quotes, is refused
        # a reason of two words (the CLI's rule), then records a choice that 'check' accepts.
        driver.get(base + "/rondes")
        check("the rounds page lists the sample's rounds", "Raad van commissarissen (rvc-2020)" in driver.page_source)
        driver.find_element(By.ID, "naam").send_keys("netwerktafel-2021")
        driver.find_element(By.ID, "panel").send_keys("Netwerktafel")
        Select(driver.find_element(By.ID, "soort")).select_by_value("quote")
        driver.find_element(By.CSS_SELECTOR, "form[action^='/rondes'] button[type=submit]").click()
        check("the round opens", wait_until(driver, lambda d: "Ronde geopend: Stories/rondes/netwerktafel-2021.md" in d.page_source))
        Select(driver.find_element(By.ID, "verhaal-delen")).select_by_value("ruggensteun")
        driver.find_element(By.ID, "reden-delen").send_keys("Mooi verhaal.")
        driver.find_element(By.CSS_SELECTOR, "#domein-delen button[type=submit]").click()
        check("a short reason is refused with the rule",
              wait_until(driver, lambda d: "minstens één zin van 8 woorden" in d.find_element(By.CSS_SELECTOR, "#domein-delen").text))
        reason = driver.find_element(By.ID, "reden-delen")
        reason.clear()
        reason.send_keys("Dit citaat laat zien wat ruimte en vertrouwen bieden voor een bestuurder betekent.")
        driver.find_element(By.ID, "anders-delen").send_keys("Twee leden kozen liever een anekdote.")
        driver.find_element(By.CSS_SELECTOR, "#domein-delen button[type=submit]").click()
        check("the choice is recorded", wait_until(driver, lambda d: "Keuze vastgelegd voor" in d.page_source))
        if args.screenshots:
            # The page is long (a form per domain): the view at the recorded domain.
            driver.save_screenshot(os.path.join(args.screenshots, "web-ronde.png"))
        round_file = os.path.join(library, "Stories", "rondes", "netwerktafel-2021.md")
        check("Stories/rondes/netwerktafel-2021.md holds the choice and the dissent",
              os.path.exists(round_file) and "Twee leden kozen liever een anekdote." in open(round_file, encoding="utf-8").read())
        checked = subprocess.run([verhaal, "check", "--library", library], capture_output=True, text=True)
        check("verhaal check passes with the round", checked.returncode == 0)

        # An attack by content: Paul opens Lilian's story, whose image is her sign-in link.
        driver.get(f"{base}/verhalen/{trap_id}")
        check("the story with the trap opens", wait_until(driver, lambda d: "Een foto van de wijk" in d.page_source))
        check("the story shows no image, only a link", not driver.find_elements(By.TAG_NAME, "img")
              and driver.find_elements(By.LINK_TEXT, "foto"))
        driver.get(base + "/")
        check("after reading it, the member is still Paul",
              "Aangemeld als Paul" in driver.find_element(By.CLASS_NAME, "signout").text)

        # An attack by another site: its form posts Lilian's token to the sign-in address.
        driver.get(evil_url)
        driver.find_element(By.ID, "go").click()
        wait_until(driver, lambda d: d.current_url.startswith(base))
        check("the cross-site sign-in is refused", "alleen vanaf de aanmeldpagina" in driver.page_source)
        driver.get(base + "/")
        check("after the other site's form, the member is still Paul",
              "Aangemeld als Paul" in driver.find_element(By.CLASS_NAME, "signout").text)
    finally:
        if driver:
            driver.quit()
        site.stop()
        evil.shutdown()
        shutil.rmtree(elsewhere, ignore_errors=True)
    check.finish()


if __name__ == "__main__":
    main()
