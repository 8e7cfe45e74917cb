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
  - {id: D-01, kind: document, text: 投标函, marker: ★}
  - {id: D-02, kind: document, text: 分项报价表, marker: ★}
  - {id: D-03, kind: document, text: 技术方案, marker: ★}
  - {id: Q-01, kind: qualification, text: 具有有效的质量管理体系认证证书（ISO 9001）, marker: ★}
  - {id: T-01, kind: clause, category: technical, text: 摄像机有效像素不低于 400 万, marker: ★}
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

BID_EN = """project:
  id: defect-{rule}
  name: Harbour CCTV Renewal
  language: en
  date: 2026-12-08
  known_names: [Lakeshore Plastics Group]
tender:
  number: RFP-2026-0101
  buyer: Northfield County Council
  deadline: 2026-12-10T17:00:00+00:00
  validity_days: 90
  ceiling: 15000.00
  requirements: requirements.yaml
bidder:
  name: Harborline Consulting Ltd
  legal_representative: Daniel Whitaker
  address: 1 Harbour Street, Bristol
  validity_days: 120
  qualifications:
    - id: iso9001
      name: ISO 9001:2015 Quality Management System Certificate
      number: AQC-QMS-204871
      expires: 2028-06-30
      file: attachments/iso9001.pdf
      requirement: Q-01
pricing:
  currency: GBP
  tax_rate: 0.13
  items:
    - {{name: Network camera, unit: each, quantity: 10, unit_price: 1234.56, amount: 12345.60, unit_cost: 850}}
    - {{name: Fibre cable, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17, unit_cost: 2.1}}
  stated_total: 13512.77
parts:
  - id: commercial
    title: Commercial Proposal
    sections:
      - {{id: letter, title: Cover Letter, source: sections/letter.md, owner: Emma Clarke, due: 2026-12-05, status: done, covers: [D-01]}}
      - {{id: prices, title: Price Schedule, generate: price-schedule, owner: Jordan Lee, due: 2026-12-05, status: done, covers: [D-02]}}
      - {{id: qualifications, title: Qualifications, generate: qualification-list, owner: Jordan Lee, due: 2026-12-04, status: done}}
  - id: technical
    title: Technical Proposal
    sections:
      - {{id: solution, title: Proposed Solution, source: sections/solution.md, owner: Marcus Hale, due: 2026-12-06, status: done, covers: [D-03]}}
      - {{id: deviations, title: Technical Deviations, generate: technical-deviations, owner: Marcus Hale, due: 2026-12-06, status: done}}
"""

REQUIREMENTS_EN = """requirements:
  - {id: D-01, kind: document, text: Cover letter signed by an authorised officer, mandatory: true}
  - {id: D-02, kind: document, text: Itemised price schedule, mandatory: true}
  - {id: D-03, kind: document, text: Technical proposal, mandatory: true}
  - {id: Q-01, kind: qualification, text: Current ISO 9001 certification of the proposer, mandatory: true}
  - {id: T-01, kind: clause, category: technical, text: Cameras shall have an effective resolution of at least 4 MP, mandatory: true}
  - {id: T-02, kind: clause, category: technical, text: Recordings retained for no less than 90 days}
responses:
  - {requirement: T-01, response: comply, offer: 8 MP cameras throughout, section: solution}
  - {requirement: T-02, response: positive-deviation, offer: 180 days, explanation: Sized for 4 Mbps streams, section: solution}
"""

LETTER_EN = """To: {{tender.buyer}}

Dear Sir or Madam,

Having read {{tender.number}} in full, {{bidder.name}} offers to deliver {{project.name}} for a firm fixed
price of {{pricing.total_in_words}} ({{pricing.currency}} {{pricing.total}}), including VAT.

This proposal remains valid for {{bidder.validity_days}} days from the submission deadline.

Yours faithfully,

```signature
seal: bidder
signer: legal-representative
date: true
```
"""

