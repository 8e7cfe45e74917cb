import Foundation
import Testing
@testable import BidKit

@Suite("Assembling sections into the package")
struct AssemblyTests {
    private func blocks(_ markdown: String, language: String = "zh", extra: [String: String?] = [:]) throws -> [Block] {
        var files = extra
        files["sections/letter.md"] = markdown
        if language == "en" { files["bid.yaml"] = TestProject.bid(replacing: "language: zh", with: "language: en") }
        let bid = try TestProject(files).assemble()
        return try #require(bid.package.sections.first { $0.id == "letter" }).blocks
    }

    @Test func fieldsResolveEvenWhenCmarkSplitsTheText() throws {
        let b = try blocks("金额 {{pricing.total_in_words}} ¥{{pricing.total}} 招标编号 {{tender.number}}")
        guard case .paragraph(let p) = b.first else { Issue.record("expected a paragraph"); return }
        #expect(p.content.plainText.contains("¥13,512.77"))
        #expect(p.content.plainText.contains("ZB-1"))
        #expect(!p.content.plainText.contains("{{"))
    }

    @Test func unknownFieldIsALoadErrorAtItsPosition() throws {
        let p = try TestProject(["sections/letter.md": "第一行\n\n投标人 {{bidder.nmae}}"])
        let e = try #require(loadError { _ = try p.assemble() })
        #expect(e.location.file.hasSuffix("sections/letter.md"))
        #expect(e.location.line == 3 && e.location.column == 5)
        #expect(e.message.contains("did you mean 'bidder.name'?"))
    }

    @Test func chineseHeadingNumbers() throws {
        let b = try blocks("# 甲\n\n## 乙\n\n### 丙\n\n## 丁\n\n# 戊\n")
        let headings = b.compactMap { if case .heading(let h) = $0 { return (h.number, h.anchor, h.level) } else { return nil } }
        #expect(headings.map(\.0) == ["（一）", "1.", "(1)", "2.", "（二）"])
        #expect(headings.map(\.1) == ["letter-1", "letter-1-1", "letter-1-1-1", "letter-1-2", "letter-2"])
        #expect(headings.map(\.2) == [3, 4, 5, 4, 3])
    }

    @Test func englishHeadingNumbersAreDecimal() throws {
        let bid = try TestProject([
            "bid.yaml": TestProject.bid(replacing: "language: zh", with: "language: en"),
            "sections/letter.md": "# A\n\n## B\n",
        ]).assemble()
        #expect(bid.package.parts[0].number == "1")
        let letter = try #require(bid.package.sections.first { $0.id == "letter" })
        #expect(letter.number == "1.1")
        let numbers = letter.blocks.compactMap { if case .heading(let h) = $0 { return h.number } else { return nil } }
        #expect(numbers == ["1.1.1", "1.1.1.1"])
    }

    @Test func partAndSectionNumbersAndTOC() throws {
        let bid = try TestProject().assemble()
        #expect(bid.package.parts[0].numberedTitle == "第一章 商务部分")
        #expect(bid.package.sections.map(\.numberedTitle) == ["目录", "一、投标函", "二、分项报价表"])
        guard case .toc(let entries) = bid.package.sections[0].blocks.first else { Issue.record("no toc"); return }
        #expect(entries.map(\.anchor) == ["commercial", "letter", "prices"])
    }

    @Test func gfmBlocks() throws {
        let md = """
            **粗体** *斜体* ~~删除~~ `代码` [链接](https://example.com) 和 https://example.org 自动链接\\
            换行

            1. 一
               - 二
                 1. 三
            2. 四

            | 名称 | 数量 |
            |:--|--:|
            | 摄像机 | 10 |

            > 引用

            ---

            <!-- pagebreak -->

            <b>raw</b>
            """
        let b = try blocks(md)
        guard case .paragraph(let p) = b[0] else { Issue.record("paragraph"); return }
        #expect(p.content.contains(.strong([.text("粗体")])))
        #expect(p.content.contains(.emphasis([.text("斜体")])))
        #expect(p.content.contains(.strikethrough([.text("删除")])))
        #expect(p.content.contains(.code("代码")))
        #expect(p.content.contains(.link(url: "https://example.com", content: [.text("链接")])))
        #expect(p.content.contains(.link(url: "https://example.org", content: [.text("https://example.org")])))
        #expect(p.content.contains(.lineBreak))
        guard case .list(let outer) = b[1], case .list(let mid)? = outer.items[0].last, case .list(let inner)? = mid.items[0].last else {
            Issue.record("nested lists"); return
        }
        #expect(outer.ordered && !mid.ordered && inner.ordered)
        guard case .table(let t) = b[2] else { Issue.record("table"); return }
        #expect(t.columns.map(\.alignment) == [.left, .right])
        #expect(t.header.count == 1 && t.body.count == 1)
        if case .quote = b[3] {} else { Issue.record("quote") }
        #expect(b[4] == .thematicBreak)
        #expect(b[5] == .pageBreak)
        // Raw HTML is never interpreted nor printed as source: the tags are left out (with a warning), the text stays.
        #expect(b[6] == .paragraph(Paragraph([.text("raw")])))
    }

