#!/usr/bin/env python3
"""Checks the contents of a PDF made by `verhaal export --format pdf`: every entry has a page
number after its dotted leader, and the heading it names is on that page.

Usage: toc_pages.py DOCUMENT.pdf
Fails when the contents page is not found, when an entry has no page number, or when a heading
is not on the page its entry gives (pdftotext, page by page).
"""
import re
import subprocess
import sys

pdf = sys.argv[1]


def page_text(number, layout=False):
    arguments = ["pdftotext", "-f", str(number), "-l", str(number)] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(arguments, capture_output=True, text=True, check=True).stdout


def squeeze(text):
    return re.sub(r"\s+", " ", text).strip()


info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
pages = int(next(line.split()[1] for line in info.splitlines() if line.startswith("Pages:")))
contents_page = next(
    (n for n in range(1, min(pages, 4) + 1) if page_text(n).strip().splitlines()[:1] in (["Inhoud"], ["Contents"])), None)
if contents_page is None:
    sys.exit("no page starts with 'Inhoud' or 'Contents'")
entries = []
for line in page_text(contents_page, layout=True).splitlines()[1:]:
    line = line.strip()
    if not line or line.isdigit():
        continue
    match = re.match(r"^(.*?)\s*\.{3,}\s*(\d+)$", line)
    if not match:
        sys.exit(f"a contents entry without leader and page number: {line!r}")
    entries.append((match.group(1).strip(), int(match.group(2))))
if len(entries) < 3:
    sys.exit(f"only {len(entries)} contents entries found")
wrong = []
for title, page in entries:
    lines = [squeeze(line) for line in page_text(page).splitlines()] if 1 <= page <= pages else []
    if squeeze(title) not in lines:
        wrong.append(f"'{title}' is not a heading on page {page}")
print(f"{len(entries)} contents entries on page {contents_page}, {len(wrong)} on the wrong page")
for problem in wrong:
    print("  " + problem)
sys.exit(1 if wrong else 0)
