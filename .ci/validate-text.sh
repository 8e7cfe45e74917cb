#!/usr/bin/env bash
# End-to-end check of the plain-text renderer (issue 12, item 14): both samples and a fresh
# project from every template render to TXT at widths 60, 80 (the default) and 100, and no line is
# wider than the width, counted as the reader's font draws it (.ci/validate_text_width.py: Chinese
# bids count East Asian Ambiguous characters as two columns, English ones as one).
# Results (the .txt files) go to $VALIDATE_TEXT_OUT (default .build/validate-text).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
OUT=${VALIDATE_TEXT_OUT:-$ROOT/.build/validate-text}
fail() { printf 'validate-text: error: %s\n' "$*" >&2; exit 1; }

command -v python3 >/dev/null 2>&1 || fail "python3 is needed (apt-get install python3)"
rm -rf "$OUT" && mkdir -p "$OUT"
. "$ROOT/.ci/validation-projects.sh"
validation_projects validate-text "$OUT"

status=0
for project in "${PROJECTS[@]}"; do
    language=$(awk '/^[[:space:]]*language:/ {print $2; exit}' "$project/bid.yaml" | tr -d '"'"'")
    ambiguous=1
    case "$language" in zh*|ja*|ko*) ambiguous=2 ;; esac
    for width in 60 80 100; do
        dir="$OUT/$(basename "$project")-$width"
        "$BIDKIT" build "$project" --format txt --option "width=$width" --out "$dir" >/dev/null </dev/null
        python3 .ci/validate_text_width.py "$width" "$ambiguous" "$dir"/*.txt || status=1
    done
done
[ $status = 0 ] || fail "lines wider than the width"
printf '==> text validation passed; the files are in %s\n' "$OUT"
