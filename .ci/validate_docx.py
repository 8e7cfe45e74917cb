#!/usr/bin/env python3
"""Checks rendered .docx files against the package they came from (see validate-docx.sh)."""
import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys

import docx  # python-docx

import pdf_layout


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdin=subprocess.DEVNULL, capture_output=True, text=True, **kw)


# --- the package (model-json) -------------------------------------------------------------

def inline_text(inlines):
    out = []
    for i in inlines:
        (kind, val), = i.items()
        if kind == "text":
            out.append(val["_0"])
        elif kind == "code":
            out.append(val["_0"])
        elif kind in ("strong", "emphasis", "underline", "strikethrough"):
            out.append(inline_text(val["_0"]))
        elif kind == "link":
            out.append(inline_text(val["content"]) or val["url"])
        elif kind == "reference":
            # A cross-reference prints its number and, in DOCX, a page field: "?" until a layout pass.
            out.append(val["_0"]["text"] + val["_0"].get("page", "").replace("{n}", "?"))
        elif kind == "lineBreak":
            out.append("\n")
        elif kind == "softBreak":
            out.append(" ")
    return "".join(out)


def norm(text):
    """Whitespace-free text: soft breaks, tabs and line breaks are layout, not content."""
    # U+2060 (word joiner) keeps codes such as GB/T 28181 on one line in the DOCX (issue 12 item 1).
    return re.sub(r"[\s\u2060]+", "", text)


class Model:
    def __init__(self, data):
        self.data = data
        self.headings = []      # titles in reading order
        self.paragraphs = []    # body-level paragraph texts (outside table cells)
        self.tables = []        # (rows, columns) of top-level tables
        self.signature_lines = 0
        self.toc_entries = 0
        self.text_chars = 0
        self.table_rows = 0
        self.images = 0
        self.sections = 0
        # The table of contents is front matter, before the parts (issue 12 item 10).
        contents = (data.get("frontMatter") or {}).get("contents")
        if contents:
            self.walk(contents["blocks"], top=True, in_table=False)
        for part in data["parts"]:
            self.headings.append(part["title"])
            for section in part["sections"]:
                if section["kind"] != "toc":
                    self.headings.append(section["title"])
                    self.sections += 1
                self.walk(section["blocks"], top=True, in_table=False)

    def walk(self, blocks, top, in_table):
        for b in blocks:
            (kind, val), = b.items()
            v = val.get("_0", val)
            if kind == "heading":
                text = inline_text(v["content"])
                self.text_chars += len(text)
                if top:
                    self.headings.append(text)
                elif not in_table:
                    self.paragraphs.append(text)
            elif kind == "paragraph":
                text = inline_text(v["content"])
                self.text_chars += len(text)
                if not in_table:
                    self.paragraphs.append(text)
            elif kind == "list":
                for item in v["items"]:
                    self.walk(item, False, in_table)
            elif kind == "quote":
                self.walk(v, False, in_table)
            elif kind == "table":
                rows = v.get("header", []) + v.get("body", []) + v.get("footer", [])
                spans = max([sum(max(c["colspan"], 1) for c in r["cells"]) for r in rows] + [0])
                if not in_table:
                    self.tables.append((len(rows), max(len(v["columns"]), spans, 1)))
                self.table_rows += len(rows)
                for r in rows:
                    for c in r["cells"]:
                        self.walk(c["blocks"], False, True)
            elif kind == "signature":
                self.signature_lines += len(v["slots"])
            elif kind == "toc":
                self.toc_entries += len(v)
            elif kind == "image":
                self.images += 1
            elif kind == "code":
                self.text_chars += len(v["text"])

    def page_range(self):
        """Every section starts a page; text, rows and pictures add pages. Generous on purpose:
        this catches a document that lost its content or its page breaks, not a layout tweak."""
        low = 2 + self.sections  # cover + TOC + one page per section
        zh = self.data["metadata"]["language"] == "zh"
        per_page = 900 if zh else 3000
        estimate = low + math.ceil(self.text_chars / per_page) + math.ceil(self.table_rows / 12) + self.images
        return low, max(math.ceil(estimate * 1.6), low + 5)


# --- checks ---------------------------------------------------------------------------------

