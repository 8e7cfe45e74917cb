#!/usr/bin/env python3
"""Writes the buyer's Word forms of this sample, reproducibly.

    python3 make_forms.py           # (re)writes power-of-attorney.docx next to this script
    python3 make_forms.py --check   # exits 1 when the committed file differs from what it would write

The form is the 授权委托书 as the buyer issued it in 第六章 投标文件格式, with its blanks replaced by
BidKit {{fields}} the way a bid assistant types them in Word: Word splits some of them over several
runs (spell-check marks, a bold or underlined part), which BidKit has to read through.

Only the standard library: zipfile with fixed timestamps and stored (uncompressed) entries, so the
bytes do not depend on the clock or on the zlib version.
"""

import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FIXED_TIME = (1980, 1, 1, 0, 0, 0)


# --- WordprocessingML helpers -------------------------------------------------------------------

def run(text, bold=False, italic=False, underline=False, rsid="00D41C2A"):
    props = ""
    if bold:
        props += "<w:b/>"
    if italic:
        props += "<w:i/>"
    if underline:
        props += '<w:u w:val="single"/>'
    rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
    return f'<w:r w:rsidR="{rsid}">{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def proof(kind):
    return f'<w:proofErr w:type="{kind}"/>'


def para(*runs, style=None, jc=None, indent=True):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if indent:
        ppr += '<w:spacing w:line="440" w:lineRule="exact"/><w:ind w:firstLineChars="200" w:firstLine="480"/>'
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{''.join(runs)}</w:p>"


def cell(content, width, span=1, header=False):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        tcpr += f'<w:gridSpan w:val="{span}"/>'
    tcpr += '<w:vAlign w:val="center"/>'
    body = content if content.startswith("<w:p") else para(run(content, bold=header), jc="center", indent=False) if content else "<w:p/>"
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"


def row(*cells, header=False):
    trpr = '<w:trPr><w:trHeight w:val="680"/>' + ("<w:tblHeader/>" if header else "") + "</w:trPr>"
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


# --- the form ---------------------------------------------------------------------------------------

def document_xml():
    grid = [2400, 3300, 3300]
    borders = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                      for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
    table = (
        "<w:tbl>"
        f'<w:tblPr><w:tblW w:w="{sum(grid)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>{borders}</w:tblBorders></w:tblPr>'
        "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in grid) + "</w:tblGrid>"
        + row(cell("签署人", grid[0], header=True), cell("姓名", grid[1], header=True),
              cell("签字或盖章", grid[2], header=True), header=True)
        + row(cell("法定代表人", grid[0]),
              cell(para(run("{{bidder.legal_representative}}"), jc="center", indent=False), grid[1]),
              cell("", grid[2]))
        + row(cell("委托代理人", grid[0]),
              # Split by Word: "{{bidder." | proofing mark | "authorized_agent" | "}}".
              cell(para(run("{{bidder."), proof("spellStart"), run("authorized_agent", rsid="00E7316B"),
                        proof("spellEnd"), run("}}"), jc="center", indent=False), grid[1]),
              cell("", grid[2]))
        + row(cell("投标人（盖章）", grid[0]),
              cell(para(run("{{bidder.name}}"), jc="center", indent=False), grid[1] + grid[2], span=2))
        + row(cell("日期", grid[0]),
              cell(para(run("{{project.date}}"), jc="center", indent=False), grid[1] + grid[2], span=2))
        + "</w:tbl>"
    )
    body = "".join([
        para(run("授权委托书"), style="1", indent=False),
        para(run("致："), run("{{tender.buyer}}", underline=True), indent=False),
        para(
            run("本人"),
            # Split by Word over three runs with different formatting: the value takes the first one's
            # (underlined), whatever the bold middle part says.
            run("{{bidder.", underline=True), run("legal_", bold=True, underline=True, rsid="00E7316B"),
            run("representative}}", rsid="00E7316B"),
            run("（姓名）系"),
            run("{{bid", underline=True), proof("spellStart"), run("der.name", underline=True, rsid="00E7316B"),
            proof("spellEnd"), run("}}", underline=True),
            run("（投标人名称）的法定代表人，现委托"),
            run("{{bidder.authorized_agent}}", underline=True),
            run("（姓名）为我方代理人。代理人根据授权，以我方名义签署、澄清、说明、补正、递交、撤回、修改"),
            run("{{project.name}}", underline=True),
            run("（招标编号："),
            run("{{tender.", underline=True), run("number}}", underline=True, rsid="00E7316B"),
            run("）投标文件、签订合同和处理有关事宜，其法律后果由我方承担。"),
        ),
        para(
            run("委托期限：自本授权委托书签署之日起至投标有效期届满之日止（投标有效期为自投标截止之日起"),
            run("{{bidder.validity_days}}", underline=True),
            run("日历天）。"),
        ),
        para(run("代理人无转委托权。")),
        para(run("附：法定代表人及委托代理人居民身份证复印件（正反面）。")),
        para(indent=False),
        table,
        para(indent=False),
        para(run("注：", bold=True),
             run("本授权委托书须由法定代表人签字或盖章并加盖投标人公章；由法定代表人本人签署投标文件的，可不提交本授权委托书。",
                 italic=True)),
    ])
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1440" w:right="1800" w:bottom="1440" w:left="1800" w:header="851" w:footer="992" w:gutter="0"/>'
            '<w:docGrid w:type="lines" w:linePitch="312"/></w:sectPr>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{body}{sect}</w:body></w:document>')


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:eastAsia="宋体" w:hAnsi="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style><w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:next w:val="a"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="240"/><w:jc w:val="center"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:b/><w:sz w:val="36"/></w:rPr></w:style><w:style w:type="table" w:default="1" w:styleId="a1"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>"""

PACKAGE_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"""

DOCUMENT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"""


def docx_bytes(parts):
    import io
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            info.compress_type = zipfile.ZIP_STORED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


FORMS = {
    "power-of-attorney.docx": [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("word/document.xml", None),  # filled below
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
    ],
}


def main(argv):
    check = "--check" in argv
    stale = []
    for name, parts in FORMS.items():
        data = docx_bytes([(n, document_xml() if t is None else t) for n, t in parts])
        path = HERE / name
        if check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(name)
        else:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path} ({len(data)} bytes)")
    if stale:
        print("out of date (run make_forms.py): " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
