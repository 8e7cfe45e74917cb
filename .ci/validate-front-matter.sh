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
. "$ROOT/.ci/validation-projects.sh"
validation_projects validate-front-matter "$OUT"

exec python3 "$ROOT/.ci/validate_front_matter.py" --bidkit "$BIDKIT" --out "$OUT" "${PROJECTS[@]}"