class Failures(list):
    """Failed checks' messages; `passed` counts the checks that held."""
    passed = 0

    def check(self, ok, message):
        if ok:
            self.passed += 1
        else:
            self.append(message)
        return ok


def check_python_docx(path, model, fail):
    doc = docx.Document(path)
    paras = doc.paragraphs
    texts = [norm(p.text) for p in paras]
    styles = [p.style.name if p.style is not None else "" for p in paras]

    # A heading the TOC lists below its field levels has its own style, "Contents Heading N" (issue 12 item 6).
    headings = [norm(p.text) for p, s in zip(paras, styles) if s.lower().startswith(("heading", "contents heading"))]
    fail.check(headings == [norm(h) for h in model.headings],
               f"{path}: heading paragraphs differ from the package ({len(headings)} vs {len(model.headings)})")

    # Every paragraph of the package appears, in order.
    pos = 0
    found = 0
    for want in model.paragraphs:
        w = norm(want)
        j = pos
        while j < len(texts) and texts[j] != w:
            j += 1
        if j < len(texts):
            found += 1
            pos = j + 1
        else:
            fail.append(f"{path}: package paragraph not found in order: {want[:60]!r}")
            break
    fail.check(len(doc.tables) == len(model.tables),
               f"{path}: {len(doc.tables)} tables, the package has {len(model.tables)}")
    for i, (t, (rows, cols)) in enumerate(zip(doc.tables, model.tables)):
        fail.check(len(t.rows) == rows and len(t.columns) == cols,
                   f"{path}: table {i + 1} is {len(t.rows)}×{len(t.columns)}, the package has {rows}×{cols}")
    sig = sum(1 for s in styles if s == "Signature")
    fail.check(sig == model.signature_lines, f"{path}: {sig} signature lines, the package has {model.signature_lines}")
    toc = sum(1 for s in styles if s.lower().startswith("toc ") and s.lower() != "toc heading")
    fail.check(toc == model.toc_entries, f"{path}: {toc} TOC entries, the package has {model.toc_entries}")
    core = doc.core_properties
    meta = model.data["metadata"]
    fail.check(core.author == meta["bidder"], f"{path}: creator {core.author!r}, expected the bidder")
    fail.check(core.created is not None and core.created.strftime("%Y-%m-%d") == meta["date"],
               f"{path}: created {core.created}, expected {meta['date']}")
    return {"paragraphs": len(paras), "package_paragraphs": len(model.paragraphs), "found_in_order": found,
            "headings": len(headings), "tables": len(doc.tables), "package_tables": len(model.tables),
            "signature_lines": sig, "toc_entries": toc}


def check_pandoc(path, model, out_md, fail):
    run(["pandoc", "-f", "docx", "-t", "markdown", "--wrap=none", path, "-o", out_md])
    headings = []
    with open(out_md, encoding="utf-8") as f:
        for line in f:
            m = re.match(r"^(#{1,6})\s+(.*)$", line.rstrip("\n"))
            if not m:
                continue
            text = re.sub(r"\[\]\{[^}]*\}", "", m.group(2))        # bookmark anchors
            text = re.sub(r"\s*\{[^}]*\}\s*$", "", text)            # heading attributes
            text = re.sub(r"\\(.)", r"\1", text).replace("**", "").replace("*", "").replace("`", "")
            headings.append(norm(text))
    want = [norm(h).replace("*", "").replace("`", "") for h in model.headings]
    fail.check(headings == want, f"{path}: pandoc headings differ: {len(headings)} vs {len(want)}; first difference: "
               + next((f"{a!r} vs {b!r}" for a, b in zip(headings, want) if a != b), "(count)"))
    return len(headings)


def check_pdf(path, model, outdir, fail):
    profile = "file://" + os.path.join(outdir, "lo-profile")
    run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", outdir, path],
        timeout=600)
    pdf = os.path.join(outdir, os.path.splitext(os.path.basename(path))[0] + ".pdf")
    if not fail.check(os.path.exists(pdf), f"{path}: LibreOffice wrote no PDF"):
        return 0, None, pdf
    info = run(["pdfinfo", pdf]).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    low, high = model.page_range()
    fail.check(low <= pages <= high, f"{pdf}: {pages} pages, expected {low}–{high} for this content")
    return pages, (low, high), pdf


