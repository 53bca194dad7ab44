#!/usr/bin/env bash
# Acceptance: the sample library's exports, read by the tools a user would use.
#  - xmllint validates every DocBook export against Debian's DocBook 5 schema (a second opinion);
#  - pandoc reads every export as DocBook and writes plain text;
#  - xsltproc renders every export to HTML with Debian's DocBook XSL (docbook-xsl-ns); in both
#    pandoc's and the XSL's HTML every story title is a heading and every link lands;
#  - LibreOffice (headless) converts every .fodt, .odt, .fodp and .odp to PDF (one page per slide; no slide but the
#    title slide more than 60 % empty), and pdftotext shows the
#    title, every lesson's title and (in the text documents) every exported entry's title, in
#    the narrative's order;
#  - `--format pdf` gives contents whose page numbers are the pages the headings are on, and no
#    page (but the first and last) with fewer than 4 lines of body text;
#  - `--format docx` and `--format pptx`, read back with python-docx and python-pptx, hold what
#    the .odt and .odp hold;
#  - LibreOffice renders the story cards, each card's title on its page, also through
#    `cards --format pdf`; `spelvorm N --format pdf` writes each worksheet's PDF;
#  - Selenium drives Debian's chromium through the web collector (scripts/browser/): a member's
#    and a coordinator's work, every form by keyboard alone, and axe-core's WCAG 2.2 AA audit;
#  - the patterns chapter shows in LibreOffice's PDF, with its chart drawn on the page; every
#    pattern figure renders with rsvg-convert; the statistics agree with scipy; an integer
#    programme recovers no hidden cell of what an audience gets from `patterns`;
#  - three sites of one network on a bare git repository end identical (scripts/network/).
set -euo pipefail
cd "$(dirname "$0")/.."

verhaal=.build/debug/verhaal
schema=/usr/share/xml/docbook/schema/rng/5.0/docbook.rng
stylesheet=/usr/share/xml/docbook/stylesheet/docbook-xsl-ns/html/docbook.xsl
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
passed=0
failed=0

check() { # name, command...
  local name=$1; shift
  if "$@" >"$out/log" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name"
  else
    failed=$((failed + 1)); echo "FAIL $name"; sed 's/^/     /' "$out/log"
  fi
}

for name in $($verhaal compose --list); do
  check "export $name" $verhaal export "$name" --format all --validate
  file="Exports/$name.xml"
  title=$(xmllint --xpath 'string(/*[local-name()="article"]/*[local-name()="info"]/*[local-name()="title"])' "$file")
  check "xmllint validates $file" xmllint --noout --nonet --relaxng "$schema" "$file"
  check "pandoc reads $file" bash -c "pandoc -f docbook -t plain '$file' -o '$out/$name.txt' && [ -s '$out/$name.txt' ]"
  check "pandoc and the DocBook XSL show every story title of $file as a heading, and every link lands" bash -c \
    "$verhaal compose '$name' --json > '$out/$name.readers.json' && $verhaal list --json > '$out/readers-list.json' && python3 scripts/docbook_readers.py '$file' '$out/$name.readers.json' '$out/readers-list.json' '$stylesheet'"
  check "xsltproc renders $file" bash -c "xsltproc --nonet -o '$out/$name.html' '$stylesheet' '$file' 2>'$out/xslt.err'; status=\$?; cat '$out/xslt.err'; [ \$status -eq 0 ] && ! grep -qi error '$out/xslt.err' && grep -qF -- \"$title\" '$out/$name.html'"
done

export HOME="$out/home"   # LibreOffice wants a profile of its own
mkdir -p "$HOME"
$verhaal list --json >"$out/list.json"
for name in $($verhaal compose --list); do
  $verhaal compose "$name" --json >"$out/$name.compose.json"
  title=$(xmllint --xpath 'string(/*[local-name()="article"]/*[local-name()="info"]/*[local-name()="title"])' "Exports/$name.xml")
  python3 scripts/narrative_titles.py "$out/$name.compose.json" "$out/list.json" "$title" --entries >"$out/$name.text-titles"
  python3 scripts/narrative_titles.py "$out/$name.compose.json" "$out/list.json" "$title" >"$out/$name.slide-titles"
  for format in fodt odt fodp odp; do
    pdfdir="$out/pdf-$name-$format"
    titles="$out/$name.text-titles"
    case $format in fodp|odp) titles="$out/$name.slide-titles" ;; esac
    check "LibreOffice converts $name.$format to PDF" bash -c \
      "soffice --headless --norestore --convert-to pdf --outdir '$pdfdir' 'Exports/$name.$format' && [ -s '$pdfdir/$name.pdf' ]"
    check "pdftotext shows $name.$format's titles in order" bash -c \
      "pdftotext -enc UTF-8 '$pdfdir/$name.pdf' '$pdfdir/$name.txt' && python3 scripts/pdf_order.py '$pdfdir/$name.txt' '$titles'"
  done
done

