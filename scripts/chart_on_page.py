#!/usr/bin/env python3
"""Shows that a PDF page carries a pattern chart: finds the page whose text has CAPTION, renders
it with pdftoppm and counts the pixels of the charts' bar grey (#4d4d4d) that lie in runs of
at least 6 along a row: the edges of antialiased text are that grey too, but never for long.

usage: chart_on_page.py FILE.pdf CAPTION [MINIMUM_PIXELS]
"""
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image


def bar_pixels(image: Image.Image) -> int:
    width = image.width
    data = image.tobytes()
    total = 0
    for row in range(image.height):
        run = 0
        for value in data[row * width:(row + 1) * width]:
            if 70 <= value <= 84:
                run += 1
            else:
                total += run if run >= 6 else 0
                run = 0
        total += run if run >= 6 else 0
    return total


def main() -> int:
    pdf, caption = sys.argv[1], sys.argv[2]
    minimum = int(sys.argv[3]) if len(sys.argv) > 3 else 400
    pages = int(next(line.split()[-1] for line in subprocess.run(
        ["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout.splitlines() if line.startswith("Pages:")))
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-enc", "UTF-8", pdf, "-"],
                              capture_output=True, text=True, check=True).stdout
        if caption not in " ".join(text.split()):
            continue
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(["pdftoppm", "-f", str(page), "-l", str(page), "-r", "60", "-png", pdf, f"{folder}/p"], check=True)
            image = Image.open(next(Path(folder).glob("*.png"))).convert("L")
            grey = bar_pixels(image)
        print(f"page {page}: {grey} pixels of bar grey in runs")
        return 0 if grey >= minimum else 1
    print(f"no page shows '{caption}'")
    return 1


if __name__ == "__main__":
    sys.exit(main())
