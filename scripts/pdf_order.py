#!/usr/bin/env python3
"""Checks that a PDF's text (from pdftotext) shows the given titles in the given order.

usage: pdf_order.py TEXT_FILE TITLES_FILE
TITLES_FILE holds one title per line, in the order the narrative gives them.
Whitespace is normalised, since LibreOffice wraps long titles over lines.
Prints each missing or out-of-order title and exits 1 when there is one.
"""
import sys


def normalise(text):
    return " ".join(text.replace("\u00ad", "").split())


def main():
    text = normalise(open(sys.argv[1], encoding="utf-8").read())
    titles = [normalise(line) for line in open(sys.argv[2], encoding="utf-8") if line.strip()]
    position = 0
    problems = 0
    for title in titles:
        found = text.find(title, position)
        if found < 0:
            problems += 1
            where = "out of order" if title in text else "missing"
            print(f"  {where}: {title}")
        else:
            position = found + len(title)
    print(f"  {len(titles) - problems} of {len(titles)} titles found in order")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
