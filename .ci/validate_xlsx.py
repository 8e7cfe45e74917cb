#!/usr/bin/env python3
"""Opens each workbook BidKit wrote in LibreOffice Calc (headless, every sheet to CSV) and in
openpyxl, and checks that both read the same values and that they are the values BidKit computed.

    validate_xlsx.py --out DIR PROJECT…   (run by .ci/validate-xlsx.sh after the builds)
"""
import argparse
import csv
import glob
import json
import os
import subprocess
import sys
import tempfile
from decimal import Decimal, InvalidOperation

import openpyxl

failures = []


def fail(msg):
    failures.append(msg)
    print("  FAIL " + msg)


def number(v):
    try:
        return Decimal(str(v)).quantize(Decimal("0.01"))
    except (InvalidOperation, ValueError):
        return None


def libreoffice_csv(path, outdir):
    """Every sheet as its own CSV (filter option 12 = -1), values as stored, UTF-8."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
                        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
                        "--outdir", outdir, path], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
    base = os.path.splitext(os.path.basename(path))[0]
    return {os.path.basename(f)[len(base) + 1:-4]: list(csv.reader(open(f, encoding="utf-8")))
            for f in glob.glob(os.path.join(outdir, base + "-*.csv"))}


def same(a, b):
    """openpyxl's value against LibreOffice's CSV text: numbers to the cent, text exactly."""
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and not isinstance(a, bool):
        return number(a) is not None and number(a) == number(b)
    return str(a) == str(b)


def check_workbook(path, outdir, price=None):
    print(f"workbook {path}")
    book = openpyxl.load_workbook(path, data_only=True)
    sheets = libreoffice_csv(path, outdir)
    if sorted(sheets) != sorted(book.sheetnames):
        fail(f"{path}: LibreOffice sheets {sorted(sheets)} != openpyxl {sorted(book.sheetnames)}")
    for ws in book.worksheets:
        if ws.freeze_panes != "A2":
            fail(f"{path} [{ws.title}]: header row not frozen ({ws.freeze_panes})")
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        lo = sheets.get(ws.title, [])
        if len(lo) != len(rows):
            fail(f"{path} [{ws.title}]: {len(lo)} rows in LibreOffice, {len(rows)} in openpyxl")
        for i, (a, b) in enumerate(zip(rows, lo)):
            for j, value in enumerate(a):
                other = b[j] if j < len(b) else ""
                if not same(value, other):
                    fail(f"{path} [{ws.title}] {openpyxl.utils.get_column_letter(j + 1)}{i + 1}: openpyxl {value!r}, LibreOffice {other!r}")
        widths = [ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].width for j in range(ws.max_column)]
        if any(w is None or w < 6 for w in widths):
            fail(f"{path} [{ws.title}]: column widths not set: {widths}")
    if price:
        ws = book.worksheets[0]
        values = [number(v) for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, (int, float))]
        texts = [v for r in ws.iter_rows(values_only=True) for v in r if isinstance(v, str)]
        for key in ("subtotal", "tax", "total"):
            if number(price[key]) not in values:
                fail(f"{path}: the price schedule lacks the {key} {price[key]}")
        if price["total_in_words"] not in texts:
            fail(f"{path}: the price schedule lacks the total in words {price['total_in_words']}")
        print(f"  price schedule: {price['lines']} lines, total {price['total']} found in both readers")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("projects", nargs="+")
    args = ap.parse_args()
    for project in args.projects:
        name = os.path.basename(project.rstrip("/"))
        base = os.path.join(args.out, name)
        price = json.load(open(os.path.join(base, "price.json"), encoding="utf-8"))
        for path in sorted(glob.glob(os.path.join(base, "*.xlsx"))):
            check_workbook(path, tempfile.mkdtemp(dir=args.out), price)
        for path in sorted(glob.glob(os.path.join(base, "report", "*.xlsx"))):
            check_workbook(path, tempfile.mkdtemp(dir=args.out))
    print(f"validate-xlsx: {len(failures)} failed" if failures else "validate-xlsx: all workbooks read the same in LibreOffice and openpyxl")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