    @Test func imagesAreEmbeddedAndConfined() throws {
        let p = try TestProject(["sections/letter.md": "图示：\n\n![拓扑图](../images/topo.png \"系统拓扑\")\n"])
        try p.writeBytes("images/topo.png", pngBytes())
        let bid = try p.assemble()
        let letter = try #require(bid.package.sections.first { $0.id == "letter" })
        // A picture with a caption is a numbered figure (issue 15 item 4).
        #expect(letter.blocks.contains(.image(Image(resource: "images/topo.png", alt: "拓扑图", title: "系统拓扑", label: "图 1", anchor: "figure-1"))))
        #expect(bid.package.resources.first?.mediaType == "image/png")

        try p.write("sections/letter.md", "![x](../../outside.png)\n")
        #expect(loadError { _ = try p.assemble() }?.message.contains("escapes the project folder") == true)
        try p.write("sections/letter.md", "![x](../images/missing.png)\n")
        let missing = try #require(loadError { _ = try p.assemble() })
        #expect(missing.message.contains("not found") && missing.location.line == 1)
        try p.write("images/fake.png", "not an image")
        try p.write("sections/letter.md", "![x](../images/fake.png)\n")
        #expect(loadError { _ = try p.assemble() }?.message.contains("not a PNG, JPEG, GIF, WebP or SVG file") == true)
    }

    @Test func signatureBlock() throws {
        let b = try blocks("```signature\nseal: bidder\nsigner: legal-representative\ndate: true\n```\n")
        #expect(b == [.signature(Signature(slots: [
            .init(kind: .seal, label: "投标人（盖章）", value: "某某科技有限公司"),
            .init(kind: .signature, label: "法定代表人（签字）", value: "王建国"),
            .init(kind: .date, label: "日期", value: "2026年12月8日"),
        ]))])
        let bad = try TestProject(["sections/letter.md": "正文\n\n```signature\nseal: bidder\nsigner: ceo\n```\n"])
        let e = try #require(loadError { _ = try bad.assemble() })
        #expect(e.location.line == 5)
    }

    @Test func priceScheduleCarriesEveryLineAndTotals() throws {
        let bid = try TestProject().assemble()
        let prices = try #require(bid.package.sections.first { $0.id == "prices" })
        let table = try #require(prices.blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }.first)
        #expect(table.role == "price-schedule")
        #expect(table.body.count == 2)
        let footer = table.footer.map { Block.textUnits($0.cells.flatMap(\.blocks)) }
        #expect(footer.contains { $0.contains("13,512.77") && $0.contains("投标总价") })
        #expect(footer.contains { $0.contains("其中：增值税（13%）") && $0.contains("1,554.57") })
        #expect(table.columns[7].alignment == .right)
    }

    @Test func charactersXMLForbidsAreRemovedWithAWarningNamingTheSection() throws {
        let bid = try TestProject(["sections/letter.md": "控制字符\u{01}在此\u{0B}，制表\t保留。\n"]).assemble()
        let letter = try #require(bid.package.sections.first { $0.id == "letter" })
        #expect(Block.textUnits(letter.blocks).joined() == "控制字符在此，制表\t保留。")
        #expect(bid.warnings == ["section 一、投标函 (letter): removed 2 character(s) not allowed in XML 1.0 (U+0001, U+000B)"])
    }

    @Test func controlCharactersFromYAMLFieldsAreRemovedToo() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "  address: 某市创新路 1 号", with: "  address: \"某市创新路\\x01 1 号\""),
                                 "sections/letter.md": "地址：{{bidder.address}}\n"])
        let bid = try p.assemble()
        let letter = try #require(bid.package.sections.first { $0.id == "letter" })
        #expect(Block.textUnits(letter.blocks) == ["地址：某市创新路 1 号"])
        #expect(bid.warnings.count == 1)
    }

    @Test func buildPrintsAssemblyWarnings() throws {
        let p = try TestProject(["sections/letter.md": "控制字符\u{01}。\n"])
        let r = try CLI.run(["build", p.path, "--format", "txt", "--out", p.path + "/dist"])
        #expect(r.status == 0)
        #expect(r.stderr.contains("warning: section 一、投标函 (letter): removed 1 character(s)"))
    }

    @Test func assemblyIsDeterministic() throws {
        let p = try TestProject()
        let a = PackageWire.encode(try p.assemble().package)
        let b = PackageWire.encode(try p.assemble().package)
        #expect(a == b)
    }
}
