#!/usr/bin/env bash
# End-to-end check of the xlsx renderer and the tender importer (issue 14):
#   - the sample tenders are what Samples/tenders/make_tenders.py writes (--check);
#   - `bidkit tender import` reads each sample tender (.docx, and the PDF through pdftotext);
#   - `bidkit init --from-tender` on the Chinese tender gives a project that builds in every format
#     (pdf, docx, html, txt, xlsx, model-json);
#   - the workbooks of both samples, of that project and of their check reports open in LibreOffice
#     Calc (converted to CSV headless, every sheet) and in openpyxl, and both read the values BidKit
#     computed (price lines, subtotal, tax, total, the amount in words; every cell the same in both);
#   - the sample amendment applies to that project (tender amend, tender diff) and it still builds;
#   - two builds of a workbook are byte-identical.
# Installs what it needs when missing (apt: LibreOffice Calc and Writer, poppler-utils, fonts; pip: openpyxl).
# Unattended (CI=true, no stdin). Results in $XLSX_VALIDATE_OUT (default .build/validate-xlsx).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
OUT="${XLSX_VALIDATE_OUT:-$ROOT/.build/validate-xlsx}"
export DEBIAN_FRONTEND=noninteractive

APT_PACKAGES=(libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils fonts-noto-cjk fonts-crosextra-carlito
              fonts-crosextra-caladea fonts-liberation2)
missing=()
for p in "${APT_PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if ((${#missing[@]})); then
  echo "validate-xlsx: installing ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
PY="${PYTHON:-python3}"
if ! "$PY" -c "import openpyxl" 2>/dev/null; then
  echo "validate-xlsx: installing openpyxl"
  if ! "$PY" -m pip --version >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
    $SUDO apt-get install -y -qq --no-install-recommends python3-pip >/dev/null
  fi
  "$PY" -m pip install -q openpyxl </dev/null || "$PY" -m pip install -q --break-system-packages openpyxl </dev/null
fi

rm -rf "$OUT" && mkdir -p "$OUT"
if ! swift build >"$OUT/swift-build.log" 2>&1; then
  tail -40 "$OUT/swift-build.log"; echo "validate-xlsx: swift build failed"; exit 1
fi
B="$ROOT/.build/debug/bidkit"

"$PY" Samples/tenders/make_tenders.py --check
for t in cn-goods-hospital.docx cn-goods-hospital.pdf en-rfp-records.docx; do
  mkdir -p "$OUT/import/$t"
  "$B" tender import "Samples/tenders/$t" --out "$OUT/import/$t" >"$OUT/import/$t/summary.txt"
done

"$B" init "$OUT/from-tender" --template cn-goods --from-tender Samples/tenders/cn-goods-hospital.docx >/dev/null </dev/null
"$B" build "$OUT/from-tender" --format pdf,docx,html,txt,xlsx,model-json --out "$OUT/from-tender/dist" >>"$OUT/build.log" 2>&1

# The amendment on a copy of that project: five changes applied, the project still builds.
cp -r "$OUT/from-tender" "$OUT/amended"
"$B" tender amend "$OUT/amended" Samples/tenders/cn-goods-hospital-amendment-1.docx >"$OUT/amended/amend.txt"
grep -q "5 changes" "$OUT/amended/amend.txt" || { cat "$OUT/amended/amend.txt"; echo "validate-xlsx: the amendment was not applied"; exit 1; }
"$B" tender diff "$OUT/from-tender/requirements.yaml" "$OUT/amended/requirements.yaml" >"$OUT/amended/diff.txt"
[ "$(grep -c '^[~+-] ' "$OUT/amended/diff.txt")" = 3 ] || { cat "$OUT/amended/diff.txt"; echo "validate-xlsx: tender diff does not show the 3 clause changes"; exit 1; }
"$B" build "$OUT/amended" --format xlsx,txt --out "$OUT/amended/dist" >>"$OUT/build.log" 2>&1

PROJECTS=("$ROOT/Samples/substation-video-tender" "$ROOT/Samples/erp-proposal-en" "$OUT/from-tender")
for p in "${PROJECTS[@]}"; do
  name=$(basename "$p")
  "$B" build "$p" --format xlsx --out "$OUT/$name" >>"$OUT/build.log" 2>&1
  "$B" build "$p" --format xlsx --out "$OUT/$name/again" >>"$OUT/build.log" 2>&1
  "$B" check "$p" --report "$OUT/$name/report" --report-format xlsx --as-of 2026-12-01 >/dev/null >>"$OUT/build.log" 2>&1 || true
  "$B" price "$p" --format json >"$OUT/$name/price.json"
  cmp "$OUT/$name"/*.xlsx "$OUT/$name/again"/*.xlsx || { echo "validate-xlsx: $name: two builds differ"; exit 1; }
done

exec "$PY" "$ROOT/.ci/validate_xlsx.py" --out "$OUT" "${PROJECTS[@]}"
