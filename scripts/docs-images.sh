#!/usr/bin/env bash
# Renders the sample narrative for the README: the first pages of the text document and one
# slide, as PNG under docs/ (LibreOffice → PDF → pdftoppm).
set -euo pipefail
cd "$(dirname "$0")/.."

verhaal=.build/debug/verhaal
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME" docs

$verhaal export wenkend-perspectief --format fodt
$verhaal export wenkend-perspectief --format fodp
soffice --headless --norestore --convert-to pdf --outdir "$work/text" Exports/wenkend-perspectief.fodt >/dev/null
soffice --headless --norestore --convert-to pdf --outdir "$work/slides" Exports/wenkend-perspectief.fodp >/dev/null
pdftoppm -png -r 45 -f 1 -l 3 "$work/text/wenkend-perspectief.pdf" docs/document-page
pdftoppm -png -r 60 -f 2 -l 2 -singlefile "$work/slides/wenkend-perspectief.pdf" docs/slide-lesson-1
# Two pattern figures: one question's bar chart, and a heat map of two.
$verhaal patterns --out "$work/figures" >/dev/null
rsvg-convert "$work/figures/gevoel.svg" -o docs/pattern-gevoel.png
rsvg-convert "$work/figures/pendule~gevoel.svg" -o docs/pattern-pendule-gevoel.png
ls -1 docs/*.png