SOLUTION_EN = """# Overall design

Every site gets 8 MP starlight cameras on an industrial Ethernet ring, recorded on site for 180 days
and federated to the Council's video platform over GB/T 28181.

# Delivery plan

1. Site surveys and detailed design
2. Delivery, installation and acceptance
3. Integration and go-live
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

# folder -> (what is wrong, edits: file -> [(old, new)], or None to delete the file[, extra files[, options]]).
# The folder is named after the rule it triggers; a variant adds what it shows and names its rule in
# options ({"rule": "amount-words", "language": "en"}), the English variants starting from BID_EN.
DEFECTS = {
    "load": ("The technical solution's Markdown file was deleted: `check` reports it and goes on (`build` stops).",
             {"sections/solution.md": None}),
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
    "addressee": ("The bid letter, reused from another tender, is addressed to 某市中心医院, not the buyer.",
                  {"sections/letter.md": [("致：{{tender.buyer}}", "致：某市中心医院")]}),
    "blind-technical": ("The tender asks for a blind technical volume (暗标), but the technical solution names the bidder.",
                        {"bid.yaml": [("  validity_days: 90\n", "  validity_days: 90\n  blind_technical: true\n")],
                         "sections/solution.md": [("本项目在每座变电站部署", "{{bidder.name}}在每座变电站部署")]}),
    "price-technical": ("The technical solution's equipment table offers camera model KJ-IPC-B2T20-I; the price list prices KJ-IPC-B4T40-IZ.",
                        {"bid.yaml": [("{name: 网络摄像机, unit: 台,", "{name: 网络摄像机, spec: KJ-IPC-B4T40-IZ 400万像素星光级, unit: 台,")],
                         "sections/solution.md": [("# 实施计划", "| 序号 | 设备名称 | 型号 | 数量 | 单位 |\n|---:|---|---|---:|---|\n"
                                                   "| 1 | 网络摄像机 | KJ-IPC-B2T20-I | 10 | 台 |\n\n# 实施计划")]}),
    "unbalanced-prices": ("The fibre cable is priced at 3.33 per metre against a unit cost of 4.50: far below cost, a warning.",
                          {"bid.yaml": [("unit_cost: 2.1", "unit_cost: 4.5")]}),
    "one-price-words-first": ("The bid letter states its total words first, 人民币壹万叁仟伍佰元整（¥13,500.00）: the words and the figure agree, "
                              "but not with the schedule's 13,512.77.",
                              {"sections/letter.md": [("{{pricing.total_in_words}}（¥{{pricing.total}}）", "人民币壹万叁仟伍佰元整（¥13,500.00）")]},
                              {}, {"rule": "one-price"}),
    "amount-words-table": ("A table gives the bid bond as ¥200.00 in its 小写 row and 人民币贰佰壹拾元整 in its 大写 row.",
                           {"sections/letter.md": [("本投标自投标截止之日起", "| 项目 | 金额 |\n|---|---|\n| 投标保证金（小写） | ¥200.00 |\n"
                                                    "| 投标保证金（大写） | 人民币贰佰壹拾元整 |\n\n本投标自投标截止之日起")]},
                           {}, {"rule": "amount-words"}),
    "schedule-task": ("The submission task (投标) is due 2026-12-11, after the deadline.",
                      {"bid.yaml": [("parts:\n", "tasks:\n  - {id: proofread, title: 校稿, kind: proofreading, owner: 李娜, due: 2026-12-08, status: todo}\n"
                                                 "  - {id: submit, title: 投标, kind: submission, owner: 王建国, due: 2026-12-11, status: todo}\nparts:\n")]},
                      {}, {"rule": "schedule"}),
    "qualifications-scope": ("Q-01 requires the ISO 9001 scope to include 视频监控; the certificate's scope is 计算机软件开发.",
                             {"requirements.yaml": [("（ISO 9001）, marker: ★}", "（ISO 9001）, marker: ★, scope_must_include: [视频监控]}")],
                              "bid.yaml": [("      requirement: Q-01\n", "      requirement: Q-01\n      scope: 计算机软件开发及技术服务\n")]},
                             {}, {"rule": "qualifications"}),
    "mandatory-clauses-bound": ("★ clause T-01 (不低于 400 万像素) is answered comply with 200 万像素.",
                                {"requirements.yaml": [("offer: 800 万像素", "offer: 200 万像素")]}, {}, {"rule": "mandatory-clauses"}),
    "amount-words-pounds": ("The cover letter's bid bond is Two hundred pounds only in words and GBP 210.00 in figures.",
                            {"sections/letter.md": [("This proposal remains valid", "We enclose a bid bond of Two hundred pounds only (GBP 210.00).\n\nThis proposal remains valid")]},
                            {}, {"rule": "amount-words", "language": "en"}),
    "addressee-en": ("The cover letter, reused from another RFP, opens Dear City of Springfield.",
                     {"sections/letter.md": [("Dear Sir or Madam,", "Dear City of Springfield,")]}, {}, {"rule": "addressee", "language": "en"}),
    "leftovers-en": ("The delivery plan still holds [Client Name] and <insert date>.",
                     {"sections/solution.md": [("Site surveys and detailed design", "Site surveys for [Client Name] by <insert date>")]},
                     {}, {"rule": "leftovers", "language": "en"}),
    "mandatory-clauses-en": ("T-01 requires at least 4 MP; the offer is 2 MP.",
                             {"requirements.yaml": [("offer: 8 MP cameras throughout", "offer: 2 MP cameras throughout")]},
                             {}, {"rule": "mandatory-clauses", "language": "en"}),
    "one-price-en": ("The cover letter's price, Thirteen thousand pounds only (GBP 13,000.00), is not the schedule's 13,512.77.",
                     {"sections/letter.md": [("{{pricing.total_in_words}} ({{pricing.currency}} {{pricing.total}})", "Thirteen thousand pounds only (GBP 13,000.00)")]},
                     {}, {"rule": "one-price", "language": "en"}),
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
    for folder, (what, edits, *extra) in sorted(DEFECTS.items()):
        options = extra[1] if len(extra) > 1 else {}
        rule = options.get("rule", folder)
        english = options.get("language") == "en"
        target = os.path.join(HERE, folder)
        shutil.rmtree(target, ignore_errors=True)
        files = ({"bid.yaml": BID_EN.format(rule=folder), "requirements.yaml": REQUIREMENTS_EN,
                  "sections/letter.md": LETTER_EN, "sections/solution.md": SOLUTION_EN} if english else
                 {"bid.yaml": BID.format(rule=folder), "requirements.yaml": REQUIREMENTS,
                  "sections/letter.md": LETTER, "sections/solution.md": SOLUTION})
        for name, changes in edits.items():
            if changes is None:
                del files[name]
                continue
            for old, new in changes:
                if old not in files.get(name, ""):
                    raise SystemExit(f"{folder}: '{old}' not in {name}")
                files[name] = files[name].replace(old, new, 1)
        for name, content in files.items():
            write(os.path.join(target, name), content)
        write(os.path.join(target, "attachments", "iso9001.pdf"), PDF)
        for name, make in (extra[0] if extra else {}).items():
            write(os.path.join(target, name), make())
        write(os.path.join(target, "README.md"), f"# Defect: `{rule}`\n\n{what}\n")


if __name__ == "__main__":
    main()
