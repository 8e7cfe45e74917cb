#!/usr/bin/env python3
"""PDF acceptance checks for validate-pdf.sh, with poppler only (pdfinfo, pdftotext, pdftohtml -xml,
pdffonts, pdftoppm): no PDF library, so what is checked is what any reader sees."""
import argparse, json, os, re, subprocess, sys, time

import pdf_layout

failures = []

def fail(msg):
    failures.append(msg)
    print("  FAIL " + msg)

def run(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, text=True, **kw).stdout

def page_texts(pdf):
    count = int(re.search(r"^Pages:\s+(\d+)", run("pdfinfo", pdf), re.M).group(1))
    return [run("pdftotext", "-layout", "-f", str(i), "-l", str(i), pdf, "-") for i in range(1, count + 1)]

def squash(s):
    return re.sub(r"\s+", "", s)

def check_toc(pdf, pages):
    """Every 目录 line 'title……N' names a heading that stands on the page whose footer prints N."""
    first = next((i for i, t in enumerate(pages) if "目录" in t or "Contents" in t), None)
    if first is None:
        return fail(f"{pdf}: no table of contents page")
    # The TOC runs on while its pages are dot-leader lines (the body may mention 目录 much later).
    toc_pages = [first]
    while toc_pages[-1] + 1 < len(pages) and re.search(r"\.{6,}\s*\d+\s*$", pages[toc_pages[-1] + 1], re.M):
        toc_pages.append(toc_pages[-1] + 1)
    text = "\n".join(pages[i] for i in toc_pages)
    # An entry may wrap: join continuation lines until one ends in dot leaders and a number.
    entries, pending = [], ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line in ("目录", "Contents") or re.fullmatch(r"第\s*[IVXLC]+\s*页|[IVXLC]+", line):
            continue
        m = re.match(r"(.*?)\.{3,}\s*(\d+)$", line)
        if m:
            entries.append((squash(pending + m.group(1)), m.group(2)))
            pending = ""
        elif "招标编号" not in line and "Tender" not in line:
            pending += line
    if len(entries) < 5:
        return fail(f"{pdf}: only {len(entries)} TOC entries with page numbers")
    body_start = toc_pages[-1] + 1
    bad = 0
    for title, number in entries:
        footer = re.compile(r"(第\s*%s\s*页|^\s*%s\s*$|Page %s\b)" % (number, number, number), re.M)
        hits = [i for i in range(body_start, len(pages)) if title[:12] in squash(pages[i]) and footer.search(pages[i].rstrip().splitlines()[-1] if pages[i].strip() else "")]
        if not hits:
            bad += 1
            fail(f"{pdf}: TOC says '{title}' is on page {number}, but no page numbered {number} shows it")
    print(f"  TOC: {len(entries)} entries, {len(entries) - bad} on the page the TOC gives")

def check_layout(pdf, pages, model):
    """Issue 12: no figure, code or unit cut across two lines; no signature block away from what it signs."""
    wanted = pdf_layout.tokens(model)
    cut = pdf_layout.split_tokens(pages, wanted)
    for page, token, where in cut:
        fail(f"{pdf}: page {page} cuts {token!r} across two lines ({where})")
    meta = model["metadata"]
    alone = pdf_layout.lone_signature_pages(pages, [meta["title"][:10], meta["tenderNumber"]])
    for page, content in alone:
        fail(f"{pdf}: page {page} opens with a signature block, away from what it signs: {content[:2]}")
    print(f"  layout: {len(wanted) - len(cut)}/{len(wanted)} figures and codes whole; {len(alone)} signature blocks apart")

def attachment_captions(model):
    """(number + title) of every attachment caption: the contents entries whose anchor is attachment-…"""
    found = []
    def walk(node):
        if isinstance(node, dict):
            if str(node.get("anchor", "")).startswith("attachment-") and "title" in node:
                found.append(squash(node.get("number", "") + node["title"]))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)
    walk(model.get("frontMatter", {}))
    return list(dict.fromkeys(found))

