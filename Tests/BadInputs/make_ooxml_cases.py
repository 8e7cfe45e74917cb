#!/usr/bin/env python3
"""Writes the OOXML cases of the bad-input corpus: hostile and broken Word files (buyer forms and
reference documents), each in its own Tests/BadInputs/ooxml-*/ folder with its case.json.

    python3 make_ooxml_cases.py           # (re)writes every ooxml-* case next to this script
    python3 make_ooxml_cases.py --check   # exits 1 when a committed file differs from what it would write

Idempotent: zip entries get a fixed timestamp and fixed attributes, so re-running reproduces identical
bytes (deflated entries assume the same zlib, which has not changed its output in years). Zip bombs stay
small on disk: the inflated sizes are in the headers and the deflate streams, not in the files.

Each case starts from the runner's `mini` base project (Tests/BadInputs/_base/mini) and either makes a
section's source a Word form (`forms/x.docx`) or names a reference document (`reference_docx: ref.docx`).
"""

import io
import json
import struct
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'
FIXED_TIME = (1980, 1, 1, 0, 0, 0)
SECRET = "OUTSIDE-SECRET-7Q2X"   # the runner's marker for files outside the case
PASSWD = "root:x:0:0"            # what /etc/passwd would leak

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')


# --- Word parts ---------------------------------------------------------------------------------

def document(body, prolog=""):
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}<w:document {NS}><w:body>{body}<w:sectPr/></w:body></w:document>'


def para(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


LETTER = para("致：{{tender.buyer}}") + para("我方 {{bidder.name}} 愿意承担本项目。") + para("投标人（盖章）：　法定代表人（签字）：")
STYLES = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>'


def entry(name, data, compress=True):
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.create_system = 0
    info.external_attr = 0
    return info, data.encode() if isinstance(data, str) else data


def zip_bytes(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info, data in entries:
            z.writestr(info, data, compress_type=info.compress_type, compresslevel=9)
    return out.getvalue()


def form(body=LETTER, extra=(), document_xml=None):
    """A small complete form package; `extra` adds or replaces parts."""
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS,
             "word/document.xml": document_xml if document_xml is not None else document(body)}
    names = list(parts)
    for name, data in extra:
        if name not in parts:
            names.append(name)
        parts[name] = data
    return zip_bytes([entry(n, parts[n]) for n in names])


def reference(extra=(), drop=()):
    """A reference document: styles, numbering, settings, document (page setup)."""
    numbering = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS}/>'
    settings = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}/>'
    page = '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>'
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{para("reference")}{page}</w:body></w:document>'
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS, "word/document.xml": doc,
             "word/styles.xml": STYLES, "word/numbering.xml": numbering, "word/settings.xml": settings}
    names = list(parts)
    for name, data in extra:
        if name not in parts:
            names.append(name)
        parts[name] = data
    return zip_bytes([entry(n, parts[n]) for n in names if n not in drop])


def patch(data, entry_name, *, size=None, flags=None, method=None):
    """Rewrites fields of one entry in both its local and central headers (libzip checks they agree)."""
    data = bytearray(data)
    name = entry_name.encode()
    pos = 0
    while True:
        local = data.find(b"PK\x03\x04", pos)
        if local < 0:
            raise ValueError(entry_name)
        n = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30:local + 30 + n]) == name:
            break
        pos = local + 4
    central = data.find(b"PK\x01\x02")
    while True:
        n = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46:central + 46 + n]) == name:
            break
        central = data.find(b"PK\x01\x02", central + 4)
    if size is not None:
        struct.pack_into("<I", data, local + 22, size)
        struct.pack_into("<I", data, central + 24, size)
    if flags is not None:
        struct.pack_into("<H", data, local + 6, flags)
        struct.pack_into("<H", data, central + 8, flags)
    if method is not None:
        struct.pack_into("<H", data, local + 8, method)
        struct.pack_into("<H", data, central + 10, method)
    return bytes(data)


def nested_tables(depth):
    inner = para("最里层")
    for _ in range(depth):
        inner = f'<w:tbl><w:tblGrid><w:gridCol w:w="1000"/></w:tblGrid><w:tr><w:tc>{inner}<w:p/></w:tc></w:tr></w:tbl>'
    return inner


BILLION_LAUGHS = ('<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
                  '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
                  '<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
                  '<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>\n')
DTD_REFUSED = "declares a DTD (<!DOCTYPE …>), which Word and Excel never write; the file is not read"


