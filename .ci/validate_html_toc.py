#!/usr/bin/env python3
"""The HTML print's contents carry the pages Chromium prints (helper of .ci/validate-html.sh).

    validate_html_toc.py HTML PDF LANG

HTML is a bid built with `bidkit build --format html --paginate`, PDF Chromium's print of it. Fails
(exit 1, one line per problem) when the contents carry no page numbers, or when an entry's number
differs from the number printed at the foot ("第 N 页" / "Page N") of the page its heading is on:
the heading's page is the page of the PDF's named destination of the entry's link (Chromium names
one for every link target), and the heading's title must be in that page's text.
"""

import html.parser
import re
import subprocess
import sys

from pdf_layout import report_and_exit
import urllib.parse


def run(*args):
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


class Contents(html.parser.HTMLParser):
    """The entries of nav.toc: (href fragment, title, page) for each li.toc-paged."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.entries, self.entry, self.field, self.in_toc = [], None, None, 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        if tag == "nav" and "toc" in classes:
            self.in_toc += 1
        elif self.in_toc and tag == "li":
            self.entry = {"paged": "toc-paged" in classes, "href": None, "title": "", "page": ""}
        elif self.in_toc and self.entry is not None and tag == "a":
            self.entry["href"] = a.get("href")
        elif self.in_toc and self.entry is not None and tag == "span" and ("toc-title" in classes or "toc-page" in classes):
            self.field = "title" if "toc-title" in classes else "page"

    def handle_endtag(self, tag):
        if tag == "nav" and self.in_toc:
            self.in_toc -= 1
        elif tag == "li" and self.entry is not None:
            self.entries.append(self.entry)
            self.entry = None
        elif tag == "span":
            self.field = None

    def handle_data(self, data):
        if self.entry is not None and self.field:
            self.entry[self.field] += data


def destinations(pdf):
    out = {}
    for line in run("pdfinfo", "-dests", pdf).splitlines():
        m = re.match(r'\s*(\d+)\s+\[.*\]\s+"(.*)"$', line)
        if m:
            out.setdefault(m.group(2), int(m.group(1)))
    return out


def footer_text(pdf, page):
    """The text in the bottom 60 pt of the page (the page number's margin box)."""
    size = re.search(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", run("pdfinfo", "-f", str(page), "-l", str(page), pdf), re.M)
    w, h = float(size.group(1)), float(size.group(2))
    return run("pdftotext", "-f", str(page), "-l", str(page), "-x", "0", "-y", str(int(h) - 60), "-W", str(int(w)), "-H", "60", pdf, "-")


def squeeze(text):
    return re.sub(r"\s+", "", text)


def main():
    if len(sys.argv) != 4:
        raise SystemExit(__doc__)
    page_html, pdf, lang = sys.argv[1:]
    parser = Contents()
    with open(page_html, encoding="utf-8") as f:
        parser.feed(f.read())
    entries = [e for e in parser.entries if e["href"]]
    problems = []
    paged = [e for e in entries if e["paged"]]
    if not entries or len(paged) != len(entries):
        problems.append(f"{len(paged)} of {len(entries)} contents entries carry a page number")
    dests = destinations(pdf)
    texts = {}
    footer = re.compile(r"第\s*(\d+)\s*页" if lang.startswith("zh") else r"\bPage\s+(\d+)\b")
    for e in paged:
        name = e["href"].lstrip("#")
        page = dests.get(name) or dests.get(urllib.parse.quote(urllib.parse.unquote(name), safe="-_.:"))
        if page is None:
            problems.append(f"no destination for {e['href']} ({e['title']}) in the print")
            continue
        if page not in texts:
            texts[page] = run("pdftotext", "-f", str(page), "-l", str(page), pdf, "-")
        text = texts[page]
        printed = footer.findall(footer_text(pdf, page))
        if not printed or printed[-1] != e["page"].strip():
            problems.append(f"'{e['title']}' is listed on page {e['page']} but printed on a page numbered {printed[-1] if printed else '(none)'}")
        if squeeze(e["title"])[:12] not in squeeze(text):
            problems.append(f"'{e['title']}' is not in the text of PDF page {page}")
    report_and_exit(pdf, "contents", f"{len(paged)} entries with page numbers", problems)


if __name__ == "__main__":
    main()