def check_captions(pdf, pages, model):
    """Issue 12: every attachment caption is on its certificate's page, never the last text of the
    page before it (LibreOffice does not keep a heading with a full-page picture)."""
    captions = attachment_captions(model)
    stranded = 0
    for caption in captions:
        key = caption[:14]
        hits = [i for i, t in enumerate(pages) if key in squash(t)]
        if not hits:
            fail(f"{pdf}: attachment caption '{caption}' is on no page")
            continue
        i = hits[-1]
        body = [l for l in pages[i].splitlines() if l.strip()][:-1]  # the footer's page number last
        after = squash("".join(body))
        after = after[after.find(key) + len(key):]
        rest = after[len(caption) - len(key):] if after.startswith(caption[len(key):]) else after
        pictures = [l for l in run("pdfimages", "-list", "-f", str(i + 1), "-l", str(i + 1), pdf).splitlines()[2:] if " image " in l]
        if not rest and not pictures:
            stranded += 1
            fail(f"{pdf}: page {i + 1} ends with the caption '{caption}', its certificate on the next page")
    print(f"  attachment captions: {len(captions) - stranded}/{len(captions)} on their certificate's page")

def outline(pdf):
    xml = run("pdftohtml", "-xml", "-stdout", "-i", "-q", pdf)
    m = re.search(r"<outline>(.*)</outline>", xml, re.S)
    return [squash(re.sub(r"<[^>]+>", "", t)) for t in re.findall(r"<item[^>]*>(.*?)</item>", m.group(1), re.S)] if m else []

# Certificate number → text only the certificate itself carries (the issuing body's address,
# Samples/make_certificates.py): found on the page, it is the certificate's own text, not our caption.
SUBSTATION_CERTIFICATES = {"91330108573126481K": "1188 Jiangnan Avenue", "05425Q30871R2M": "66 Xueyuan Road",
                           "AF-JD-2024-01318": "9 Fengqi Road", "D233065871": "20 Baochu Road",
                           "SIS-2025-SI3-0892": "318 Tianmushan Road", "05425S30872R2M": "(OH&S desk)"}

