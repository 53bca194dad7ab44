#!/bin/sh
# The binary reads and writes YAML through the system's libyaml only: it links libyaml-0.so
# and holds no copy of its own (Yams bundles one under the same symbol names; Verhaal does not
# depend on Yams, which only the tests use as an oracle).
set -eu
binary=${1:-.build/debug/verhaal}
if nm "$binary" | grep -Eq ' [TtWw] yaml_(parser|emitter)_initialize$'; then
    echo "error: $binary holds its own copy of libyaml (nm shows yaml_parser_initialize defined in it)" >&2
    echo "hint: a dependency bundles libyaml (Yams does); read and write YAML through Sources/VerhaalKit/FrontMatter only" >&2
    exit 1
fi
if ! ldd "$binary" | grep -q 'libyaml-0\.so'; then
    echo "error: $binary does not link the system's libyaml (ldd shows no libyaml-0.so)" >&2
    exit 1
fi
echo "one libyaml: $binary links the system's libyaml-0.so and holds no copy of its own"
