#!/usr/bin/env python3
"""Every form of the web collector, filled in and sent with the keyboard alone, at 320 px.

usage: keyboard_test.py VERHAAL_BINARY

No click and no element is typed into directly: the test presses Tab until the field it wants
has the focus, then types, presses Space on a box, an arrow on a slider, a radio group or a
list, and Enter on a button, as someone without a mouse would. A member signs in, records a
story (moving a slider while "niet van toepassing" is ticked unticks it), filters the stories,
edits and withdraws the story and signs out; a coordinator marks a pattern, writes an
observation, opens a round, records a choice and asks to close the round. After each form it checks
what the library holds, and `verhaal check` at the end.
Prints 'keyboard: N passed, N failed' and exits non-zero on a failure.
"""
import argparse
import os
import re
import subprocess
import sys

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from browser_test import browser, wait_until  # noqa: E402
from sample_site import Checks, SampleSite  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("verhaal")
    args = parser.parse_args()
    check = Checks("keyboard")
    site = SampleSite(os.path.abspath(args.verhaal), "verhaal-keyboard-")
    paul_link = site.add_member("Paul", "--coordinator")
    lilian_token = site.add_member("Lilian").split("token=", 1)[1]
    base = site.base
    read = site.read
    driver = None

    def press(*keys):
        ActionChains(driver).send_keys(*keys).perform()

    def focus(css, limit=400):
        """Presses Tab until the element at `css` has the focus."""
        target = driver.find_element(By.CSS_SELECTOR, css)
        for _ in range(limit):
            if driver.switch_to.active_element == target:
                return True
            press(Keys.TAB)
        sys.exit(f"Tab never reached {css} on {driver.current_url}")

    def focus_group(name):
        """Tabs into a radio group: Tab stops at its ticked radio, or at its first."""
        ticked = driver.find_elements(By.CSS_SELECTOR, f"input[name={name}]:checked")
        focus(f"input[name={name}]:checked" if ticked else f"input[name={name}]")

    def type_into(css, text, replace=False):
        focus(css)
        if replace:
            ActionChains(driver).key_down(Keys.CONTROL).send_keys("a").key_up(Keys.CONTROL).perform()
        press(text)

    def send(css):
        """Tabs to the form's button and presses Enter."""
        focus(css)
        press(Keys.ENTER)

    try:
        site.start()
        driver = browser(320, 800)
        driver.implicitly_wait(0)

        # Sign in by typing the code from the link into the sign-in form.
        driver.get(base + "/aanmelden")
        type_into("#token", lilian_token)
        press(Keys.ENTER)
        signed_in = wait_until(driver, lambda d: "Aangemeld als Lilian" in d.find_element(By.CLASS_NAME, "signout").text)
        check("the sign-in form signs in by keyboard", signed_in)
        if not signed_in:
            print(driver.current_url, driver.find_element(By.TAG_NAME, "main").text[:300])

        # A story, every kind of field.
        driver.get(base + "/vertellen/anekdote")
        type_into("#title", "Soep in de wijkkeuken")
        type_into("#date", "2024-03-05", replace=True)
        type_into("#place", "Roermond")
        type_into("#text", "We kookten soep met de buurt.\n\nIedereen schoof aan.")
        type_into("#tags", "wijkaanpak")
        focus("#lessons-delen")
        press(Keys.SPACE)
        focus("#perspectives-netwerk")
        press(Keys.SPACE)
        focus_group("share")
        for _ in range(4):
            if driver.find_element(By.ID, "share-network").is_selected():
                break
            press(Keys.ARROW_DOWN)
        check("the share choice moves with the arrow keys", driver.find_element(By.ID, "share-network").is_selected())
        check("a scale starts as not applicable", driver.find_element(By.ID, "na-pendule").is_selected())
        focus("#answer-pendule")
        press(Keys.ARROW_RIGHT * 10)
        check("moving the slider unticks 'niet van toepassing' at once",
              not driver.find_element(By.ID, "na-pendule").is_selected())
        focus("#answer-leiderschap-regie")
        press(Keys.SPACE)
        send("form.record button[type=submit]")
        sent = wait_until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".saved"))
        check("the story form is sent by keyboard", sent)
        if not sent:
            print(driver.current_url, driver.find_element(By.TAG_NAME, "main").text[:600], driver.switch_to.active_element.get_attribute("outerHTML")[:200], driver.find_elements(By.ID, "problemen") and driver.find_element(By.ID, "problemen").text)
        saved = re.search(r"Bewaard als ([a-z0-9-]+)\.", driver.page_source)
        entry_id = saved.group(1) if saved else "?"
        story = read(f"Stories/anekdotes/{entry_id}.md")
        check("the file holds the date typed, the slider's value and the choices",
              "date: 2024-03-05" in story and "pendule: 60" in story and "leiderschap: regie" in story
              and "lessons: [delen]" in story and "perspectives: [netwerk]" in story and "share: network" in story)

        # The filter form on the list.
        driver.get(base + "/verhalen")
        type_into("#tekst", "wijkkeuken")
        send("form.filters button[type=submit]")
        check("the filter form is sent by keyboard",
              wait_until(driver, lambda d: "tekst=wijkkeuken" in d.current_url and "Soep in de wijkkeuken" in d.page_source))

        # Edit, then withdraw.
        driver.get(f"{base}/verhalen/{entry_id}/bewerken")
        type_into("#title", "Soep en brood in de wijkkeuken", replace=True)
        send("form.record button[type=submit]")
        check("the edit form is sent by keyboard",
              wait_until(driver, lambda d: "title: Soep en brood" in read(f"Stories/anekdotes/{entry_id}.md")))
        driver.get(f"{base}/verhalen/{entry_id}/terugtrekken")
        type_into("#reden", "Ik vertel het later opnieuw")
        send("form[action$='/terugtrekken'] button[type=submit]")
        check("the withdrawal form is sent by keyboard",
              wait_until(driver, lambda d: read(f"Stories/ingetrokken/{entry_id}.yaml")))

        driver.get(base + "/")
        send("form.signout button")
        check("the sign-out button works by keyboard",
              wait_until(driver, lambda d: d.find_elements(By.ID, "token")))

        # The coordinator: the sign-in link's page, a button to reach.
        driver.get(paul_link)
        send("#aanmelden")
        check("the sign-in link's button works by keyboard",
              wait_until(driver, lambda d: "Aangemeld als Paul" in d.find_element(By.CLASS_NAME, "signout").text))

        driver.get(base + "/patronen/pendule~gevoel")
        focus_group("mark")
        for _ in range(4):
            if driver.find_element(By.ID, "mark-maybe").is_selected():
                break
            press(Keys.ARROW_DOWN)
        send("form[action$='/markering'] button")
        check("the mark form is sent by keyboard", wait_until(driver, lambda d: "Markering: misschien" in d.page_source))
        type_into("#title", "Hoop kijkt naar buiten")
        focus_group("strength")
        press(Keys.ARROW_DOWN)
        type_into("#text", "Hoopvolle verhalen staan dichter bij het netwerk.")
        type_into("#i1-title", "Hoop opent")
        type_into("#i1-text", "Wie hoopt, kijkt verder dan de eigen organisatie.")
        type_into("#i2-title", "Succes maakt hoopvol")
        type_into("#i2-text", "Wat in het netwerk lukte, wordt hoopvol verteld.")
        send("form[action*='/duiding'] button")
        check("the observation form is sent by keyboard",
              wait_until(driver, lambda d: "Bewaard in hoop-kijkt-naar-buiten.md" in d.page_source))

        driver.get(base + "/rondes")
        type_into("#naam", "netwerktafel-2021")
        type_into("#panel", "Netwerktafel")
        focus("#soort")
        while driver.find_element(By.ID, "soort").get_attribute("value") != "quote":
            press(Keys.ARROW_DOWN)
        send("form[action^='/rondes'] button[type=submit]")
        check("the form that opens a round is sent by keyboard",
              wait_until(driver, lambda d: "Ronde geopend" in d.page_source))
        focus("#verhaal-delen")
        press(Keys.ARROW_DOWN)
        type_into("#reden-delen", "Dit citaat laat zien wat ruimte en vertrouwen voor een bestuurder betekenen.")
        send("#domein-delen button[type=submit]")
        check("the choice form is sent by keyboard",
              wait_until(driver, lambda d: "Keuze vastgelegd voor" in d.page_source))
        send("#sluiten button[type=submit]")
        # Four domains have no choice yet: the round answers that it cannot close.
        check("the form that closes a round is sent by keyboard and answered",
              wait_until(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#sluiten .error")
                         or "De ronde is gesloten." in d.page_source))

        checked = subprocess.run([site.verhaal, "check", "--library", site.library], capture_output=True, text=True)
        check("verhaal check passes after every form", checked.returncode == 0)
        if checked.returncode:
            print(checked.stdout + checked.stderr)
    finally:
        if driver:
            driver.quit()
        site.stop()
    check.finish()

if __name__ == "__main__":
    main()
