#!/usr/bin/env python3
"""What a user would otherwise do for `verhaal list --csv`: a script with PyYAML (libyaml) and
Python's csv module that reads every entry's front matter and writes one row per entry with the
same columns, as UTF-8 with a byte order mark. No checks, no audience rules: a floor.

usage: csv_python.py LIBRARY_FOLDER > verhalen.csv
"""
import csv
import os
import sys

import yaml

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
FIELDS = ["kind", "title", "date", "teller", "speaker", "role", "source", "visit", "place", "organizations", "lessons",
          "perspectives", "tags", "share", "people", "consent"]


def main(folder):
    out = open(sys.stdout.fileno(), "w", encoding="utf-8-sig", newline="", closefd=False)
    writer = csv.writer(out)
    questions = None
    for directory, _, names in os.walk(os.path.join(folder, "Stories")):
        for name in sorted(names):
            if not name.endswith(".md"):
                continue
            with open(os.path.join(directory, name), encoding="utf-8") as handle:
                _, front, body = handle.read().split("---\n", 2)
            fields = yaml.load(front, Loader=LOADER) or {}
            answers = fields.get("answers") or {}
            if questions is None:
                questions = sorted(answers)
                writer.writerow(["id"] + FIELDS + ["text"] + [f"answers.{q}" for q in questions])
            cells = [name[:-3]]
            for field in FIELDS:
                value = fields.get(field, "")
                cells.append("; ".join(map(str, value)) if isinstance(value, list) else str(value))
            cells.append(body.strip("\n"))
            cells += [str(answers.get(q, "")) for q in questions]
            writer.writerow(cells)


if __name__ == "__main__":
    main(sys.argv[1])
