#!/usr/bin/env bash
# Front matter in every format (issue 12, items 17 and 10): both samples and a fresh project from
# every template build to txt, html and docx (and pdf when LibreOffice is there); then
#   - item 17: the cover of each format prints the same date string, the one the package's front
#     matter carries (model-json), and never the ISO day; the tender number and lot likewise;
#   - item 10: the table of contents stands before the first part in each format (txt: before the
#     part's title; html: not inside any <section class="part">; docx: in its own section before the
#     first Heading 1; pdf: its page holds no part heading).
# Only the Python standard library is used. Outputs stay under $FRONT_MATTER_OUT
# (default .build/validate-front-matter). Exit status 0 = all good.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="${FRONT_MATTER_OUT:-$ROOT/.build/validate-front-matter}"

rm -rf "$OUT" && mkdir -p "$OUT"
if ! swift build >"$OUT/swift-build.log" 2>&1; then
  tail -40 "$OUT/swift-build.log"; echo "validate-front-matter: swift build failed"; exit 1
fi
BIDKIT="$ROOT/.build/debug/bidkit"

PROJECTS=("$ROOT/Samples/substation-video-tender" "$ROOT/Samples/erp-proposal-en")
for template in "$ROOT"/Templates/*/; do
  name=$(basename "$template")
  [ -f "$template/template.yaml" ] || continue
  "$BIDKIT" init "$OUT/templates/$name" --template "$name" --tender-number "TPL-2026-001" \
    --buyer "模板招标人 Template Buyer" >/dev/null </dev/null
  PROJECTS+=("$OUT/templates/$name")
done

exec python3 "$ROOT/.ci/validate_front_matter.py" --bidkit "$BIDKIT" --out "$OUT" "${PROJECTS[@]}"
