#!/usr/bin/env bash
# End-to-end check of the PDF renderer (issue 11, acceptance):
#   both samples and a fresh project from every template build to PDF; pdfinfo reads each;
#   the Chinese sample's 目录 lists page numbers that are the printed numbers of the pages where the
#   headings are; the outline (bookmarks) lists every part and section; each certificate's number
#   appears on a page after the qualification list, and each sample certificate is its own page
#   (its own text, found by the issuer's address that no caption holds; no picture drawn there;
#   the file under the platforms' 10 MB; qpdf --check passes); every font is embedded; two builds are
#   byte-identical; no figure, code or unit is cut across two lines and no signature block opens a
#   page away from what it signs (.ci/pdf_layout.py); no attachment caption is the last text of the page
#   before its certificate (each caption on its certificate's page); page images of the cover, TOC, price schedule
#   and a certificate are left under
#   $PDF_VALIDATE_OUT (default .build/validate-pdf) for a person to look at.
# Installs what it needs when missing; runs unattended. Exit status 0 = all good.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="${PDF_VALIDATE_OUT:-$ROOT/.build/validate-pdf}"
export DEBIAN_FRONTEND=noninteractive

APT_PACKAGES=(libreoffice-writer-nogui poppler-utils qpdf graphicsmagick fonts-noto-cjk fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "validate-pdf: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

rm -rf "$OUT" && mkdir -p "$OUT"
. "$ROOT/.ci/validation-projects.sh"
validation_projects validate-pdf "$OUT"

exec python3 "$ROOT/.ci/validate_pdf.py" --bidkit "$BIDKIT" --out "$OUT" "${PROJECTS[@]}"
