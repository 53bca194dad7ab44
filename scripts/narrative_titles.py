#!/usr/bin/env python3
"""Prints the titles a narrative should show, in order: the document title, the lesson titles,
and (with --entries) the title of every entry shown in full, from `verhaal compose --json`
and `verhaal list --json`.

usage: narrative_titles.py COMPOSE_JSON LIST_JSON DOCUMENT_TITLE [--entries]
"""
import json
import sys

compose = json.load(open(sys.argv[1], encoding="utf-8"))
entries = {entry["id"]: entry["title"] for entry in json.load(open(sys.argv[2], encoding="utf-8"))}
with_entries = "--entries" in sys.argv

print(sys.argv[3])
for item in compose["outline"]:
    if item["depth"] == 2 and item["title"][:2] in {f"{n}." for n in range(1, 10)}:
        print(item["title"])
    if with_entries:
        for entry_id in item["entries"]:
            print(entries[entry_id])
