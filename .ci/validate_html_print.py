#!/usr/bin/env python3
"""Checks of a bid HTML file printed by headless Chromium (helper of .ci/validate-html.sh).

    validate_html_print.py PDF DOCX LANG

PDF is Chromium's print of the HTML, DOCX the same project built to DOCX, LANG its language. Fails
(exit 1, one line per problem) when

* a page is blank between its margins (issue 12 item 11: the English print had an empty page 2
  after the cover, whose padding overrode the built-in print rule);
* the page size differs from the DOCX's (`w:pgSz` of its last section), beyond 1 pt;
* page 2 lacks the running header (the tender number) or does not read "第 1 页" / "Page 1" (pages
  are counted from the one after the cover), or the cover carries a page number.

Uses poppler's pdfinfo and pdftotext (the text between the margins: -x -y -W -H crop).
"""

import re
import subprocess
import sys

from pdf_layout import report_and_exit
import zipfile

# Text inside this band from the page's top and bottom edges is page furniture (header, footer).
MARGIN_PT = 60


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def page_sizes(pdf):
    info = run("pdfinfo", pdf)
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    sizes = re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", run("pdfinfo", "-f", "1", "-l", str(pages), pdf), re.M)
    return [(float(w), float(h)) for w, h in sizes]


def page_text(pdf, page, size, body_only):
    args = ["pdftotext", "-f", str(page), "-l", str(page)]
    if body_only:
        w, h = size
        args += ["-x", "0", "-y", str(MARGIN_PT), "-W", str(int(w)), "-H", str(int(h) - 2 * MARGIN_PT)]
    return run(*args, pdf, "-")


def docx_page(docx):
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    sizes = re.findall(r"<w:pgSz\b[^>]*>", xml)
    if not sizes:
        return None
    last = sizes[-1]
    w = int(re.search(r'w:w="(\d+)"', last).group(1))
    h = int(re.search(r'w:h="(\d+)"', last).group(1))
    return w / 20.0, h / 20.0  # twips to points


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    pdf, docx, lang = sys.argv[1:]
    problems = []
    sizes = page_sizes(pdf)
    for number, size in enumerate(sizes, start=1):
        if not page_text(pdf, number, size, body_only=True).strip():
            problems.append(f"page {number} is blank between its margins")
    want = docx_page(docx)
    if want and any(abs(w - want[0]) > 1 or abs(h - want[1]) > 1 for w, h in sizes):
        problems.append(f"pages are {sizes[0][0]:.0f}x{sizes[0][1]:.0f} pt, the DOCX's {want[0]:.0f}x{want[1]:.0f} pt")
    if len(sizes) >= 2:
        second = page_text(pdf, 2, sizes[1], body_only=False)
        number = r"第\s*1\s*页" if lang.startswith("zh") else r"Page\s+1\b"
        if not re.search(number, second):
            problems.append(f"page 2 does not carry page number 1 ({number})")
        tender = re.search(r"(招标编号|Tender No\.|Tender number)\s*[:：]\s*(\S+)", second)
        if not tender:
            problems.append("page 2 has no running header with the tender number")
    cover = page_text(pdf, 1, sizes[0], body_only=False)
    if re.search(r"第\s*\d+\s*页|\bPage\s+\d+\b", cover):
        problems.append("the cover carries a page number")
    report_and_exit(pdf, "print", f"{len(sizes)} pages", problems)


if __name__ == "__main__":
    main()
