# Verhaal: `make run` builds and runs the sample library; `make test` runs every test.
SWIFT ?= swift
BUILD_PACKAGES := pkg-config libxml2-dev libcmark-dev
VERHAAL := .build/debug/verhaal

.PHONY: run test build deps clean help

help:
	@echo "make run    install what is missing, build, check the sample library and show its framework"
	@echo "make test   install what is missing, build and run all tests"

deps:
	@scripts/ensure-packages.sh $(BUILD_PACKAGES)

build: deps
	$(SWIFT) build

run: build
	$(VERHAAL) check
	$(VERHAAL) lessons
	$(VERHAAL) list --kind travel-log

test: deps
	$(SWIFT) test

clean:
	rm -rf .build
