#!/usr/bin/env python3
"""Fails when a PDF (or text file) holds a name listed in Stories/namen.yaml.

Usage: no_listed_names.py Stories/namen.yaml FILE...

For every 'Full Name: words' line, the full name, the first name and the surname (the last
word) are searched as whole words in the text pdftotext gives. What a public document must
never show, read the way its reader reads it.
"""
import re
import subprocess
import sys


def names(path):
    result = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or ":" not in line:
            continue
        name = line.split(":", 1)[0].strip()
        if name:
            result.append(name)
    return result


def text(path):
    if path.endswith(".pdf"):
        return subprocess.run(["pdftotext", "-enc", "UTF-8", path, "-"], check=True, capture_output=True).stdout.decode()
    return open(path, encoding="utf-8").read()


def main():
    listed = names(sys.argv[1])
    failures = []
    for path in sys.argv[2:]:
        body = text(path)
        for name in listed:
            words = name.split()
            for form in {name, words[0], words[-1]}:
                if len(form) >= 3 and re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", body):
                    failures.append(f"{path}: '{form}' (of {name})")
    if failures:
        print("listed names in a public document:\n  " + "\n  ".join(failures))
        return 1
    print(f"no listed name ({len(listed)} people) in {len(sys.argv) - 2} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
