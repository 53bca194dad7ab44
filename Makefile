# Verhaal: `make run` builds and runs the sample library; `make test` runs every test.
SWIFT ?= swift
BUILD_PACKAGES := pkg-config libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libyaml-dev libsqlite3-dev docbook5-xml
ACCEPTANCE_PACKAGES := libxml2-utils pandoc xsltproc docbook-xsl-ns libreoffice-writer-nogui libreoffice-impress-nogui python3-uno poppler-utils fonts-liberation2 librsvg2-bin \
	chromium chromium-driver python3-venv
VERHAAL := .build/debug/verhaal
# The date the sample's exports carry where a composition gives none, so that Exports/ stays
# the same from run to run (the tests compare against it).
export SOURCE_DATE_EPOCH ?= 1793491200

.PHONY: lint format run test acceptance docs-images docs-screenshots serve bench fuzz fuzz-writers build deps clean help

help:
	@echo "make run         install what is missing, build, check the sample library, export its narratives to Exports/"
	@echo "make lint        check the Swift sources' style with swift format (.swift-format); fix with make format"
	@echo "make format      rewrite the Swift sources in the style of .swift-format"
	@echo "make test        install what is missing, build and run all tests"
	@echo "make acceptance  read the exports with xmllint, pandoc, xsltproc (DocBook XSL) and LibreOffice"
	@echo "make docs-images render the document's first pages and a slide as PNG under docs/"
	@echo "make docs-screenshots  photograph the web collector's form, a story, coverage, a pattern and a round (headless Chromium, 320 px) into docs/"
	@echo "make serve       run the web collector on the sample library (add a member first: see README)"
	@echo "make bench       time check and export on 10,000 entries beside pandoc (BENCH_FLAGS=--large adds 100,000)"
	@echo "make fuzz        fuzz the entry reader with libFuzzer for FUZZ_SECONDS (default 60)"
	@echo "make fuzz-writers  fuzz the DocBook and ODT writers with random narratives, checked against the schemas"

LINT_PATHS := Sources Tests Package.swift Fuzz/Sources Fuzz/Package.swift

PYTHON_SOURCES := Sources/VerhaalExport/Office/office_convert.py

lint:
	$(SWIFT) format lint --strict --recursive $(LINT_PATHS)
	python3 -c 'import py_compile, sys, tempfile; [py_compile.compile(f, doraise=True, cfile=tempfile.mktemp()) for f in sys.argv[1:]]' $(PYTHON_SOURCES)

format:
	$(SWIFT) format --in-place --recursive $(LINT_PATHS)

deps:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

build: deps
	$(SWIFT) build

run: build
	$(VERHAAL) check
	$(VERHAAL) lessons
	@# Validate every format; without the ODF 1.3 schemas (../shared/schemas/odf-1.3/ or
	@# VERHAAL_ODF_SCHEMAS), validate the DocBook only and say so.
	@if [ -n "$$VERHAAL_ODF_SCHEMAS" ] || [ -f ../shared/schemas/odf-1.3/OpenDocument-v1.3-schema.rng ]; then \
		for name in $$($(VERHAAL) compose --list); do $(VERHAAL) export $$name --format all --validate || exit 1; done; \
	else \
		echo "note: ODF 1.3 schemas not found; set VERHAAL_ODF_SCHEMAS to validate the OpenDocument files too"; \
		for name in $$($(VERHAAL) compose --list); do \
			for format in $$($(VERHAAL) export --list-formats); do \
				if [ "$$format" = docbook ]; then $(VERHAAL) export $$name --format docbook --validate; \
				else $(VERHAAL) export $$name --format $$format; fi || exit 1; \
			done; \
		done; \
	fi

test: deps
	$(SWIFT) test
	scripts/check-one-libyaml.sh $(VERHAAL)

acceptance: build
	@scripts/ensure-packages.sh $(ACCEPTANCE_PACKAGES)
	@scripts/browser/ensure-selenium.sh
	scripts/acceptance.sh

serve: build
	$(VERHAAL) serve

docs-images: build
	@scripts/ensure-packages.sh $(ACCEPTANCE_PACKAGES)
	scripts/docs-images.sh

docs-screenshots: build
	@scripts/ensure-packages.sh chromium chromium-driver python3-venv
	@scripts/browser/ensure-selenium.sh
	.build-venv/bin/python scripts/browser/browser_test.py $(VERHAAL) --screenshots docs

BENCH_FLAGS ?=
bench: deps
	@scripts/ensure-packages.sh pandoc python3-venv wrk
	@scripts/browser/ensure-selenium.sh
	$(SWIFT) build -c release
	scripts/check-one-libyaml.sh .build/release/verhaal
	python3 scripts/bench/bench.py .build/release/verhaal $(BENCH_FLAGS)

FUZZ_SECONDS ?= 60
fuzz: deps
	cd Fuzz && $(SWIFT) build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product VerhaalFuzz
	mkdir -p .build-fuzz-corpus
	ASAN_OPTIONS=detect_leaks=0 Fuzz/.build/debug/VerhaalFuzz -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 .build-fuzz-corpus Tests/FuzzCorpus

fuzz-writers: deps
	cd Fuzz && $(SWIFT) build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library --product VerhaalWriterFuzz
	mkdir -p .build-fuzz-writers-corpus
	ASAN_OPTIONS=detect_leaks=0 Fuzz/.build/debug/VerhaalWriterFuzz -max_total_time=$(FUZZ_SECONDS) -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 .build-fuzz-writers-corpus Tests/FuzzCorpusWriters

clean:
	rm -rf .build .build-bench .build-fuzz-corpus .build-fuzz-writers-corpus .build-venv Fuzz/.build
