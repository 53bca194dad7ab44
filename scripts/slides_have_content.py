#!/usr/bin/env python3
"""Checks LibreOffice's PDF of an .odp: one page per slide, and no slide that shows nothing but
its title, its footer and its number.

Usage: slides_have_content.py SLIDES.odp SLIDES.pdf [--pages-only]
A slide's text (pdftotext, page by page) minus its first line (the title) and, after the title
slide, its last line (the footer: the narrative's title, the date, the slide number) must hold
at least three words.
"""
import re
import subprocess
import sys
import zipfile

odp, pdf = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(odp) as package:
    slides = len(re.findall(rb"<draw:page ", package.read("content.xml")))
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
print(f"{slides} slides, {pages} pages")
if slides != pages or slides < 5:
    sys.exit(1)
if "--pages-only" in sys.argv:
    sys.exit(0)
empty = []
for page in range(1, pages + 1):
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"], capture_output=True, text=True, check=True
    ).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    body = lines[1:-1] if page > 1 else lines[1:]
    if sum(len(line.split()) for line in body) < 3:
        empty.append(f"page {page}: {lines}")
print(f"{len(empty)} without content")
for line in empty:
    print("  " + line)
sys.exit(1 if empty else 0)
