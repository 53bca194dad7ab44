#!/usr/bin/env python3
"""Measures how empty each slide is in LibreOffice's rendering: the part of the content area
(under the title bar, above the footer) outside the bounding box of everything drawn there.
No slide but the title slide may be more than 60 % empty.

Usage: slides_fill.py SLIDES.pdf [...]   (run with the venv's Python: it needs Pillow)
The slide geometry is Verhaal's: 28 x 15.75 cm, a 2.6 cm title bar, a 0.9 cm footer.
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image

WIDTH, HEIGHT, BAR, FOOTER = 28.0, 15.75, 2.6, 0.9
LIMIT = 0.60
failed = False
for pdf in sys.argv[1:]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(["pdftoppm", "-r", "30", "-png", pdf, f"{folder}/s"], check=True)
        pages = sorted(Path(folder).glob("s-*.png"))
        report = []
        for number, page in enumerate(pages, start=1):
            image = Image.open(page).convert("L")
            w, h = image.size
            top, bottom = int(h * (BAR + 0.2) / HEIGHT), int(h * (HEIGHT - FOOTER) / HEIGHT)
            content = image.crop((0, top, w, bottom)).point(lambda v: 255 if v < 235 else 0)
            box = content.getbbox()
            filled = 0.0 if box is None else (box[2] - box[0]) * (box[3] - box[1]) / (w * (bottom - top))
            empty = 1 - filled
            report.append(f"{number}:{empty:.0%}")
            if number > 1 and empty > LIMIT:
                failed = True
                print(f"{pdf}: slide {number} is {empty:.0%} empty")
        print(f"{pdf}: {len(pages)} slides, empty part per slide {' '.join(report)}")
sys.exit(1 if failed else 0)
