#!/usr/bin/env python3
"""Reads `export --format docx` and `--format pptx` back with python-docx and python-pptx and
compares them with the .odt and .odp they are made from.

Usage: word_and_powerpoint.py NAME.odt NAME.docx NAME.odp NAME.pptx

The .docx must hold every chapter heading (as a Word heading), every story and quote title,
every table and every picture of the .odt, and the contents as a field or content control; the
.pptx must hold every slide of the .odp, in order, with its title and its speaker notes. Prints
what it compared; exits 1 on the first difference it lists.
"""
import re
import sys
import zipfile

import docx
import pptx
from lxml import etree

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
PRESENTATION = "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ODF = {"text": TEXT, "table": TABLE, "draw": DRAW, "presentation": PRESENTATION}
STORY_TITLE_STYLES = ("Anecdote_20_Title", "Quote_20_Title")


def words(element):
    return " ".join("".join(element.itertext()).split())


def odt_parts(path):
    with zipfile.ZipFile(path) as package:
        content = etree.fromstring(package.read("content.xml"))
    body = content.find(f"{{urn:oasis:names:tc:opendocument:xmlns:office:1.0}}body")
    headings = [words(h) for h in body.iter(f"{{{TEXT}}}h") if not list(h.iterancestors(f"{{{TEXT}}}table-of-content"))]
    titles = [words(p) for p in body.iter(f"{{{TEXT}}}p") if p.get(f"{{{TEXT}}}style-name") in STORY_TITLE_STYLES]
    tables = len(list(body.iter(f"{{{TABLE}}}table")))
    pictures = len(list(body.iter(f"{{{DRAW}}}image")))
    contents = len(list(body.iter(f"{{{TEXT}}}table-of-content")))
    return headings, titles, tables, pictures, contents


def docx_parts(path):
    document = docx.Document(path)
    body = document.element.body
    paragraphs = [(p.style.name if p.style is not None else "", " ".join(p.text.split())) for p in document.paragraphs]
    headings = [text for style, text in paragraphs if style.startswith("Heading") or style.startswith("Kop")]
    texts = [text for _, text in paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts += [" ".join(p.text.split()) for p in cell.paragraphs]
    tables = len(body.findall(f".//{{{W}}}tbl"))
    pictures = len(body.findall(f".//{{{W}}}drawing"))
    xml = etree.tostring(body, encoding="unicode")
    contents = bool(re.search(r"instrText[^>]*>\s*TOC\b", xml) or 'w:val="Table of Contents"' in xml)
    return headings, texts, tables, pictures, contents, document.core_properties


def compare_text(odt, docx_path):
    headings, titles, tables, pictures, contents = odt_parts(odt)
    word_headings, word_texts, word_tables, word_pictures, word_contents, properties = docx_parts(docx_path)
    problems = [f"chapter heading missing as a Word heading: {h!r}" for h in headings if h not in word_headings]
    problems += [f"story title missing: {t!r}" for t in titles if t not in word_texts]
    if word_tables < tables:
        problems.append(f"{tables} tables in the .odt, {word_tables} in the .docx")
    if word_pictures < pictures:
        problems.append(f"{pictures} pictures in the .odt, {word_pictures} in the .docx")
    if contents and not word_contents:
        problems.append("the contents are not a field or content control in the .docx")
    if not properties.title:
        problems.append("the .docx has no title in its document properties")
    print(
        f"{docx_path}: {len(headings)} headings, {len(titles)} story titles, {tables} tables, {pictures} pictures, "
        f"contents {'yes' if word_contents else 'no'}, title {properties.title!r}, author {properties.author!r}"
    )
    return problems


def odp_slides(path):
    with zipfile.ZipFile(path) as package:
        content = etree.fromstring(package.read("content.xml"))
    slides = []
    for page in content.iter(f"{{{DRAW}}}page"):
        title = next(
            (words(frame) for frame in page.iter(f"{{{DRAW}}}frame") if frame.get(f"{{{PRESENTATION}}}class") == "title"), ""
        )
        notes = page.find(f"{{{PRESENTATION}}}notes")
        paragraphs = [words(p) for p in notes.iter(f"{{{TEXT}}}p")] if notes is not None else []
        slides.append((title, " ".join(p for p in paragraphs if p)))
    return slides


def compare_slides(odp, pptx_path):
    slides = odp_slides(odp)
    presentation = pptx.Presentation(pptx_path)
    shown = []
    for slide in presentation.slides:
        texts = [" ".join(shape.text_frame.text.split()) for shape in slide.shapes if shape.has_text_frame]
        notes = " ".join(slide.notes_slide.notes_text_frame.text.split()) if slide.has_notes_slide else ""
        shown.append((texts, notes))
    problems = []
    if len(shown) != len(slides):
        problems.append(f"{len(slides)} slides in the .odp, {len(shown)} in the .pptx")
    for number, ((title, notes), (texts, pptx_notes)) in enumerate(zip(slides, shown), start=1):
        if title not in texts:
            problems.append(f"slide {number}: title {title!r} not on the slide")
        if notes and notes != pptx_notes:
            problems.append(f"slide {number}: notes differ: {notes[:60]!r} / {pptx_notes[:60]!r}")
    with_notes = sum(1 for _, notes in shown if notes)
    print(f"{pptx_path}: {len(shown)} slides of {len(slides)}, {with_notes} with speaker notes, title {presentation.core_properties.title!r}")
    if not presentation.core_properties.title:
        problems.append("the .pptx has no title in its document properties")
    return problems


odt, docx_file, odp, pptx_file = sys.argv[1:5]
problems = compare_text(odt, docx_file) + compare_slides(odp, pptx_file)
for problem in problems:
    print("  " + problem)
sys.exit(1 if problems else 0)