# --format pdf: LibreOffice through Python-UNO, the contents updated, so every entry's page
# number is the page its heading is on; PDF/A-2b with bookmarks.
for name in $($verhaal compose --list); do
  check "export $name --format pdf" $verhaal export "$name" --format pdf --validate
  check "the contents of $name.pdf give the page each heading is on" python3 scripts/toc_pages.py "Exports/$name.pdf"
  check "no page of $name.pdf but the first and last has fewer than 4 lines of body text" python3 scripts/pages_have_body.py "Exports/$name.pdf"
  check "$name.pdf is PDF/A-2b with bookmarks and its title" bash -c \
    "grep -aq 'pdfaid:part>2<' 'Exports/$name.pdf' && grep -aq '/Outlines' 'Exports/$name.pdf' && pdfinfo 'Exports/$name.pdf' | grep -q '^Title: *[^ ]'"
  if grep -q '^audience: public' "Stories/verhalen/$name.yaml" 2>/dev/null; then
    check "pdftotext of the public $name.pdf and its slides hold no name of Stories/namen.yaml" \
      python3 scripts/privacy/no_listed_names.py Stories/namen.yaml "Exports/$name.pdf" "$out/pdf-$name-odp/$name.pdf"
  fi
  rm -f "Exports/$name.pdf"
done

# Word and PowerPoint: made by LibreOffice from the validated .odt and .odp, read back with
# python-docx and python-pptx: every heading, story title, table, picture and slide with its notes.
for name in $($verhaal compose --list); do
  check "export $name --format docx and --format pptx" bash -c "$verhaal export '$name' --format docx --validate && $verhaal export '$name' --format pptx --validate"
  check "python-docx and python-pptx read $name.docx and $name.pptx as the .odt and .odp" \
    .build-venv/bin/python scripts/office/word_and_powerpoint.py "Exports/$name.odt" "Exports/$name.docx" "Exports/$name.odp" "Exports/$name.pptx"
  rm -f "Exports/$name.docx" "Exports/$name.pptx"
done

# Story cards: valid, and every card's title on its page (four to a page) in LibreOffice's PDF.
check "verhaal cards writes valid cards" $verhaal cards --validate
check "LibreOffice converts the story cards to PDF" bash -c \
  "soffice --headless --norestore --convert-to pdf --outdir '$out/cards' Exports/kaarten.odt && [ -s '$out/cards/kaarten.pdf' ]"
check "pdftotext finds every card title on its page" python3 scripts/cards_on_pages.py Exports/kaarten.odt "$out/cards/kaarten.pdf"
check "verhaal cards --format pdf prints every card title on its page" bash -c \
  "$verhaal cards --format pdf --validate >/dev/null && python3 scripts/cards_on_pages.py Exports/kaarten.odt Exports/kaarten.pdf"
rm -f Exports/kaarten.odt Exports/kaarten.pdf

# The five spelvorm worksheets: valid, and LibreOffice reads each one.
for number in 1 2 3 4 5; do
  check "verhaal spelvorm $number writes a valid worksheet" $verhaal spelvorm "$number" --validate
  check "LibreOffice renders worksheet $number" bash -c \
    "soffice --headless --norestore --convert-to pdf --outdir '$out/werkbladen' Exports/spelvorm-$number.odt >/dev/null && pdftotext '$out/werkbladen/spelvorm-$number.pdf' - | grep -qF 'Spelvorm $number:'"
  check "verhaal spelvorm $number --format pdf writes its PDF" bash -c \
    "$verhaal spelvorm '$number' --format pdf --validate >/dev/null && pdftotext Exports/spelvorm-$number.pdf - | grep -qF 'Spelvorm $number:'"
  rm -f "Exports/spelvorm-$number.odt" "Exports/spelvorm-$number.pdf"
done

# The packaged slides: one PDF page per slide, and (in the public sample) no slide with only its title.
for name in $($verhaal compose --list); do
  check "LibreOffice makes one page per slide of $name.odp" \
    python3 scripts/slides_have_content.py "Exports/$name.odp" "$out/pdf-$name-odp/$name.pdf" --pages-only
done
check "every slide of the public sample shows more than its title" \
  python3 scripts/slides_have_content.py Exports/raad-van-commissarissen.odp "$out/pdf-raad-van-commissarissen-odp/raad-van-commissarissen.pdf"
for name in $($verhaal compose --list); do
  check "no slide of $name.odp but the title slide is more than 60% empty in LibreOffice's rendering" \
    .build-venv/bin/python scripts/slides_fill.py "$out/pdf-$name-odp/$name.pdf"
done

# The chapter of remarkable patterns: LibreOffice shows its title in both narratives, and in the
# default one the page with the first figure's caption carries the drawn chart.
caption="Waar ging in dit verhaal de aandacht naartoe? × Welk leiderschap liet dit verhaal zien? — verantwoordelijkheid nemen"
for name in $($verhaal compose --list); do
  for format in fodt odt; do
    check "pdftotext shows the patterns chapter in $name.$format" \
      grep -qF "Wat de verhalen samen laten zien" "$out/pdf-$name-$format/$name.txt"
  done
