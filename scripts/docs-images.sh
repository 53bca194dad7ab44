#!/usr/bin/env bash
# Renders the sample narrative for the README: the title page, the contents with their page
# numbers and a page of stories of the PDF (`--format pdf`), two slides of the .odp, and the page
# with the patterns chapter, as PNG under docs/ (LibreOffice → PDF → pdftoppm); the board's
# chosen-story slide, pattern slide and plain patterns chapter; and four pattern figures
# (rsvg-convert).
set -euo pipefail
cd "$(dirname "$0")/.."

verhaal=.build/debug/verhaal
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME" docs

$verhaal export wenkend-perspectief --format pdf
$verhaal export wenkend-perspectief --format odp
mkdir -p "$work/text"
mv Exports/wenkend-perspectief.pdf "$work/text/wenkend-perspectief.pdf"
soffice --headless --norestore --convert-to pdf --outdir "$work/slides" Exports/wenkend-perspectief.odp >/dev/null
# The public board paper's first story page: pseudonyms where the network's names stood.
$verhaal export raad-van-commissarissen --format pdf
mv Exports/raad-van-commissarissen.pdf "$work/text/raad-van-commissarissen.pdf"
pdftoppm -png -r 70 -f 3 -l 3 -singlefile "$work/text/raad-van-commissarissen.pdf" docs/privacy-public-story-page
rm -f docs/document-page-*.png
pdftoppm -png -r 45 -f 1 -l 4 "$work/text/wenkend-perspectief.pdf" docs/document-page
pdftoppm -png -r 60 -f 3 -l 3 -singlefile "$work/slides/wenkend-perspectief.pdf" docs/slide-lesson-1
pdftoppm -png -r 60 -f 8 -l 8 -singlefile "$work/slides/wenkend-perspectief.pdf" docs/slide-perspective
# A story that holds a nested list, a quote, a table, code and a picture, as its PDF page shows it.
shape="$work/vorm"
$verhaal init "$shape" >/dev/null
mkdir -p "$shape/Stories/beeld"
cp Tests/VerhaalExportTests/Fixtures/bouwplaats.md "$shape/Stories/anekdotes/"
cp Tests/VerhaalExportTests/Fixtures/bouwplaats.png "$shape/Stories/beeld/"
printf 'title: Vorm\nsections:\n  - title: Een verhaal met lijst, citaat, tabel, code en beeld\n    entries: [bouwplaats]\n' \
  >"$shape/Stories/verhalen/vorm.yaml"
$verhaal export vorm --library "$shape" --format pdf >/dev/null
pdftoppm -png -r 60 -f 3 -l 3 -singlefile "$shape/Exports/vorm.pdf" docs/story-shape
# A page of story cards.
$verhaal cards --lesson 1 >/dev/null
soffice --headless --norestore --convert-to pdf --outdir "$work/cards" Exports/kaarten.odt >/dev/null
rm -f Exports/kaarten.odt
pdftoppm -png -r 45 -f 1 -l 1 -singlefile "$work/cards/kaarten.pdf" docs/story-cards
# A spelvorm worksheet.
$verhaal spelvorm 3 >/dev/null
soffice --headless --norestore --convert-to pdf --outdir "$work/werkblad" Exports/spelvorm-3.odt >/dev/null
rm -f Exports/spelvorm-3.odt
pdftoppm -png -r 45 -f 1 -l 1 -singlefile "$work/werkblad/spelvorm-3.pdf" docs/worksheet-spelvorm-3
# Four pattern figures: a bar chart, a histogram, a histogram set and a heat map.
$verhaal patterns --out "$work/figures" >/dev/null
rsvg-convert "$work/figures/gevoel.svg" -o docs/pattern-gevoel.png
rsvg-convert "$work/figures/pendule.svg" -o docs/pattern-pendule.png
rsvg-convert "$work/figures/pendule~leiderschap=verantwoordelijkheid.svg" -o docs/pattern-pendule-verantwoordelijkheid.png
rsvg-convert "$work/figures/gevoel~kind.svg" -o docs/pattern-gevoel-kind.png
# The first page of a PDF whose text holds a phrase.
page_with() { # pdf, phrase
  local pages
  pages=$(pdfinfo "$1" | awk '/^Pages:/ {print $2}')
  for page in $(seq 1 "$pages"); do
    if pdftotext -f "$page" -l "$page" "$1" - | tr '\n' ' ' | grep -qF "$2"; then echo "$page"; return; fi
  done
  return 1
}
# The board's slides: a chosen story with its panels and reasons, and a pattern with its figure;
# and the board paper's patterns chapter, what was seen before the figure.
$verhaal export raad-van-commissarissen --format odp >/dev/null
soffice --headless --norestore --convert-to pdf --outdir "$work/board" Exports/raad-van-commissarissen.odp >/dev/null
page=$(page_with "$work/board/raad-van-commissarissen.pdf" "Gekozen door: Netwerktafel → Raad van commissarissen Waarom: De raad wil weten")
pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/board/raad-van-commissarissen.pdf" docs/slide-chosen-story
page=$(page_with "$work/board/raad-van-commissarissen.pdf" "Wie verantwoordelijkheid neemt")
pdftoppm -png -r 60 -f "$page" -l "$page" -singlefile "$work/board/raad-van-commissarissen.pdf" docs/slide-pattern
page=$(page_with "$work/text/raad-van-commissarissen.pdf" "Wat de verhalen samen laten zien Deze patronen")
pdftoppm -png -r 50 -f "$page" -l "$page" -singlefile "$work/text/raad-van-commissarissen.pdf" docs/document-patterns-board
# The page of the board document with the first remarkable pattern.
caption="Waar ging in dit verhaal de aandacht naartoe? × Welk leiderschap liet dit verhaal zien?"
pages=$(pdfinfo "$work/text/wenkend-perspectief.pdf" | awk '/^Pages:/ {print $2}')
for page in $(seq 1 "$pages"); do
  if pdftotext -f "$page" -l "$page" "$work/text/wenkend-perspectief.pdf" - | tr '\n' ' ' | grep -qF "$caption"; then
    pdftoppm -png -r 45 -f "$page" -l "$page" -singlefile "$work/text/wenkend-perspectief.pdf" docs/document-patterns
    break
  fi
done
ls -1 docs/*.png