# --- The cases ----------------------------------------------------------------------------------

CASES = {}


def case(name, summary, files, *, kind="form", exit=2, stderr=(), absent=(), args=None, extra=None):
    CASES[name] = (summary, files, kind, exit, list(stderr), list(absent), args, extra or {})


def form_case(name, summary, data, stderr, **kw):
    case(name, summary, {"project/forms/x.docx": data}, stderr=["forms/x.docx: error:"] + stderr, **kw)


def reference_case(name, summary, data, stderr, **kw):
    case(name, summary, {"project/ref.docx": data}, kind="reference",
         stderr=["ref.docx: error: reference document"] + stderr, **kw)


form_case("ooxml-form-not-a-zip", "a form that is a text file", b"This is not a Word document.\n",
          ["is not a .docx file (not a zip archive)"])
form_case("ooxml-form-empty-file", "a form of zero bytes", b"", ["is empty, not a .docx file"])
form_case("ooxml-form-damaged-zip", "a form cut off halfway", form()[:300], ["is not a .docx file (damaged zip archive"])
form_case("ooxml-form-ole-doc", "a Word 97-2003 .doc (or encrypted .docx) named .docx",
          bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504),
          ["is an Office 97-2003 file (.doc, .xls) or a password-protected document"])
case("ooxml-form-directory", "a form path that is a folder", {"project/forms/x.docx/readme.txt": b"a folder, not a form\n"},
     stderr=["bid.yaml:", "forms/x.docx"])
form_case("ooxml-form-missing-document", "a zip without word/document.xml",
          zip_bytes([entry("[Content_Types].xml", CONTENT_TYPES)]), ["has no word/document.xml; is it a Word document?"])
form_case("ooxml-form-zip-bomb-ratio", "document.xml deflated from 40 MiB of spaces (a few KB on disk)",
          form(document_xml=document(" " * (40 << 20))),
          ["word/document.xml is larger than 16 MiB uncompressed, the limit for Word forms"])
form_case("ooxml-form-zip-bomb-lying-header", "document.xml says 100 bytes and inflates to 40 MiB",
          patch(form(document_xml=document(" " * (40 << 20))), "word/document.xml", size=100),
          ["word/document.xml is larger than 16 MiB uncompressed, the limit for Word forms"])
form_case("ooxml-form-huge-entry", "document.xml declares 3.75 GiB uncompressed",
          patch(form(), "word/document.xml", size=0xF0000000),
          ["word/document.xml is larger than 16 MiB uncompressed, the limit for Word forms"])
form_case("ooxml-form-zip-bomb-entries", "1,001 zip entries",
          form(extra=[(f"word/media/image{i}.png", b"") for i in range(1, 1001)]),
          ["holds 1,003 zip entries, more than the 1,000 allowed for Word forms"])
