"""Checks the front matter of every format (see validate-front-matter.sh). Standard library only."""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from html.parser import HTMLParser
from xml.etree import ElementTree

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
problems = []


def problem(project, message):
    problems.append(f"{os.path.basename(project)}: {message}")


class CoverAndParts(HTMLParser):
    """The text of <header class="cover">, and whether a <nav class="toc"> sits inside a part."""

    def __init__(self):
        super().__init__()
        self.stack = []  # (tag, classes)
        self.cover = []
        self.toc_in_part = False
        self.toc_seen = False
        self.part_before_toc = False

    def handle_starttag(self, tag, attrs):
        classes = (dict(attrs).get("class") or "").split()
        if tag in ("br", "img", "meta", "link", "hr", "input"):
            return
        if tag == "nav" and "toc" in classes:
            self.toc_seen = True
            if any(t == "section" and "part" in c for t, c in self.stack):
                self.toc_in_part = True
        if tag == "section" and "part" in classes and not self.toc_seen:
            self.part_before_toc = True
        self.stack.append((tag, classes))

    def handle_endtag(self, tag):
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break

    def handle_data(self, data):
        if any(t == "header" and "cover" in c for t, c in self.stack):
            self.cover.append(data)


def paragraphs(document):
    """(style, text, ends_section) of each body paragraph of word/document.xml."""
    out = []
    for p in document.iter(W + "p"):
        ppr = p.find(W + "pPr")
        style = ""
        ends = False
        if ppr is not None:
            s = ppr.find(W + "pStyle")
            style = s.get(W + "val") if s is not None else ""
            ends = ppr.find(W + "sectPr") is not None
        out.append((style, "".join(t.text or "" for t in p.iter(W + "t")), ends))
    return out


def check(project, bidkit, out):
    name = os.path.basename(project.rstrip("/"))
    dest = os.path.join(out, name)
    formats = "txt,html,docx,model-json" + (",pdf" if shutil.which("soffice") else "")
    run = subprocess.run([bidkit, "build", project, "--format", formats, "--out", dest],
                         capture_output=True, text=True, stdin=subprocess.DEVNULL)
    if run.returncode != 0:
        problem(project, f"build failed ({run.returncode}): {run.stderr.strip()[-400:]}")
        return
    model_file = next(f for f in os.listdir(dest) if f.endswith(".json") and "signing-map" not in f)
    base = model_file[:-len(".json")]
    model = json.load(open(os.path.join(dest, model_file), encoding="utf-8"))
    cover = model["frontMatter"]["cover"]
    lines = {line["key"]: line["value"] for line in cover["lines"]}
    date = lines.get("date", "")
    iso = model["metadata"]["date"]
    contents = (model["frontMatter"].get("contents") or {}).get("title")
    first_part = model["parts"][0]
    part_title = (first_part["number"] + " " + first_part["title"]).strip()
    if not date or date == iso:
        problem(project, f"the front matter's date is {date!r} (ISO {iso})")

    text = open(os.path.join(dest, base + ".txt"), encoding="utf-8").read().split("\n")
    # The part title is underlined with ═, or = where Chinese text draws its rules in ASCII.
    part_at = next((i for i in range(len(text) - 1) if text[i] == part_title and text[i + 1].startswith(("═", "="))), None)
    toc_at = text.index(contents) if contents in text else None
    text_cover = "\n".join(text[:min(x for x in (toc_at, part_at, len(text)) if x is not None)])

    html = CoverAndParts()
    html.feed(open(os.path.join(dest, base + ".html"), encoding="utf-8").read())
    html_cover = "".join(html.cover)

    with zipfile.ZipFile(os.path.join(dest, base + ".docx")) as z:
        paras = paragraphs(ElementTree.fromstring(z.read("word/document.xml")))
    first_section_end = next((i for i, p in enumerate(paras) if p[2]), len(paras) - 1)
    docx_cover = "".join(p[1] for p in paras[:first_section_end + 1])

    # Item 17: the same date string (and facts) on every cover, never the ISO day.
    for fmt, text_of in (("txt", text_cover), ("html", html_cover), ("docx", docx_cover)):
        if date not in text_of:
            problem(project, f"{fmt} cover lacks the date {date!r}")
        if iso in text_of:
            problem(project, f"{fmt} cover prints the ISO day {iso}")
        for key in ("tender-number", "lot"):
            if lines.get(key) and lines[key] not in text_of:
                problem(project, f"{fmt} cover lacks {key} {lines[key]!r}")

    # Item 10: the table of contents stands outside the parts.
    if contents:
        if toc_at is None or part_at is None or toc_at > part_at:
            problem(project, f"txt: {contents!r} is not before the first part's title {part_title!r}")
        if not html.toc_seen or html.toc_in_part or html.part_before_toc:
            problem(project, "html: the table of contents is missing or inside a part")
        toc_p = next((i for i, p in enumerate(paras) if p[0] == "TOCHeading"), None)
        h1 = next((i for i, p in enumerate(paras) if p[0] == "Heading1"), None)
        if toc_p is None or h1 is None or toc_p > h1 or not any(p[2] for p in paras[toc_p:h1]):
            problem(project, "docx: the table of contents is not in its own section before the first Heading 1")
        pdf = os.path.join(dest, base + ".pdf")
        if os.path.exists(pdf):
            pages = subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True).stdout.split("\f")
            toc_page = next((p for p in pages if re.search(rf"^\s*{re.escape(contents)}\s*$", p, re.M)), None)
            if toc_page is None:
                problem(project, f"pdf: no page with the heading {contents!r}")
            elif re.search(rf"^\s*{re.escape(part_title)}\s*$", toc_page, re.M):
                problem(project, f"pdf: the contents page also holds the heading {part_title!r}")
    print(f"validate-front-matter: {name}: cover date {date!r}" + (f"; {contents!r} before {part_title!r}" if contents else ""))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bidkit", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("projects", nargs="+")
    args = parser.parse_args()
    for project in args.projects:
        check(project, args.bidkit, args.out)
    for p in problems:
        print("validate-front-matter: error:", p, file=sys.stderr)
    print(f"validate-front-matter: {len(args.projects)} projects, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
