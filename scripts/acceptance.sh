#!/usr/bin/env bash
# Acceptance: the sample library's exports, read by the tools a user would use.
#  - xmllint validates every DocBook export against Debian's DocBook 5 schema (a second opinion);
#  - pandoc reads every export as DocBook and writes plain text;
#  - xsltproc renders every export to HTML with Debian's DocBook XSL (docbook-xsl-ns).
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
  check "xsltproc renders $file" bash -c "xsltproc --nonet -o '$out/$name.html' '$stylesheet' '$file' 2>'$out/xslt.err'; status=\$?; cat '$out/xslt.err'; [ \$status -eq 0 ] && ! grep -qi error '$out/xslt.err' && grep -qF -- \"$title\" '$out/$name.html'"
done

# The default narrative names every lesson of the framework.
for lesson in "Focus op resultaat, niet op samenwerkingsvorm" "Denk en handel grenzeloos" \
  "Leiderschap: delen als rode draad" "Organisatienetwerken zijn dynamisch en complex" \
  "Het verhaal van samenwerking verbindt en inspireert"; do
  check "pandoc text names '$lesson'" grep -qF -- "$lesson" "$out/wenkend-perspectief.txt"
done

echo "acceptance: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