def check_certificate_pages(pdf, pages, after, certificates):
    """Each certificate is its own page, vector and text intact: its address (in no caption) and its
    number are on one page after `after`, and that page draws no picture (not a rasterised copy)."""
    drawn = {int(l.split()[0]) for l in run("pdfimages", "-list", pdf).splitlines()[2:] if l.strip()}
    found = 0
    for number, address in certificates.items():
        page = next((i for i in range(after + 1, len(pages)) if squash(address) in squash(pages[i])), None)
        if page is None:
            fail(f"{pdf}: no page after page {after + 1} shows the certificate's own text '{address}'")
        elif number not in squash(pages[page]):
            fail(f"{pdf}: page {page + 1} shows '{address}' but not the certificate number {number}")
        elif page + 1 in drawn:
            fail(f"{pdf}: page {page + 1} (certificate {number}) still draws a picture")
        else:
            found += 1
    print(f"  certificate pages: {found} of {len(certificates)} are the certificates' own text, no picture")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bidkit", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("projects", nargs="+")
    a = ap.parse_args()
    for project in a.projects:
        name = os.path.basename(project.rstrip("/"))
        out = os.path.join(a.out, name)
        print(f"==> {name}")
        started = time.time()
        r = subprocess.run([a.bidkit, "build", project, "--format", "pdf,docx,model-json", "--out", out], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"{name}: build exit {r.returncode}: {r.stderr.strip()}")
            continue
        print(f"  built in {time.time() - started:.1f} s")
        pdfs = sorted(f for f in os.listdir(out) if f.endswith(".pdf"))
        for pdf_name in pdfs:
            pdf = os.path.join(out, pdf_name)
            info = run("pdfinfo", pdf)
            print("  " + pdf_name + ": " + re.search(r"^Pages:\s+(\d+)", info, re.M).group(1) + " pages")
            for field in ("Title", "Author"):
                if not re.search(rf"^{field}:\s+\S", info, re.M):
                    fail(f"{pdf}: no {field} in the document properties")
            fonts = run("pdffonts", pdf).splitlines()[2:]
            not_embedded = [f for f in fonts if f.split()[-5:-4] != ["yes"]]
            if not fonts or not_embedded:
                fail(f"{pdf}: fonts not embedded: {not_embedded or 'no fonts'}")
            pages = page_texts(pdf)
            check_toc(pdf, pages)
            items = outline(pdf)
            if len(items) < 3:
                fail(f"{pdf}: the outline has {len(items)} items")
            model_json = os.path.join(out, pdf_name[:-4] + ".json")
            if os.path.exists(model_json):
                model = json.load(open(model_json, encoding="utf-8"))
                check_layout(pdf, pdf_layout.page_texts(pdf), model)
                check_captions(pdf, pages, model)
            signing = os.path.join(out, pdf_name[:-4] + "-signing-map.txt")
            if not os.path.exists(signing):
                fail(f"{pdf}: no signing map beside it")
        if name == "substation-video-tender":
            pdf = os.path.join(out, pdfs[0])
            pages = page_texts(pdf)
            items = outline(pdf)
            model = os.path.join(a.out, name + "-model")
            subprocess.run([a.bidkit, "build", project, "--format", "model-json", "--out", model], check=True, capture_output=True)
            package = json.load(open(os.path.join(model, os.listdir(model)[0])))
            titles = []
            for part in package["parts"]:
                titles.append(squash(part["number"] + part["title"]))
                titles += [squash(s["number"] + s["title"]) for s in part["sections"] if s["kind"] != "toc"]
            missing = [t for t in titles if not any(t in i for i in items)]
            if missing:
                fail(f"{pdf}: the outline lacks {missing}")
            print(f"  outline: all {len(titles)} parts and sections among its {len(items)} items")
            qual = next(i for i in range(3, len(pages)) if "资格证明文件" in squash(pages[i]) and "证书编号" in pages[i])
            for number in ("91330108573126481K", "05425Q30871R2M", "AF-JD-2024-01318", "D233065871", "SIS-2025-SI3-0892", "05425S30872R2M"):
                after = [i for i in range(qual + 1, len(pages)) if number in squash(pages[i])]
                if not after:
                    fail(f"{pdf}: certificate {number} not on a page after the qualification list (page {qual + 1})")
            print(f"  certificates: each number on a page after the qualification list (page {qual + 1})")
            check_certificate_pages(pdf, pages, qual, SUBSTATION_CERTIFICATES)
            size = os.path.getsize(pdf)
            if size > 10 << 20:
                fail(f"{pdf}: {size} bytes, over the platform's 10 MB")
            print(f"  size: {size} bytes")
            again = os.path.join(a.out, name + "-again")
            subprocess.run([a.bidkit, "build", project, "--format", "pdf", "--out", again], check=True, capture_output=True)
            if open(pdf, "rb").read() != open(os.path.join(again, pdfs[0]), "rb").read():
                fail(f"{pdf}: two builds differ")
            else:
                print("  two builds are byte-identical")
            run("qpdf", "--check", pdf)  # the structure qpdf edited is sound (exit 2 on errors)
            price = next(i for i in range(3, len(pages)) if "分项报价表" in squash(pages[i]) and "合价" in pages[i])
            cert = next(i for i in range(qual + 1, len(pages)) if "05425Q30871R2M" in squash(pages[i]))
            for label, page in (("cover", 1), ("toc", 2), ("price", price + 1), ("certificate", cert + 1)):
                run("pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", pdf, os.path.join(a.out, f"page-{label}"))
            print(f"  page images: {a.out}/page-{{cover,toc,price,certificate}}.png")
    if failures:
        print(f"validate-pdf: {len(failures)} problem(s)")
        sys.exit(1)
    print("validate-pdf: all good")

main()
