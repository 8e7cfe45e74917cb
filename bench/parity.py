#!/usr/bin/env python3
"""Checks that BidKit and pandoc are given the same content: both tools' HTML of a generated size must
have the same headings (level and text, BidKit's numbers such as 第一章 / （一） left out) and the same
table rows (the non-empty cell texts of every row, in order; BidKit spans its total rows where GFM
repeats empty cells). The cover, table of contents and signature lines BidKit adds are not compared.

Usage: bench/parity.py [SIZE]   (default small; run by `make bench` before it measures)"""

import html.parser
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import benchlib as lib  # noqa: E402

BIDKIT_LEVELS = {"part-title": 1, "section-title": 2, "level-3": 3, "level-4": 4, "level-5": 5}


class Outline(html.parser.HTMLParser):
    """Headings and table rows of an HTML file; `bidkit` selects BidKit's heading classes."""

    def __init__(self, bidkit):
        super().__init__(convert_charrefs=True)
        self.bidkit = bidkit
        self.headings, self.rows = [], []
        self.heading = None  # [level, text] while inside a heading
        self.skip = 0  # depth inside <span class="number">
        self.row = None
        self.cell = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if re.fullmatch(r"h[1-6]", tag):
            level = int(tag[1])
            if self.bidkit:
                level = next((v for k, v in BIDKIT_LEVELS.items() if k in (attrs.get("class") or "").split()), None)
            self.heading = [level, ""] if level else None
        elif tag == "span" and self.heading and "number" in (attrs.get("class") or "").split():
            self.skip += 1
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.cell = ""

    def handle_endtag(self, tag):
        if re.fullmatch(r"h[1-6]", tag) and self.heading:
            self.headings.append((self.heading[0], " ".join(self.heading[1].split())))
            self.heading = None
        elif tag == "span" and self.skip:
            self.skip -= 1
        elif tag in ("td", "th") and self.cell is not None:
            text = " ".join(self.cell.split())
            if text:
                self.row.append(text)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            self.rows.append(self.row)
            self.row = None

    def handle_data(self, data):
        if self.heading and not self.skip:
            self.heading[1] += data
        if self.cell is not None:
            self.cell += data


def outline(path, bidkit):
    parser = Outline(bidkit)
    with open(path, encoding="utf-8") as f:
        parser.feed(f.read())
    return parser


def first_difference(a, b):
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"item {i + 1}: BidKit {x!r} vs pandoc {y!r}"
    return f"BidKit has {len(a)}, pandoc {len(b)}"


def verify(folder, bidkit, pandoc):
    """Builds both HTML files for the size in `folder` and compares them; exits 1 on a difference."""
    out = os.path.join(folder, "parity")
    subprocess.run([bidkit, "build", os.path.join(folder, "project"), "--format", "html", "--out", out],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([pandoc, "-f", "gfm", "-t", "html", "--resource-path", folder, "-o", os.path.join(out, "pandoc.html"),
                    os.path.join(folder, "pandoc.md")], check=True)
    ours, theirs = outline(os.path.join(out, "bench.html"), True), outline(os.path.join(out, "pandoc.html"), False)
    problems = []
    if ours.headings != theirs.headings:
        problems.append("headings differ: " + first_difference(ours.headings, theirs.headings))
    if ours.rows != theirs.rows:
        problems.append("table rows differ: " + first_difference(ours.rows, theirs.rows))
    if problems:
        print(f"bench: parity: {folder}: " + "; ".join(problems), file=sys.stderr)
        sys.exit(1)
    print(f"bench: parity: {os.path.basename(folder)}: the same {len(ours.headings)} headings and {len(ours.rows)} table rows in both tools' HTML")


if __name__ == "__main__":
    size = sys.argv[1] if len(sys.argv) > 1 else "small"
    verify(lib.generate(size), os.path.join(lib.RELEASE, "bidkit"), lib.need("pandoc", "apt-get install pandoc"))