def check_updated_pdf(path, model, outdir, fail):
    """The PDF after a field update (validate_docx_fields.py, system Python with python3-uno):
    what Word shows once it has refreshed the TOC. Its TOC page must carry page numbers."""
    pdf = os.path.join(outdir, "updated.pdf")
    run(["/usr/bin/python3", os.path.join(os.path.dirname(os.path.abspath(__file__)), "validate_docx_fields.py"),
         path, pdf, os.path.join(outdir, "lo-profile-uno")], timeout=600)
    if not fail.check(os.path.exists(pdf), f"{path}: no PDF after updating fields"):
        return 0, pdf
    pages = int(re.search(r"^Pages:\s+(\d+)", run(["pdfinfo", pdf]).stdout, re.M).group(1))
    low, high = model.page_range()
    fail.check(low <= pages <= high, f"{pdf}: {pages} pages after updating fields, expected {low}–{high}")
    toc = run(["pdftotext", "-layout", "-f", "2", "-l", "2", pdf, "-"]).stdout
    numbered = [line for line in toc.splitlines() if re.search(r"\.{3,}\s*\d+\s*$", line)]
    fail.check(len(numbered) >= min(model.toc_entries, 10),
               f"{pdf}: the TOC page has {len(numbered)} entries with page numbers after updating fields")
    # Issue 12, item 6: the refreshed TOC lists what the pre-filled one lists — no more, no fewer.
    refreshed = pdf_layout.toc_entries(pdf_layout.page_texts(pdf))
    fail.check(len(refreshed) == model.toc_entries,
               f"{pdf}: the TOC lists {len(refreshed)} entries after updating fields, the package {model.toc_entries}")
    return pages, pdf


