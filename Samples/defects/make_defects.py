#!/usr/bin/env python3
"""Writes Samples/defects/<rule-id>/: one small bid project per checker rule, each the same clean
base with exactly one defect, so `bidkit check` on it reports that rule and no other error.
Run from anywhere: python3 Samples/defects/make_defects.py (stdlib only, deterministic)."""
import io
import os
import shutil
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

BID = """project:
  id: defect-{rule}
  name: 某供电公司变电站视频监控改造项目
  language: zh
  date: 2026-12-08
  known_names: [某市自来水公司]
tender:
  number: ZB-2026-0101
  buyer: 某供电公司
  deadline: 2026-12-10T09:30:00+08:00
  validity_days: 90
  ceiling: 15000.00
  bid_bond: 200.00
  requirements: requirements.yaml
bidder:
  name: 某某智能科技有限公司
  legal_representative: 王建国
  address: 某市高新区创新路 88 号
  validity_days: 120
  bid_bond: 200.00
  qualifications:
    - id: iso9001
      name: 质量管理体系认证证书（ISO 9001）
      number: 00124Q35678R2M
      issuer: 中国质量认证中心
      expires: 2028-06-30
      file: attachments/iso9001.pdf
      requirement: Q-01
pricing:
  tax_rate: 0.13
  items:
    - {{name: 网络摄像机, unit: 台, quantity: 10, unit_price: 1234.56, amount: 12345.60, unit_cost: 850}}
    - {{name: 光缆, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17, unit_cost: 2.1}}
  stated_total: 13512.77
parts:
  - id: commercial
    title: 商务部分
    sections:
      - {{id: letter, title: 投标函, source: sections/letter.md, owner: 李娜, due: 2026-12-05, status: done, covers: [D-01]}}
      - {{id: prices, title: 分项报价表, generate: price-schedule, owner: 李娜, due: 2026-12-05, status: done, covers: [D-02]}}
      - {{id: qualifications, title: 资格证明文件, generate: qualification-list, owner: 李娜, due: 2026-12-04, status: done}}
  - id: technical
    title: 技术部分
    sections:
      - {{id: solution, title: 技术方案, source: sections/solution.md, owner: 周明, due: 2026-12-06, status: done, covers: [D-03]}}
      - {{id: deviations, title: 技术偏离表, generate: technical-deviations, owner: 周明, due: 2026-12-06, status: done}}
"""

REQUIREMENTS = """requirements:
  - {id: D-01, kind: document, text: 投标函, mandatory: true}
  - {id: D-02, kind: document, text: 分项报价表, mandatory: true}
  - {id: D-03, kind: document, text: 技术方案, mandatory: true}
  - {id: Q-01, kind: qualification, text: 具有有效的质量管理体系认证证书（ISO 9001）, mandatory: true}
  - {id: T-01, kind: clause, category: technical, text: 摄像机有效像素不低于 400 万, mandatory: true}
  - {id: T-02, kind: clause, category: technical, text: 录像存储时间不少于 90 天}
responses:
  - {requirement: T-01, response: comply, offer: 800 万像素, section: solution}
  - {requirement: T-02, response: positive-deviation, offer: 180 天, explanation: 按 4 Mbps 码流配置存储, section: solution}
"""

LETTER = """致：{{tender.buyer}}

根据贵方 {{project.name}}（招标编号：{{tender.number}}）招标文件的要求，我方 {{bidder.name}} 愿以投标总报价
{{pricing.total_in_words}}（¥{{pricing.total}}）完成本项目的供货、安装、调试及售后服务。

本投标自投标截止之日起 {{bidder.validity_days}} 日历天内有效。

```signature
seal: bidder
signer: legal-representative
date: true
```
"""

SOLUTION = """# 总体方案

本项目在每座变电站部署 800 万像素星光级网络摄像机，经工业以太网交换机接入站端 NVR，录像保存 180 天，
并通过 GB/T 28181 协议接入贵方统一视频监控平台。

# 实施计划

1. 现场勘察与深化设计
2. 设备到货验收与安装
3. 系统联调与平台接入
"""

def foreign_reference_docx():
    """A minimal reference .docx whose properties still name the template's author and company."""
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:body><w:p/></w:body></w:document>',
        # A reference document needs its styles (BidKit reads the reference at assembly, as the DOCX renderer will).
        "word/styles.xml": '<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>',
        "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>某设计院 张工</dc:creator><cp:lastModifiedBy>某设计院 张工</cp:lastModifiedBy></cp:coreProperties>',
        "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Company>某设计院有限公司</Company></Properties>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        for name, xml in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            z.writestr(info, xml.encode("utf-8"))
    return buffer.getvalue()


def certificate_pdf(lines):
    """A real one-page A4 PDF (Helvetica text, correct cross-reference table): the build places
    the certificate's pages in the bid, so the scan must be a PDF poppler can read."""
    text = "BT /F1 20 Tf 72 760 Td " + " ".join(f"({line}) Tj 0 -32 Td" for line in lines) + " ET"
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 4 0 R>>>>/Contents 5 0 R>>",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
        b"<</Length %d>>stream\n" % len(text) + text.encode("ascii") + b"\nendstream",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<</Size %d/Root 1 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


