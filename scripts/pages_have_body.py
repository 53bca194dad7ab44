#!/usr/bin/env python3
"""Checks a board paper's PDF page by page with `pdftotext -layout`: no page but the title page
and the last holds fewer than 4 lines of body text (a list item or a stray line alone on a
page).

Usage: pages_have_body.py DOCUMENT.pdf [...]
The page number in the footer (a line holding only a number) is not body text.
"""
import re
import subprocess
import sys

MINIMUM = 4
failed = False
for pdf in sys.argv[1:]:
    info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
    short = []
    counts = []
    for page in range(1, pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), "-layout", pdf, "-"], capture_output=True, text=True, check=True
        ).stdout
        lines = [line.strip() for line in text.splitlines() if line.strip() and not re.fullmatch(r"\d+", line.strip())]
        counts.append(len(lines))
        if 1 < page < pages and len(lines) < MINIMUM:
            short.append(f"page {page}: {lines}")
    print(f"{pdf}: {pages} pages, body lines per page {counts}")
    for line in short:
        print("  fewer than 4 lines: " + line)
    failed = failed or bool(short)
sys.exit(1 if failed else 0)