def check_layout(path, model, pdf, fail):
    """Issue 12: Latin text is never marked Chinese (LibreOffice and WPS would break it character by
    character); no figure, code or unit is cut by a line break in LibreOffice's PDF; no signature block
    stands on a page away from what it signs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        for part in ("word/styles.xml", "word/document.xml", "word/header1.xml", "word/footer1.xml"):
            xml = z.read(part).decode("utf-8")
            chinese = re.findall(r'<w:lang\b[^>]*\bw:val="(?:zh|ja|ko)[^"]*"', xml)
            fail.check(not chinese, f"{path}: {part} marks Latin text as East Asian: {chinese[:2]}")
    pages = pdf_layout.page_texts(pdf)
    wanted = pdf_layout.tokens(model.data)
    for page, token, where in pdf_layout.split_tokens(pages, wanted):
        fail.append(f"{pdf}: page {page} cuts {token!r} across two lines ({where})")
    fail.passed += 1
    meta = model.data["metadata"]
    for page, content in pdf_layout.lone_signature_pages(pages, [meta["title"][:10], meta["tenderNumber"]]):
        fail.append(f"{pdf}: page {page} opens with a signature block, away from what it signs: {content[:2]}")
    fail.passed += 1
    for must in (t for t in ("1,872,941.80", "GB/T 28181") if any(t in x for x in pdf_layout.model_text(model.data))):
        fail.check(any(pdf_layout.squash(must) in pdf_layout.squash(line) for p in pages for line in p.splitlines()),
                   f"{pdf}: {must!r} never stands whole on one line")
    return len(wanted)


def check_forms(path, model, fail):
    """Issue 12 item 3: a buyer form's row heights and paragraph layout reach the DOCX as direct
    formatting (w:trHeight; w:ind with the style's character units zeroed). Returns the counts."""
    import zipfile
    heights, formatted = [], 0

    def walk(node):
        nonlocal formatted
        if isinstance(node, dict):
            if isinstance(node.get("height"), dict) and "cells" in node:
                heights.append(node["height"]["value"])
            if "format" in node and "content" in node and isinstance(node["format"], dict):
                formatted += 1
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(model.data["parts"])
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    for h in sorted(set(heights)):
        want, got = heights.count(h), len(re.findall(rf'<w:trHeight w:val="{h}"', xml))
        fail.check(got >= want, f"{path}: {want} form rows {h} twips high, {got} w:trHeight of that height")
    got = xml.count('w:firstLineChars="0"') + xml.count('w:hangingChars="0"')
    fail.check(got >= formatted, f"{path}: {formatted} form paragraphs with their own layout, {got} written with it")
    return len(heights), formatted


def page_images(pdf, pages, language, outdir):
    """Cover, TOC, the first price-schedule page and a technical page, as PNGs to look at."""
    wanted = {"cover": 1, "toc": 2}
    marks = {"price": ("分项报价表", "Price Schedule"), "technical": ("技术方案概述", "Executive Summary")}
    for name, (zh, en) in marks.items():
        mark = zh if language == "zh" else en
        for p in range(3, pages + 1):
            text = run(["pdftotext", "-layout", "-f", str(p), "-l", str(p), pdf, "-"]).stdout
            # The heading itself, not its TOC entry (which has a dot leader).
            if any(mark in line and ".." not in line for line in text.splitlines()):
                wanted[name] = p + (1 if name == "technical" else 0)
                break
    images = []
    for name, p in wanted.items():
        prefix = os.path.join(outdir, f"page-{name}")
        run(["pdftoppm", "-png", "-r", "60", "-f", str(p), "-l", str(p), "-singlefile", pdf, prefix])
        images.append(f"{prefix}.png (page {p})")
    return images


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bidkit", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("projects", nargs="+")
    args = ap.parse_args()
    fail = Failures()
    summary = []
    for project in args.projects:
        name = os.path.basename(project.rstrip("/"))
        outdir = os.path.join(args.out, name)
        shutil.rmtree(outdir, ignore_errors=True)
        os.makedirs(outdir)
        run([args.bidkit, "build", project, "--format", "docx,model-json", "--out", outdir])
        again = os.path.join(outdir, "again")
        run([args.bidkit, "build", project, "--format", "docx", "--out", again])
        docx_path = next(os.path.join(outdir, f) for f in sorted(os.listdir(outdir)) if f.endswith(".docx"))
        json_path = docx_path[:-5] + ".json"
        with open(docx_path, "rb") as a, open(os.path.join(again, os.path.basename(docx_path)), "rb") as b:
            fail.check(a.read() == b.read(), f"{docx_path}: two builds are not byte-identical")
        with open(json_path, encoding="utf-8") as f:
            model = Model(json.load(f))
        counts = check_python_docx(docx_path, model, fail)
        pandoc_headings = check_pandoc(docx_path, model, docx_path[:-5] + ".md", fail)
        pages, bounds, pdf = check_pdf(docx_path, model, outdir, fail)
        tokens = check_layout(docx_path, model, pdf, fail) if pages else 0
        form_rows, form_paragraphs = check_forms(docx_path, model, fail)
        updated_pages, updated_pdf = check_updated_pdf(docx_path, model, outdir, fail)
        images = page_images(updated_pdf, updated_pages, model.data["metadata"]["language"], outdir) if updated_pages else []
        summary.append((name, counts, pandoc_headings, pages, updated_pages, bounds, images, tokens, form_rows, form_paragraphs))

    print("DOCX validation")
    for name, c, ph, pages, updated_pages, bounds, images, tokens, form_rows, form_paragraphs in summary:
        print(f"  {name}:")
        print(f"    python-docx: {c['paragraphs']} paragraphs ({c['found_in_order']}/{c['package_paragraphs']} package paragraphs in order), "
              f"{c['headings']} headings, {c['tables']}/{c['package_tables']} tables, "
              f"{c['signature_lines']} signature lines, {c['toc_entries']} TOC entries")
        print(f"    pandoc: {ph} headings; LibreOffice PDF: {pages} pages as written, {updated_pages} after updating fields"
              f" (plausible {bounds[0]}–{bounds[1]})" if bounds else f"    pandoc: {ph} headings; no PDF")
        print(f"    layout: {tokens} figures, codes and units checked whole on their lines; signature blocks with what they sign")
        print(f"    buyer forms: {form_rows} rows with their own height, {form_paragraphs} paragraphs with their own layout")
        for image in images:
            print(f"    page image: {image}")
    for message in fail:
        print(f"FAIL: {message}")
    print(f"{fail.passed} passed, {len(fail)} failed")
    return 1 if fail else 0


if __name__ == "__main__":
    sys.exit(main())