done
for format in fodt odt; do
  check "the page image of wenkend-perspectief.$format shows the chart" \
    .build-venv/bin/python scripts/chart_on_page.py "$out/pdf-wenkend-perspectief-$format/wenkend-perspectief.pdf" "$caption"
done

# The chapters of the Most Significant Change round and of the sessions, in both narratives.
for name in $($verhaal compose --list); do
  for chapter in "Meest betekenisvolle verhalen" "Uit de sessies"; do
    check "pdftotext shows '$chapter' in $name.odt" grep -qF "$chapter" "$out/pdf-$name-odt/$name.txt"
  done
done

# The default narrative names every lesson of the framework.
for lesson in "Focus op resultaat, niet op samenwerkingsvorm" "Denk en handel grenzeloos" \
  "Leiderschap: delen als rode draad" "Organisatienetwerken zijn dynamisch en complex" \
  "Het verhaal van samenwerking verbindt en inspireert"; do
  check "pandoc text names '$lesson'" grep -qF -- "$lesson" "$out/wenkend-perspectief.txt"
done

# The web collector in a real browser: sign in with a member's link, record an anecdote, and
# find the new file in Stories/ passing 'verhaal check'.
check "browser: sign in, record an anecdote, verhaal check passes" \
  .build-venv/bin/python scripts/browser/browser_test.py "$verhaal"
# Every form by the keyboard alone, at 320 px.
check "browser: every form filled in and sent with the keyboard alone" \
  .build-venv/bin/python scripts/browser/keyboard_test.py "$verhaal"
# axe-core's WCAG 2.0, 2.1 and 2.2 A and AA rules on every page, signed out, as a member and as
# a coordinator: zero violations, and no page wider than 320 px.
check "browser: axe-core finds no WCAG 2.2 A or AA violation, and no page scrolls sideways at 320 px" \
  .build-venv/bin/python scripts/browser/accessibility_audit.py "$verhaal"
sed -n '$p' "$out/log" | sed 's/^/     /'

# Every pattern's figure renders with rsvg-convert, without a warning.
figures="$out/figures"
"$verhaal" patterns --library . --out "$figures" > /dev/null
render_figures() {
  local count=0
  for svg in "$figures"/*.svg; do
    rsvg-convert "$svg" -o "${svg%.svg}.png" 2> "$out/rsvg.err" || return 1
    [ ! -s "$out/rsvg.err" ] || { cat "$out/rsvg.err"; return 1; }
    count=$((count + 1))
  done
  [ "$count" -gt 100 ]
}
check "rsvg-convert renders every pattern figure without a warning" render_figures
check "the pattern report has an index and a page per pattern figure (and the coverage figure)" bash -c \
  "[ -s '$figures/index.html' ] && [ -s '$figures/dekking.svg' ] && [ \$(ls '$figures'/*.html | wc -l) -eq \$(ls '$figures'/*.svg | wc -l) ]"

# The statistics of the story questions against scipy, on randomized tables and samples.
check "statistics: chi-square, Kruskal-Wallis, Mann-Whitney, Spearman and BH agree with scipy to 1e-9" \
  .build-venv/bin/python scripts/sense/scipy_crosscheck.py "$verhaal"

# Tests on tellers (one value per teller) and on trends (the quarter's order), end to end.
check "statistics: teller-level and trend tests of verhaal patterns agree with scipy to 1e-9" \
  .build-venv/bin/python scripts/sense/units_crosscheck.py "$verhaal"

# What an audience gets from `patterns`, audited as an attacker with an ILP solver would: no
# hidden cell of a two-question table can be narrowed to fewer than 3 values.
check "disclosure audit: no hidden cell recovered by integer programming (scipy milp)" \
  bash -c ".build-venv/bin/python scripts/sense/disclosure_audit.py '$verhaal' --libraries 8 > '$out/audit.txt'; status=\$?; cat '$out/audit.txt'; exit \$status"
grep '^disclosure audit:' "$out/audit.txt" | sed 's/^/     /' || true

# A network of three sites on one git host: 3 x 50 stories recorded at once over HTTP while the
# sites sync every 2 s, edits, a withdrawal, one server killed with SIGKILL and started again.
check "network: three sites on git end identical, every story there once, by its member" \
  bash -c "python3 scripts/network/three_sites.py '$verhaal' > '$out/network.txt'; status=\$?; cat '$out/network.txt'; exit \$status"
grep '^network:' "$out/network.txt" | sed 's/^/     /' || true

# Stories in and out: reports made by pandoc and LibreOffice import as the expected stories, and
# xmllint validates the REFI-QDA exports against the official schemas.
check "exchange: .md/.docx/.odt reports import as expected; xmllint validates the .qdpx and .qdc" \
  bash -c "python3 scripts/exchange/reports_and_qda.py '$verhaal' > '$out/exchange.txt'; status=\$?; cat '$out/exchange.txt'; exit \$status"

echo "acceptance: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