form_case("ooxml-form-many-tiny-paragraphs", "a ~60 KB form whose document.xml inflates to 60 MiB of tiny paragraphs",
          form(body="<w:p><w:r><w:t>x</w:t></w:r></w:p>" * ((60 << 20) // 34)),
          ["word/document.xml is larger than 16 MiB uncompressed, the limit for Word forms"])
form_case("ooxml-form-node-cap", "15 MiB of empty paragraphs: under the size cap, over the node cap",
          form(body="<w:p/>" * ((15 << 20) // 6)),
          ["word/document.xml has more than 500,000 XML nodes", "the limit for Word forms"])
form_case("ooxml-form-paragraph-cap", "25,000 paragraphs",
          form(body=para("甲") * 25_000), ["word/document.xml has more than 20,000 paragraphs, the limit for Word forms"])
form_case("ooxml-form-nested-tables", "tables nested 35 deep",
          form(body=nested_tables(35)), ["word/document.xml nests tables more than 16 deep", "the limit for Word forms"])
form_case("ooxml-form-deep-nesting", "content controls nested 5,000 deep",
          form(body="<w:sdt><w:sdtContent>" * 5000 + para("深") + "</w:sdtContent></w:sdt>" * 5000),
          ["word/document.xml nests elements more than 256 deep", "the limit for Word forms"])
form_case("ooxml-form-wide-table", "a table row of 2,000 cells spanning 1,000 columns each",
          form(body='<w:tbl><w:tr>' + '<w:tc><w:tcPr><w:gridSpan w:val="1000"/></w:tcPr><w:p/></w:tc>' * 2000 + '</w:tr></w:tbl>'),
          ["word/document.xml has a table 2,000,000 grid columns wide", "more than the 1,024 allowed for Word forms"])
form_case("ooxml-form-xxe", "document.xml declares an external entity on /etc/passwd",
          form(document_xml=document(para("&xxe;"), prolog='<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n')),
          ["word/document.xml " + DTD_REFUSED], absent=[PASSWD])
form_case("ooxml-form-billion-laughs", "entity expansion to 10^8 'a's",
          form(document_xml=document(para("&h;"), prolog=BILLION_LAUGHS)), ["word/document.xml " + DTD_REFUSED])
form_case("ooxml-form-external-dtd", "an external DTD on the network",
          form(document_xml=document(para("甲"), prolog='<!DOCTYPE w:document SYSTEM "http://bidkit.invalid/word.dtd">\n')),
          ["word/document.xml " + DTD_REFUSED])
form_case("ooxml-form-parameter-entities", "a parameter entity pulling in /etc/passwd",
          form(document_xml=document(para("甲"), prolog='<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>\n')),
          ["word/document.xml " + DTD_REFUSED], absent=[PASSWD])
form_case("ooxml-form-utf16-doctype", "a DTD in a UTF-16 document.xml (no ASCII prolog to spot)",
          form(document_xml=('<?xml version="1.0" encoding="UTF-16"?>\n<!DOCTYPE w:document [<!ENTITY c "某某公司">]>'
                             f'<w:document {NS}><w:body>{para("&c;")}</w:body></w:document>').encode("utf-16")),
          ["word/document.xml " + DTD_REFUSED])
form_case("ooxml-form-undeclared-entity", "an HTML entity (&nbsp;) Word never writes",
          form(body=para("甲&nbsp;乙")), ["word/document.xml is not well-formed XML (line 2", "a reference to an undeclared entity"])
form_case("ooxml-form-invalid-utf8", "bytes that are not UTF-8 in document.xml",
          form(document_xml=document(para("甲")).encode().replace("甲".encode(), b"\xff\xfe\xfd")),
          ["word/document.xml is not well-formed XML (line 2", "not valid in the part's encoding"])
form_case("ooxml-form-control-char-ref", "a character reference to ESC (terminal escapes)",
          form(body=para("&#27;[31mred&#27;[0m")),
          ["word/document.xml is not well-formed XML (line 2", "a character XML does not allow"], absent=["\x1b[31m"])
form_case("ooxml-form-latin1", "document.xml declared ISO-8859-1",
          form(document_xml=document(para("abc")).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"')),
          ["word/document.xml declares the encoding 'ISO-8859-1'; OOXML parts are UTF-8 or UTF-16"])
form_case("ooxml-form-path-traversal", "a zip entry named ../../evil.xml",
          form(extra=[("../../evil.xml", "<x/>")]), ["holds an entry name that climbs out of the package ('..'), '../../evil.xml'"])
form_case("ooxml-form-absolute-entry", "a zip entry with an absolute Windows path",
          form(extra=[("C:/Windows/evil.xml", "<x/>")]), ["holds an entry name with a drive letter, 'C:/Windows/evil.xml'"])
form_case("ooxml-form-duplicate-entry", "two entries named word/document.xml (which one is read?)",
          form(extra=[("Word/Document.xml", document(para("另一份")))]),
          ["holds two zip entries for the part 'Word/Document.xml'; the file is not read"])
form_case("ooxml-form-encrypted-entry", "document.xml flagged as encrypted (traditional PKWARE)",
          patch(form(), "word/document.xml", flags=0x0001),
          ["is password-protected (word/document.xml is encrypted); save it as an unprotected .docx"])
form_case("ooxml-form-bzip2-entry", "document.xml compressed with bzip2 (method 12)",
          patch(form(), "word/document.xml", method=12),
          ["word/document.xml is compressed with zip method 12; .docx files use deflate or no compression"])
case("ooxml-form-symlink-outside", "a form that is a link to a file outside the project", {},
     stderr=["x.docx"], absent=[SECRET], extra={"setup": "symlink-outside", "setupTarget": "project/forms/x.docx"})
case("ooxml-form-hostile-strings", "a form whose text is markup, a javascript: link and bidi tricks: read as text",
     {"project/forms/x.docx": form(
         body=para("&lt;script&gt;alert('x')&lt;/script&gt; {{bidder.name}}")
         + f'<w:p><w:hyperlink r:id="rId9"><w:r><w:t>click</w:t></w:r></w:hyperlink></w:p>'
         + para("\u202eevil\u202c and ]]&gt; and &amp;lt;b&amp;gt;"),
         extra=[("word/_rels/document.xml.rels",
                 '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" '
                 'Target="javascript:alert(document.cookie)" TargetMode="External"/></Relationships>')])},
     exit=0, absent=["javascript:alert", "<script>"],
     args=["build", "{case}/project", "--format", "html,docx", "--out", "{case}/out"],
     extra={"outputs": ["out/mini.html", "out/mini.docx"],
            "contains": {"out/mini.html": ["&lt;script&gt;alert", "某某科技有限公司"]}})

case("ooxml-form-hostile-field-values", "bid.yaml values with markup and {{fields}} filled into a form: written as text, never re-read",
     {"project/forms/x.docx": form(body=para("投标人：{{bidder.name}}") + para("地址：{{bidder.address}}"))},
     exit=0, absent=["<script>", "</w:t><w:t>"],
     args=["build", "{case}/project", "--format", "html,docx", "--out", "{case}/out"],
     extra={"replace": {"project/bid.yaml": [
         {"old": "source: sections/letter.md", "new": "source: forms/x.docx"},
         {"old": "  name: 某某科技有限公司", "new": "  name: \"某某科技</w:t><w:t>&amp;<script>x</script>\""},
         {"old": "  address: 某市创新路 1 号", "new": "  address: \"{{tender.buyer}} ]]> \\u001B[31m\""}]},
         "outputs": ["out/mini.html", "out/mini.docx"],
         "contains": {"out/mini.html": ["某某科技&lt;/w:t&gt;&lt;w:t&gt;&amp;amp;&lt;script&gt;", "{{tender.buyer}} ]]&gt;"],
                      "out/mini.docx": ["某某科技&lt;/w:t&gt;&lt;w:t&gt;&amp;amp;&lt;script&gt;"]}})

reference_case("ooxml-reference-xxe", "styles.xml declares <!ENTITY ext SYSTEM \"file:///etc/hostname\"> (main copied the DTD into the bid)",
               reference(extra=[("word/styles.xml", STYLES.replace(
                   "<w:styles", '<!DOCTYPE w:styles [<!ENTITY ext SYSTEM "file:///etc/hostname">]>\n<w:styles'))]),
               ["word/styles.xml " + DTD_REFUSED], absent=["I/O error", "failed to load", "<!ENTITY", "etc/hostname"])
reference_case("ooxml-reference-xxe-check", "check (not only build) refuses a reference whose styles.xml has an external entity",
               reference(extra=[("word/styles.xml", STYLES.replace(
                   "<w:styles", '<!DOCTYPE w:styles [<!ENTITY ext SYSTEM "file:///etc/passwd">]>\n<w:styles'))]),
               ["word/styles.xml " + DTD_REFUSED], absent=[PASSWD], args=["check", "{case}/project", "--as-of", "2026-12-01"])
reference_case("ooxml-reference-zip-bomb", "styles.xml inflating to 40 MiB (a few KB on disk)",
               reference(extra=[("word/styles.xml", STYLES.replace("</w:styles>", " " * (40 << 20) + "</w:styles>"))]),
               ["word/styles.xml is larger than 16 MiB uncompressed, the limit for reference documents"])
reference_case("ooxml-reference-billion-laughs", "numbering.xml with nested entities",
               reference(extra=[("word/numbering.xml", f'<?xml version="1.0"?>\n{BILLION_LAUGHS.replace("w:document", "w:numbering")}<w:numbering {NS}><w:abstractNum w:abstractNumId="1"><w:name w:val="&h;"/></w:abstractNum></w:numbering>')]),
               ["word/numbering.xml " + DTD_REFUSED])
reference_case("ooxml-reference-not-a-zip", "a reference that is a text file", b"styles go here\n",
               ["is not a .docx file (not a zip archive)"])
reference_case("ooxml-reference-no-styles", "a reference without word/styles.xml", reference(drop=["word/styles.xml"]),
               ["has no word/styles.xml, which a reference document needs for its styles"])
reference_case("ooxml-reference-bad-theme", "a theme part that is not XML (it used to be copied into the bid unread)",
               reference(extra=[("word/theme/theme1.xml", "<a:theme>not closed")]),
               ["word/theme/theme1.xml is not well-formed XML (line 1"])
case("ooxml-reference-folder", "reference_docx names a folder", {"project/ref.docx/readme.txt": b"a folder\n"},
     kind="reference", stderr=["bid.yaml:", "ref.docx"])
case("ooxml-reference-option", "--option reference_docx= names a hostile file outside bid.yaml",
     {"evil.docx": reference(extra=[("word/settings.xml", f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]><w:settings {NS}/>')])},
     kind="plain", stderr=["evil.docx: error: reference document word/settings.xml " + DTD_REFUSED], absent=[PASSWD],
     args=["build", "{case}/project", "--format", "docx", "--out", "{case}/out", "--option", "reference_docx={case}/evil.docx"])
case("ooxml-reference-template-xxe", "a template whose docx/reference/word/styles.xml declares an external entity",
     {"templates/evil/docx/reference/word/styles.xml": STYLES.replace(
         "<w:styles", '<!DOCTYPE w:styles [<!ENTITY ext SYSTEM "file:///etc/passwd">]>\n<w:styles')},
     kind="template", stderr=["docx/reference: error: reference document word/styles.xml " + DTD_REFUSED], absent=[PASSWD],
     args=["build", "{case}/project", "--format", "docx", "--out", "{case}/out", "--template-path", "{case}/templates"])
case("ooxml-reference-huge-numbers", "page margins and list ids at Int.max: read without arithmetic overflow",
     {"project/ref.docx": reference(extra=[
         ("word/numbering.xml", f'<?xml version="1.0"?>\n<w:numbering {NS}><w:abstractNum w:abstractNumId="9223372036854775807"><w:lvl w:ilvl="0"><w:pPr><w:ind w:left="9223372036854775807"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="9223372036854775807"><w:abstractNumId w:val="9223372036854775807"/></w:num></w:numbering>'),
         ("word/document.xml", f'<?xml version="1.0"?>\n<w:document {NS}><w:body><w:sectPr><w:pgSz w:w="9223372036854775807" w:h="9223372036854775807"/><w:pgMar w:top="0" w:right="9223372036854775807" w:bottom="0" w:left="9223372036854775807" w:gutter="9223372036854775807"/></w:sectPr></w:body></w:document>')])},
     kind="reference", exit=0, args=["build", "{case}/project", "--format", "docx", "--out", "{case}/out"],
     extra={"outputs": ["out/mini.docx"]})


# --- Writing ------------------------------------------------------------------------------------

def spec(name):
    summary, files, kind, exit_status, stderr, absent, args, extra = CASES[name]
    out = {"class": "ooxml", "summary": summary, "base": "mini"}
    replace = []
    if kind == "form":
        replace.append({"old": "source: sections/letter.md", "new": "source: forms/x.docx"})
    elif kind == "reference":
        replace.append({"old": "  date: 2026-12-08\n", "new": "  date: 2026-12-08\n  reference_docx: ref.docx\n"})
    elif kind == "template":
        replace.append({"old": "  date: 2026-12-08\n", "new": "  date: 2026-12-08\n  template: evil\n"})
    if replace and "replace" not in extra:
        out["replace"] = {"project/bid.yaml": replace}
    # Forms are read whatever the format; a reference document matters to the DOCX renderer.
    fmt = "docx" if kind == "reference" else "txt"
    out["args"] = args or ["build", "{case}/project", "--format", fmt, "--out", "{case}/out"]
    out["exit"] = exit_status
    out["stderr"] = stderr
    if absent:
        out["absent"] = absent
    out.update(extra)
    if exit_status != 0:
        out.setdefault("outputs", [])
    return out


def planned():
    """Every file the script owns: path relative to HERE → bytes."""
    files = {}
    for name in CASES:
        files[f"{name}/case.json"] = (json.dumps(spec(name), ensure_ascii=False, indent=2) + "\n").encode()
        for path, data in CASES[name][1].items():
            files[f"{name}/{path}"] = data.encode() if isinstance(data, str) else data
    return files


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    for path, data in sorted(planned().items()):
        target = HERE / path
        if target.exists() and target.read_bytes() == data:
            continue
        stale.append(path)
        if not check:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    if check:
        for path in stale:
            print(f"out of date: {path}")
        return 1 if stale else 0
    print(f"{len(CASES)} ooxml cases, {len(stale)} files written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
