#!/usr/bin/env bash
# End-to-end check of the DOCX renderer on both samples (issue 3, acceptance 1, 3 and 5):
#   python-docx opens each .docx and its headings, paragraphs and tables match the package;
#   pandoc converts it to Markdown with the same headings in the same order;
#   LibreOffice converts it to PDF with a plausible page count, both as written and after updating
#   its fields as Word does on open (w:updateFields), when the TOC gets its page numbers and lists
#   exactly the package's entries (issue 12 item 6: one set of levels for the field and its result);
#   two CLI builds are byte-identical;
#   a buyer form keeps its row heights and paragraph layout (issue 12 item 3);
#   Latin text is never marked Chinese (w:lang), no figure, code or unit is cut across two lines of
#   the PDF, no signature block opens a page away from what it signs (.ci/pdf_layout.py);
#   page images (cover, TOC, price schedule, a technical page) are left for a person to look at.
# Installs what it needs when missing; runs unattended (CI=true, no stdin). Exit status 0 = all good.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="${DOCX_VALIDATE_OUT:-$ROOT/.build/validate-docx}"
export DEBIAN_FRONTEND=noninteractive

APT_PACKAGES=(pandoc libreoffice-writer-nogui python3-uno fonts-noto-cjk poppler-utils
              fonts-crosextra-carlito fonts-crosextra-caladea fonts-liberation2)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "validate-docx: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PY="${PYTHON:-python3}"
if ! "$PY" -c "import docx" 2>/dev/null; then
  echo "validate-docx: installing python-docx"
  if ! "$PY" -m pip --version >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
    $SUDO apt-get install -y -qq --no-install-recommends python3-pip >/dev/null
  fi
  "$PY" -m pip install -q python-docx </dev/null || "$PY" -m pip install -q --break-system-packages python-docx </dev/null
fi

mkdir -p "$OUT"
if ! swift build >"$OUT/swift-build.log" 2>&1; then
  tail -40 "$OUT/swift-build.log"
  echo "validate-docx: swift build failed"
  exit 1
fi

# Word's Chinese fonts are not on Linux: map them to the Noto CJK faces of the same kind, so the
# PDF shows what Word would (serif body for SimSun, sans headings for SimHei).
cat > "$OUT/fonts.conf" <<'CONF'
<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>SimSun</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>宋体</family><prefer><family>Noto Serif CJK SC</family></prefer></alias>
  <alias binding="same"><family>NSimSun</family><prefer><family>Noto Sans Mono CJK SC</family></prefer></alias>
  <alias binding="same"><family>SimHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>黑体</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
  <alias binding="same"><family>Consolas</family><prefer><family>Liberation Mono</family><family>DejaVu Sans Mono</family></prefer></alias>
</fontconfig>
CONF
export FONTCONFIG_FILE="$OUT/fonts.conf"

# A fresh project from every shipped template must render as cleanly as the samples (issue 6).
TEMPLATE_PROJECTS=()
rm -rf "$OUT/templates"
for template in "$ROOT"/Templates/*/; do
  name=$(basename "$template")
  [ -f "$template/template.yaml" ] || continue
  "$ROOT/.build/debug/bidkit" init "$OUT/templates/$name" --template "$name" \
    --tender-number "TPL-2026-001" --buyer "模板招标人 Template Buyer" >/dev/null </dev/null
  TEMPLATE_PROJECTS+=("$OUT/templates/$name")
done

exec "$PY" "$ROOT/.ci/validate_docx.py" --bidkit "$ROOT/.build/debug/bidkit" --out "$OUT" \
  "$ROOT/Samples/substation-video-tender" "$ROOT/Samples/erp-proposal-en" "${TEMPLATE_PROJECTS[@]}"
