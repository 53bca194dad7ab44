# Verhaal: `make run` builds and runs the sample library; `make test` runs every test.
SWIFT ?= swift
BUILD_PACKAGES := pkg-config libxml2-dev libcmark-dev docbook5-xml
ACCEPTANCE_PACKAGES := libxml2-utils pandoc xsltproc docbook-xsl-ns libreoffice-writer-nogui libreoffice-impress-nogui poppler-utils fonts-liberation2
VERHAAL := .build/debug/verhaal

.PHONY: run test acceptance docs-images build deps clean help

help:
	@echo "make run         install what is missing, build, check the sample library, export its narratives to Exports/"
	@echo "make test        install what is missing, build and run all tests"
	@echo "make acceptance  read the exports with xmllint, pandoc, xsltproc (DocBook XSL) and LibreOffice"
	@echo "make docs-images render the document's first pages and a slide as PNG under docs/"

deps:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

build: deps
	$(SWIFT) build

run: build
	$(VERHAAL) check
	$(VERHAAL) lessons
	@for name in $$($(VERHAAL) compose --list); do $(VERHAAL) export $$name --format all --validate || exit 1; done

test: deps
	$(SWIFT) test

acceptance: build
	@scripts/ensure-packages.sh $(ACCEPTANCE_PACKAGES)
	scripts/acceptance.sh

docs-images: build
	@scripts/ensure-packages.sh $(ACCEPTANCE_PACKAGES)
	scripts/docs-images.sh

clean:
	rm -rf .build