PDF = certificate_pdf(["ISO 9001:2015 Certificate", "Certificate no.: 00124Q35678R2M", "Fictional: for BidKit tests"])

# rule id -> (what is wrong, edits: file -> [(old, new)])
DEFECTS = {
    "required-documents": ("技术方案 (D-03, ★) is required but no section covers it.",
                           {"bid.yaml": [(", covers: [D-03]}", "}")]}),
    "mandatory-clauses": ("★ clause T-01 is answered with a negative deviation.",
                          {"requirements.yaml": [("{requirement: T-01, response: comply, offer: 800 万像素",
                                                  "{requirement: T-01, response: negative-deviation, offer: 200 万像素")]}),
    "amount-words": ("The bid letter's amount in words (…柒角柒分) disagrees with the figure beside it (¥13,512.70).",
                     {"sections/letter.md": [("{{pricing.total_in_words}}（¥{{pricing.total}}）",
                                              "{{pricing.total_in_words}}（¥13,512.70）")]}),
    "one-price": ("pricing.stated_total (13,500.00) differs from the price schedule's total (13,512.77).",
                  {"bid.yaml": [("stated_total: 13512.77", "stated_total: 13500.00")]}),
    "price-arithmetic": ("Line 2's amount (1,167.00) is not 350.5 × 3.33 = 1,167.17.",
                         {"bid.yaml": [("amount: 1167.17", "amount: 1167.00")]}),
    "price-ceiling": ("The total 13,512.77 exceeds the ceiling price 13,000.00.",
                      {"bid.yaml": [("ceiling: 15000.00", "ceiling: 13000.00")]}),
    "validity": ("The bid is valid for 60 days; the tender requires 90.",
                 {"bid.yaml": [("  validity_days: 120", "  validity_days: 60")]}),
    "qualifications": ("The ISO 9001 certificate expires 2026-11-30, before the submission deadline.",
                       {"bid.yaml": [("expires: 2028-06-30", "expires: 2026-11-30")]}),
    "signatures": ("The bid letter carries no seal and signature block.",
                   {"sections/letter.md": [("```signature\nseal: bidder\nsigner: legal-representative\ndate: true\n```\n", "")]}),
    "bid-bond": ("The bid bond provided (100.00) is less than the 200.00 the tender requires.",
                 {"bid.yaml": [("  bid_bond: 200.00\n  qualifications", "  bid_bond: 100.00\n  qualifications")]}),
    "identity": ("Reused boilerplate in the technical solution still names another buyer (某市自来水公司).",
                 {"sections/solution.md": [("并通过 GB/T 28181", "参照某市自来水公司项目经验，并通过 GB/T 28181")]}),
    "leftovers": ("The technical solution still holds a TODO marker.",
                  {"sections/solution.md": [("3. 系统联调与平台接入", "3. 系统联调与平台接入（TODO：补充工期）")]}),
    "conditional-price": ("The bid letter attaches a condition to the price (另行报价): a warning.",
                          {"sections/letter.md": [("完成本项目的供货", "完成本项目（运输费用另行报价）的供货")]}),
    "schedule": ("The technical solution is due 2026-12-11, after the submission deadline.",
                 {"bid.yaml": [("owner: 周明, due: 2026-12-06, status: done, covers: [D-03]",
                                "owner: 周明, due: 2026-12-11, status: done, covers: [D-03]")]}),
    "docx-metadata": ("The project's reference DOCX still names the template's author and company (某设计院): a warning.",
                      {"bid.yaml": [("  known_names: [某市自来水公司]", "  known_names: [某市自来水公司]\n  reference_docx: styles/reference.docx")]},
                      {"styles/reference.docx": foreign_reference_docx}),
    "margin-floor": ("Unit costs leave a gross margin of about 5%, below the 10% floor: a warning.",
                     {"bid.yaml": [("unit_cost: 850", "unit_cost: 1050")]}),
    "submission": ("The platform wants files named after the tender number (ZB-2026-0101-*.pdf); the build would write defect-submission.pdf.",
                   {"bid.yaml": [("\nparts:\n", "\nsubmission:\n  formats: [pdf]\n  max_file_size: 10MB\n  file_name: \"ZB-2026-0101-*.pdf\"\n\nparts:\n")]}),
}


def write(path, content):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    mode = "wb" if isinstance(content, bytes) else "w"
    with open(path, mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(content)


def main():
    for rule, (what, edits, *extra) in sorted(DEFECTS.items()):
        folder = os.path.join(HERE, rule)
        shutil.rmtree(folder, ignore_errors=True)
        files = {"bid.yaml": BID.format(rule=rule), "requirements.yaml": REQUIREMENTS,
                 "sections/letter.md": LETTER, "sections/solution.md": SOLUTION}
        for name, changes in edits.items():
            for old, new in changes:
                if old not in files[name]:
                    raise SystemExit(f"{rule}: '{old}' not in {name}")
                files[name] = files[name].replace(old, new, 1)
        for name, content in files.items():
            write(os.path.join(folder, name), content)
        write(os.path.join(folder, "attachments", "iso9001.pdf"), PDF)
        for name, make in (extra[0] if extra else {}).items():
            write(os.path.join(folder, name), make())
        write(os.path.join(folder, "README.md"), f"# Defect: `{rule}`\n\n{what}\n")


if __name__ == "__main__":
    main()
