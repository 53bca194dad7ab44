#!/usr/bin/env python3
"""Checks that the readers of DocBook show every story: the HTML that pandoc and the DocBook XSL
(xsltproc) make of an export has each story's title as a heading, and every link inside the
document lands on an element with that id (or an anchor with that name).

Usage: docbook_readers.py EXPORT.xml COMPOSE_JSON LIST_JSON STYLESHEET
Prints what it compared for each reader; exits 1 on the first reader with a missing title or a
dangling link.
"""
import json
import subprocess
import sys
from html.parser import HTMLParser


class Reader(HTMLParser):
    def __init__(self):
        super().__init__()
        self.headings, self.anchors, self.links = [], set(), []
        self._heading = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("id", "name"):
            if attrs.get(name):
                self.anchors.add(attrs[name])
        if tag == "a" and (attrs.get("href") or "").startswith("#"):
            self.links.append(attrs["href"][1:])
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self._heading = []

    def handle_endtag(self, tag):
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"} and self._heading is not None:
            self.headings.append(" ".join("".join(self._heading).split()))
            self._heading = None

    def handle_data(self, data):
        if self._heading is not None:
            self._heading.append(data)


export, compose_json, list_json, stylesheet = sys.argv[1:5]
compose = json.load(open(compose_json, encoding="utf-8"))
titles = {entry["id"]: entry["title"] for entry in json.load(open(list_json, encoding="utf-8"))}
stories = [titles[entry_id] for item in compose["outline"] for entry_id in item["entries"]]
readers = {
    "pandoc": ["pandoc", "-f", "docbook", "-t", "html", export],
    "DocBook XSL": ["xsltproc", "--nonet", stylesheet, export],
}
failed = False
for name, command in readers.items():
    # The DocBook XSL writes ISO-8859-1, as its page says.
    output = subprocess.run(command, capture_output=True, check=True).stdout
    html = output.decode("utf-8" if name == "pandoc" else "iso-8859-1")
    reader = Reader()
    reader.feed(html)
    missing = [title for title in stories if title not in reader.headings]
    dangling = sorted({link for link in reader.links if link not in reader.anchors})
    print(f"{name}: {len(stories)} story titles, {len(stories) - len(missing)} as headings; "
          f"{len(reader.links)} links, {len(dangling)} dangling")
    for title in missing:
        print(f"  no heading: {title!r}")
    for link in dangling:
        print(f"  dangling link: #{link}")
    failed = failed or bool(missing or dangling)
sys.exit(1 if failed else 0)
