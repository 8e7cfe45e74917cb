#!/usr/bin/env python3
"""Layout checks on the text of a PDF made from a BidKit document (issue 12, items 1, 2 and 6), shared
by validate_docx.py (LibreOffice's PDF of the .docx) and validate_pdf.py (the PDF renderer's output).

Only poppler's pdftotext: what is checked is what any reader sees.

- split_tokens: amounts, figures, standard and certificate numbers, figures with their units that a
  line break cuts in two (`¥1,872,` / `941.80`, `G/B/T 28181`, `11/0 kV`, `9133010857312/6481K`);
- lone_signature_pages: pages whose only content is a signature block (seal, signature and date
  lines, the running header and the page number), away from what they sign.
Run as a script on a PDF and the model JSON (`bidkit build --format model-json`) to print both.
"""
import json
import re
import subprocess
import sys

SPACES = re.compile(r"[\s\u00a0\u2060\u202f\ufeff]+")
ASCII_ALNUM = re.compile(r"[0-9A-Za-z]")

# What must stay on one line, as regular expressions over the package's text.
TOKEN_PATTERNS = [
    r"[¥$€]?\d{1,3}(?:,\d{3})+(?:\.\d+)?",                       # grouped amounts: 1,872,941.80
    r"\d+\.\d{2}\b",                                            # amounts and decimals: 20000.00
    r"\b(?:GB/T|GB|DL/T|GA/T|YD/T|JGJ|ISO/IEC|ISO|IEC)[ \u00a0]\d+(?:\.\d+)*",  # standards: GB/T 28181
    r"\b\d+(?:\.\d+)?[ \u00a0](?:kV|kVA|kW|MW|V|A|W|Ah|mAh|TB|GB|MB|Mbps|Gbps|fps|Hz|MHz|GHz|dB|mm|cm|m|km|lux|℃)(?![A-Za-z])",
    r"\b\d{4}年",                                                # years: 2016年 (the number, not the break before 年)
    r"\b[0-9A-Z]{15,20}\b",                                      # unified social credit codes, certificate numbers
]


def squash(text):
    return SPACES.sub("", text)


def page_texts(pdf):
    info = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    count = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return [subprocess.run(["pdftotext", "-f", str(i), "-l", str(i), pdf, "-"], check=True, capture_output=True,
                           text=True).stdout for i in range(1, count + 1)]


def model_text(model):
    """Every string of the package (model JSON), in no particular order."""
    out = []

    def walk(v):
        if isinstance(v, str):
            out.append(v)
        elif isinstance(v, dict):
            for x in v.values():
                walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)
    walk(model.get("parts", []))
    walk(model.get("metadata", {}))
    return out


def tokens(model):
    found = set()
    for text in model_text(model):
        for pattern in TOKEN_PATTERNS:
            for m in re.finditer(pattern, text):
                t = m.group(0)
                # A year's break before 年 is Chinese typesetting; only the number must stay whole.
                found.add(t[:-1] if t.endswith("年") else t)
    return sorted(found, key=lambda t: (-len(t), t))


def split_tokens(pages, wanted):
    """(page, token, where) for every token cut across two consecutive lines of a page."""
    out = []
    for n, page in enumerate(pages, 1):
        # pdftotext separates text blocks (table cells among them) by blank lines: a token is cut only
        # between two lines of one block, never between a cell and the next (1 / 6,800.00).
        pairs = []
        for block in re.split(r"\n\s*\n", page):
            lines = [squash(line) for line in block.splitlines() if line.strip()]
            pairs += zip(lines, lines[1:])
        for a, b in pairs:
            for t in wanted:
                st = squash(t)
                for k in range(1, len(st)):
                    head, tail = st[:k], st[k:]
                    if not (a.endswith(head) and b.startswith(tail)):
                        continue
                    # Part of a longer figure or code that merely ends or starts the same way.
                    before, after = a[-len(head) - 1:-len(head)], b[len(tail):len(tail) + 1]
                    if (ASCII_ALNUM.match(before) and ASCII_ALNUM.match(st[0])) or (ASCII_ALNUM.match(after) and ASCII_ALNUM.match(st[-1])):
                        continue
                    out.append((n, t, f"{head} / {tail}"))
                    break
    return out


SIGNATURE_LINE = re.compile(
    r"^(投标人（盖章）|法定代表人|授权代表|委托代理人|日期|日\s*期|Bidder \(seal\)|Legal|Authori[sz]ed|Date)[^：:]{0,30}[：:]")
FURNITURE = re.compile(r"^(第\s*\d+\s*页|Page\s+\d+|[IVXLC]+|\d+)$")


def lone_signature_pages(pages, header_marks):
    """Pages where a signature block stands away from what it signs: the page's content (without
    the running header and the page number) opens with a signature line, or is nothing but a short
    lead-in ("Yours sincerely," 特此证明。) and signature lines (with the lines their values wrap to)."""
    out = []
    for n, page in enumerate(pages, 1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        content = [line for line in lines if not FURNITURE.match(line) and not any(m and m in line for m in header_marks)]
        if not content:
            continue
        signed = [i for i, line in enumerate(content) if SIGNATURE_LINE.match(line)]
        if not signed:
            continue
        first = signed[0]
        only = first <= 2 and all(len(line) <= 20 for line in content[:first])
        if first == 0 or (only and signed[-1] >= len(content) - 3):
            out.append((n, content[:6]))
    return out


TOC_ENTRY = re.compile(r"\.{3,}\s*\d+\s*$")


def toc_entries(pages):
    """Lines of the table of contents that end in a dot leader and a page number: one per entry (a
    wrapped title ends only its last line so). The TOC is the first page with such lines and the
    pages right after it that have them too."""
    first = next((i for i, p in enumerate(pages) if any(TOC_ENTRY.search(l) for l in p.splitlines())), None)
    if first is None:
        return []
    out = []
    for page in pages[first:]:
        lines = [l.strip() for l in page.splitlines() if TOC_ENTRY.search(l)]
        if not lines:
            break
        out += lines
    return out


def report_and_exit(pdf, check, summary, problems):
    """Prints each problem as `PDF: problem`, then `check: <file>: summary, ok|FAIL`, and exits 1 on any
    problem: the ending every PDF check of the validate scripts shares."""
    for p in problems:
        print(f"{pdf}: {p}")
    print(f"{check}: {pdf.rsplit('/', 1)[-1]}: {summary}, {'ok' if not problems else 'FAIL'}")
    sys.exit(1 if problems else 0)


def main():
    pdf, model_path = sys.argv[1], sys.argv[2]
    model = json.load(open(model_path, encoding="utf-8"))
    pages = page_texts(pdf)
    wanted = tokens(model)
    meta = model["metadata"]
    print(f"{len(wanted)} tokens; split:")
    for page, t, where in split_tokens(pages, wanted):
        print(f"  page {page}: {t!r} as {where}")
    print("pages with only a signature block:")
    for page, content in lone_signature_pages(pages, [meta["title"][:10], meta["tenderNumber"]]):
        print(f"  page {page}: {content}")


if __name__ == "__main__":
    main()
