#!/usr/bin/env python3
"""Stories in and out, end to end with the tools users have.

1. A travel report written in Markdown is turned into .docx and .odt by pandoc, and the .docx
   into .odt by LibreOffice, as members' documents are made. `verhaal import` must make the
   same four stories from each: the visit, two anecdotes heard at it, and the quote, with the
   Markdown formatting kept and `check` passing.
2. `verhaal export-qda` of the sample library, for both audiences, is validated by xmllint
   against the REFI-QDA schemas: an independent validator beside libxml2 in-process.

usage: reports_and_qda.py VERHAAL          (prints one line per check; exit 1 on a failure)
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCHEMAS = os.environ.get("VERHAAL_REFI_SCHEMAS") or os.path.join(os.path.dirname(ROOT), "shared", "schemas", "refi-qda")

REPORT = """# Breda: Zorg voor Elkaar

Op 12 juni 2019 reisden we naar **Breda**, waar het netwerk *zonder* organogram werkt.

## Zes indicatoren

Ze meten hun werk met zes indicatoren, zie [de site](https://example.org).

- effect voor bewoners
- hoe het netwerk werkt

“We spreken elkaars taal.”

— Marja Peters, wethouder

## De pendule

Het gesprek slingert tussen regie en ruimte.
"""

EXPECTED = {
    "Stories/reisverslagen/2019-06-12-breda-zorg-voor-elkaar.md": ["kind: travel-log", "**Breda**", "*zonder*"],
    "Stories/anekdotes/zes-indicatoren.md": ["visit: 2019-06-12-breda-zorg-voor-elkaar", "[de site](https://example.org)",
                                             "- effect voor bewoners"],
    "Stories/anekdotes/de-pendule.md": ["visit: 2019-06-12-breda-zorg-voor-elkaar", "regie en ruimte"],
    "Stories/citaten/we-spreken-elkaars-taal.md": ["speaker: Marja Peters", "role: wethouder", "We spreken elkaars taal."],
}

failures = 0


def report(ok, message):
    global failures
    print(("ok   " if ok else "FAIL ") + message)
    if not ok:
        failures += 1


def run(command, cwd=None):
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True)


def import_report(verhaal, document, work, name):
    library = os.path.join(work, "lib-" + name)
    run([verhaal, "init", "--no-git", library])
    dry = run([verhaal, "import", document, "--teller", "Paul Sebregts", "--dry-run"], cwd=library)
    written = run([verhaal, "import", document, "--teller", "Paul Sebregts"], cwd=library)
    check = run([verhaal, "check"], cwd=library)
    problems = []
    if dry.returncode != 0 or "4 stories to add" not in dry.stdout:
        problems.append(f"dry run: {dry.stdout}{dry.stderr}")
    if written.returncode != 0:
        problems.append(f"import: {written.stderr}")
    if check.returncode != 0:
        problems.append(f"check: {check.stdout}{check.stderr}")
    for path, needles in EXPECTED.items():
        full = os.path.join(library, path)
        if not os.path.exists(full):
            problems.append(f"no {path}")
            continue
        text = open(full, encoding="utf-8").read()
        problems += [f"{path} lacks {needle!r}" for needle in needles if needle not in text]
    report(not problems, f"{name} ({os.path.basename(document)}) imports as the visit, two anecdotes and the quote"
           + ("" if not problems else ": " + "; ".join(problems)))


def main():
    verhaal = os.path.abspath(sys.argv[1])
    work = tempfile.mkdtemp(prefix="verhaal-exchange-")
    try:
        markdown = os.path.join(work, "breda.md")
        open(markdown, "w", encoding="utf-8").write(REPORT)
        run(["pandoc", markdown, "-o", os.path.join(work, "breda.docx")])
        run(["pandoc", markdown, "-o", os.path.join(work, "breda.odt")])
        office = os.path.join(work, "office")
        os.makedirs(office)
        run(["soffice", f"-env:UserInstallation=file://{work}/profile", "--headless", "--convert-to", "odt",
             "--outdir", office, os.path.join(work, "breda.docx")])
        documents = {"markdown": markdown, "pandoc-docx": os.path.join(work, "breda.docx"),
                     "pandoc-odt": os.path.join(work, "breda.odt"), "libreoffice-odt": os.path.join(office, "breda.odt")}
        for name, document in documents.items():
            if not os.path.exists(document):
                report(False, f"{name}: {document} was not made")
                continue
            import_report(verhaal, document, work, name)

        sample = os.path.join(work, "sample")
        shutil.copytree(os.path.join(ROOT, "Stories"), os.path.join(sample, "Stories"))
        shutil.copy(os.path.join(ROOT, "verhaal.yaml"), sample)
        for audience in ["network", "public"]:
            out = os.path.join(work, f"{audience}.qdpx")
            export = run([verhaal, "export-qda", "--audience", audience, "--validate", "--out", out], cwd=sample)
            qde = os.path.join(work, f"{audience}.qde")
            if export.returncode == 0:
                open(qde, "wb").write(zipfile.ZipFile(out).read("project.qde"))
            lint = run(["xmllint", "--noout", "--schema", os.path.join(SCHEMAS, "Project.xsd"), qde])
            report(export.returncode == 0 and lint.returncode == 0,
                   f"xmllint: the {audience} .qdpx of the sample is valid REFI-QDA ({export.stdout.strip()}) {lint.stderr.strip()}")
        listed = run([verhaal, "list", "--csv"], cwd=sample)
        entries = json.loads(run([verhaal, "list", "--json"], cwd=sample).stdout)
        rows = list(csv.reader(io.StringIO(listed.stdout.encode().decode("utf-8-sig"), newline="")))
        same = (listed.stdout.startswith("\ufeffid,kind,title") and len(rows) == len(entries) + 1
                and all(len(row) == len(rows[0]) for row in rows)
                and [row[2] for row in rows[1:]] == [entry["title"] for entry in entries]
                and [row[17] for row in rows[1:]] == [entry["body"].strip("\n") for entry in entries])
        report(same, f"Python's csv module reads list --csv as the same {len(entries)} stories, titles and texts")
        codebook = os.path.join(work, "codeboek.qdc")
        export = run([verhaal, "export-qda", "--format", "qdc", "--out", codebook], cwd=sample)
        lint = run(["xmllint", "--noout", "--schema", os.path.join(SCHEMAS, "Codebook.xsd"), codebook])
        report(export.returncode == 0 and lint.returncode == 0, f"xmllint: the .qdc is a valid REFI-QDA codebook {lint.stderr.strip()}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"exchange: {failures} failed")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
