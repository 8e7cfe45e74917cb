# BidKit — the README's two commands are `make demo` and `make test`; both install what is missing.
SWIFT      ?= swift
BIDKIT     := .build/debug/bidkit
SAMPLE     ?= Samples/substation-video-tender
APT_PACKAGES := pkg-config libzip-dev libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev unzip
# The PDF renderer's engines (LibreOffice, poppler for attachments and page numbers, qpdf for attachment pages,
# GraphicsMagick for oversized scans, the fonts templates name).
# SVG and WebP pictures get PNG copies for DOCX/PDF (rsvg-convert, dwebp).
IMAGE_PACKAGES := librsvg2-bin webp
# The HTML print's page numbers (build --paginate): headless Chromium.
HTML_PACKAGES := chromium
PDF_PACKAGES := libreoffice-writer-nogui poppler-utils qpdf graphicsmagick fonts-noto-cjk fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2

# Where `make install` copies bidkit (PREFIX=~/.local for a user install); CONFIG=debug skips the release build.
PREFIX     ?= /usr/local
CONFIG     ?= release

.PHONY: all setup build install uninstall demo test test-asan test-tsan determinism validate bench bench-instructions bench-micro bench-wire fuzz fuzz-ci clean

all: build

# System libraries through apt-get, only when one is missing (sudo when not root).
setup:
	@missing=""; for p in $(APT_PACKAGES) $(IMAGE_PACKAGES) $(PDF_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; \
	fi

# Builds the CLI and every renderer plugin (shared libraries next to the executable).
build: setup
	$(SWIFT) build

# The executable, the plugins (PREFIX/lib/bidkit/plugins), the templates (PREFIX/share/bidkit/templates)
# where an installed or copied bidkit finds them, a man page from ArgumentParser's generate-manual
# plugin, and bash/zsh/fish completions (.ci/install.sh lists the files).
install: setup
	$(SWIFT) build -c $(CONFIG)
	$(SWIFT) package generate-manual --configuration $(CONFIG) >/dev/null
	.ci/install.sh "$$($(SWIFT) build -c $(CONFIG) --show-bin-path)" "$(PREFIX)" .build/plugins/GenerateManual/outputs/bidkit/bidkit.1

uninstall:
	rm -rf "$(DESTDIR)$(PREFIX)/lib/bidkit" "$(DESTDIR)$(PREFIX)/share/bidkit"
	rm -f "$(DESTDIR)$(PREFIX)/bin/bidkit" "$(DESTDIR)$(PREFIX)/share/man/man1/bidkit.1" \
	  "$(DESTDIR)$(PREFIX)/share/bash-completion/completions/bidkit" "$(DESTDIR)$(PREFIX)/share/zsh/site-functions/_bidkit" \
	  "$(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/bidkit.fish"

# The main job on the bundled sample: check it, price it, render it to dist/ with page numbers in
# every paged format (--paginate: the HTML print's contents from Chromium's layout, installed when missing).
demo: build
	@dpkg -s $(HTML_PACKAGES) >/dev/null 2>&1 || { echo "installing: $(HTML_PACKAGES)"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $(HTML_PACKAGES); }
	$(BIDKIT) check $(SAMPLE)
	$(BIDKIT) price $(SAMPLE)
	$(BIDKIT) build $(SAMPLE) --format pdf,docx,html,txt --paginate --out dist
	@echo "open dist/ to read the bid; dist/*-signing-map.txt lists every page to seal or sign"

# The full test suite; plugins must be built first (tests load them from the build folder).
test: build
	$(SWIFT) test

# The test suite under AddressSanitizer / ThreadSanitizer, each in its own build folder (.ci/sanitize.sh:
# plugins need the sanitizer runtime exported; TSan gets an instrumented cmark-gfm). FILTER=… narrows it.
test-asan: setup
	.ci/sanitize.sh address "$(FILTER)"

test-tsan: setup
	.ci/sanitize.sh thread "$(FILTER)"

# Every sample built RUNS times (default 200) in every format, JOBS at once, compared byte for byte.
determinism: build
	.ci/determinism.sh $(RUNS)

# End-to-end validation of the rendered samples: DOCX through python-docx, pandoc and LibreOffice;
# HTML through the W3C Nu checker and headless Chromium (screenshots at 1280 and 390 px, print to PDF:
# no blank page, the DOCX's page size, running header and page numbers); TXT at widths 60/80/100 (no
# line wider than the width, ambiguous characters counted as the bid's language draws them); PDF through
# poppler (pdfinfo, pdftotext, pdffonts: TOC page numbers, outline, certificates, fonts embedded);
# XLSX through LibreOffice Calc and openpyxl, and the tender importer on the sample tenders;
# the front matter of every format (the same cover date in txt, html and docx; contents before the parts).
# Each script installs the tools it needs (apt-get / pip) and leaves page images under .build/.
validate: build
	.ci/validate-docx.sh
	.ci/validate-html.sh
	.ci/validate-text.sh
	.ci/validate-pdf.sh
	.ci/validate-xlsx.sh
	.ci/validate-front-matter.sh

# Benchmarks (bench/README.md). Release builds; results land in bench/results/, one file per run.
# `make bench`: BidKit against pandoc on generated small/large/xl projects, whole commands (< 10 min).
bench: setup
	@$(MAKE) --no-print-directory setup APT_PACKAGES="pandoc python3"
	$(SWIFT) build -c release
	python3 bench/run.py

# Instruction counts per phase under callgrind, large and xl (about 15 min; BENCH_FORMATS=docx for one format).
bench-instructions: setup
	@$(MAKE) --no-print-directory setup APT_PACKAGES="valgrind binutils python3"
	$(SWIFT) build -c release
	python3 bench/instructions.py

# Hot-path micro-benchmarks (ordo-one/benchmark, the separate package Benchmarks/) on a generated project.
BENCH_MICRO_SIZE ?= small
bench-micro: setup
	$(SWIFT) build -c release --product bidkit-bench
	.build/release/bidkit-bench project .build/bench/micro-$(BENCH_MICRO_SIZE) --size $(BENCH_MICRO_SIZE)
	cd Benchmarks && BIDKIT_BENCH_PROJECT=$(CURDIR)/.build/bench/micro-$(BENCH_MICRO_SIZE)/project \
	  $(SWIFT) package --disable-sandbox benchmark --no-progress

# The package wire format against Foundation JSON on a generated 500-page package, in one process.
bench-wire: setup
	$(SWIFT) build -c release --product bidkit-bench
	.build/release/bidkit-bench wire 500 7

# libFuzzer targets (Fuzz/, a separate package): each for FUZZ_SECONDS seconds, printing runs and crashes.
FUZZ_SECONDS ?= 60
fuzz: setup
	Fuzz/run.sh $(FUZZ_SECONDS)

# Each target briefly, as CI does.
fuzz-ci: setup
	Fuzz/run.sh 20

clean:
	rm -rf .build dist Benchmarks/.build Fuzz/.build
