#!/usr/bin/env python3
"""Checks LibreOffice's PDF of a sheet of story cards: every card's title is on its page (four
cards to a page, in order) and the PDF has exactly as many pages as the sheet.

Usage: cards_on_pages.py CARDS.odt CARDS.pdf
"""
import re
import subprocess
import sys
import zipfile
from xml.etree import ElementTree

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
odt, pdf = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(odt) as package:
    root = ElementTree.fromstring(package.read("content.xml"))
titles = ["".join(p.itertext()) for p in root.iter(f"{{{TEXT}}}p") if p.get(f"{{{TEXT}}}style-name") == "Kaart_20_Titel"]
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
expected_pages = (len(titles) + 3) // 4
problems = [] if pages == expected_pages else [f"{pages} pages, expected {expected_pages}"]


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


for index, title in enumerate(titles):
    page = index // 4 + 1
    text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True).stdout
    if squeeze(title) not in squeeze(text):
        problems.append(f"'{title}' is not on page {page}")
print(f"{len(titles)} cards on {pages} pages, {len(problems)} problems")
for problem in problems:
    print("  " + problem)
sys.exit(1 if problems or not titles else 0)
