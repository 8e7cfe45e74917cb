#!/usr/bin/env python3
"""Writes the corpus files git cannot show as text: other encodings, NUL and control bytes.

Idempotent: every file is derived from the shared base project (_base/) and fixed strings, so
re-running reproduces identical bytes. `--check` exits 1 if a committed file differs from what
this script writes (run it after changing _base/).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def base(name, relative):
    with open(os.path.join(HERE, "_base", name, relative), "rb") as f:
        return f.read()


CSV_ZH = "no,name,unit,quantity,unit_price,amount,unit_cost\n1,摄像机,台,10,1234.56,12345.60,900\n2,光缆,m,350.5,3.33,1167.17,\n"
LETTER = base("mini", "sections/letter.md").decode("utf-8")


def files():
    out = {}
    # A price list saved by Excel on Chinese Windows: GB18030 bytes, invalid as UTF-8 at line 2.
    out["encoding-gbk-csv/project/prices.csv"] = CSV_ZH.encode("gb18030")
    out["encoding-gb18030-declared/project/prices.csv"] = CSV_ZH.encode("gb18030")
    # bid.yaml saved as "Unicode" by Notepad: UTF-16 LE with a byte-order mark.
    out["encoding-utf16le-bid-yaml/project/bid.yaml"] = b"\xff\xfe" + base("mini", "bid.yaml").decode("utf-8").encode("utf-16-le")
    # A section in UTF-16 BE without a byte-order mark (every other byte NUL).
    out["encoding-utf16be-markdown/project/sections/letter.md"] = "Dear {{tender.buyer}},\n\nWe offer.\n".encode("utf-16-be")
    # A section in Latin-1 (é as the single byte E9) on line 3.
    out["encoding-latin1-markdown/project/sections/letter.md"] = "Dear {{tender.buyer}},\n\nOur caf\u00e9 offer.\n".encode("latin-1")
    # A NUL byte on line 3, column 4 of a section.
    out["encoding-nul-markdown/project/sections/letter.md"] = LETTER.replace("我方", "我方\x00", 1).encode("utf-8")
    # A stray 0xFF inside the buyer's name (line 8 of bid.yaml).
    out["encoding-invalid-utf8-bid-yaml/project/bid.yaml"] = base("mini", "bid.yaml").replace("某供电公司".encode(), "某供电".encode() + b"\xff" + "公司".encode(), 1)
    # A CSV with a UTF-8 byte-order mark and CR-only line ends (old Excel for Mac): both fine.
    out["lineends-cr-only-csv/project/prices.csv"] = ("\ufeff" + CSV_ZH.replace("\n", "\r")).encode("utf-8")
    return out


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for relative, data in sorted(files().items()):
        path = os.path.join(HERE, relative)
        current = open(path, "rb").read() if os.path.exists(path) else None
        if current == data:
            continue
        if check:
            stale.append(relative)
            continue
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)
        print("wrote", relative)
    if stale:
        print("out of date (run make_binary_cases.py):", *stale, sep="\n  ")
        sys.exit(1)


if __name__ == "__main__":
    main()
