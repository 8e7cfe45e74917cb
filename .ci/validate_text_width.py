#!/usr/bin/env python3
"""No line of a rendered bid text file is wider than the width it was rendered at (issue 12,
item 14). Helper of .ci/validate-text.sh.

    validate_text_width.py WIDTH AMBIGUOUS FILE...

Widths are counted the way the renderer promises a reader's font draws them, independently of
BidKit's own tables: East Asian Wide and Fullwidth characters two columns, marks and format
characters none, East Asian Ambiguous ones (★ × ℃ “ ” • and box drawing) AMBIGUOUS columns —
2 for Chinese bids, as 宋体 draws them, 1 otherwise. Lines indented four spaces after a blank
line (code blocks, which are never wrapped) are skipped. Exit 1 and one line per offender.
"""

import sys
import unicodedata


def width(line, ambiguous):
    total = 0
    for ch in line:
        if unicodedata.category(ch) in ("Mn", "Me", "Cf") or ord(ch) < 0x20 or 0x7F <= ord(ch) < 0xA0:
            continue
        east = unicodedata.east_asian_width(ch)
        total += 2 if east in ("W", "F") else (ambiguous if east == "A" else 1)
    return total


def main():
    if len(sys.argv) < 4:
        raise SystemExit(__doc__)
    limit, ambiguous, files = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    bad = 0
    for path in files:
        lines = open(path, encoding="utf-8").read().split("\n")
        widest = 0
        in_code = False
        for number, line in enumerate(lines, start=1):
            if line.startswith("    ") and (in_code or (number > 1 and lines[number - 2] == "")):
                in_code = True
                continue
            in_code = False
            w = width(line, ambiguous)
            widest = max(widest, w)
            if w > limit:
                bad += 1
                if bad <= 20:
                    print(f"{path}:{number}: {w} columns (width {limit}): {line}")
        print(f"text: {path.rsplit('/', 1)[-1]} at width {limit}: widest line {widest}")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
