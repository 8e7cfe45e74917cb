# BidKit — the README's two commands are `make demo` and `make test`; both install what is missing.
SWIFT      ?= swift
BIDKIT     := .build/debug/bidkit
SAMPLE     ?= Samples/substation-video-tender
APT_PACKAGES := pkg-config libzip-dev libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev unzip
# The PDF renderer's engines (LibreOffice, poppler for attachments and page numbers, the fonts templates name).
PDF_PACKAGES := libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2

.PHONY: all setup build demo test validate bench bench-check fuzz fuzz-ci clean

all: build

# System libraries through apt-get, only when one is missing (sudo when not root).
setup:
	@missing=""; for p in $(APT_PACKAGES) $(PDF_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# Builds the CLI and every renderer plugin (shared libraries next to the executable).
build: setup
	$(SWIFT) build

# The main job on the bundled sample: check it, price it, render it to dist/.
demo: build
	$(BIDKIT) check $(SAMPLE)
	$(BIDKIT) price $(SAMPLE)
	$(BIDKIT) build $(SAMPLE) --format pdf,docx,html,txt --out dist
	@echo "open dist/ to read the bid; dist/*-signing-map.txt lists every page to seal or sign"

# The full test suite; plugins must be built first (tests load them from the build folder).
test: build
	$(SWIFT) test

# End-to-end validation of the rendered samples: DOCX through python-docx, pandoc and LibreOffice;
# HTML through the W3C Nu checker and headless Chromium (screenshots, print to A4 PDF); PDF through
# poppler (pdfinfo, pdftotext, pdffonts: TOC page numbers, outline, certificates, fonts embedded);
# the front matter of every format (the same cover date in txt, html and docx; contents before the parts).
# Each script installs the tools it needs (apt-get / pip) and leaves page images under .build/.
validate: build
	.ci/validate-docx.sh
	.ci/validate-html.sh
	.ci/validate-pdf.sh
	.ci/validate-front-matter.sh

# Wire-format micro-benchmark, release build: BidKit codec vs Foundation JSON on a 500-page bid.
bench: setup
	$(SWIFT) build -c release --product bidkit-bench
	.build/release/bidkit-bench 500 7

# `bidkit check` on a generated 500-page project: median of 5 runs (the issue's budget is 200 ms).
bench-check: setup
	$(SWIFT) build -c release --product bidkit
	$(SWIFT) build -c release --product bidkit-bench
	rm -rf .build/bench-500 && .build/release/bidkit-bench project .build/bench-500 500
	@for i in 1 2 3 4 5 6; do /usr/bin/time -f "%e" .build/release/bidkit check .build/bench-500 --as-of 2026-12-01 2>&1 >/dev/null | tail -1; done \
	  | tail -5 | sort -n | awk '{a[NR]=$$1} END {print "bidkit check, 500 pages: median " a[3] " s of 5 runs (min " a[1] ", max " a[5] ")"}'

# libFuzzer targets (Fuzz/, a separate package): each for FUZZ_SECONDS seconds, printing runs and crashes.
FUZZ_SECONDS ?= 60
fuzz: setup
	Fuzz/run.sh $(FUZZ_SECONDS)

# Each target briefly, as CI does.
fuzz-ci: setup
	Fuzz/run.sh 20

clean:
	rm -rf .build dist Fuzz/.build
