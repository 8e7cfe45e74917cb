import BidKit
import BidKitDocxReader
import BidKitTestSupport
import Foundation
import Testing

/// A project whose bid letter is the buyer's .docx form, through load → assemble → check.
@Suite("Buyer forms in a bid project")
struct FormSectionTests {
    static let bidYAML = """
        project:
          id: mini
          name: 测试项目
          language: zh
          date: 2026-12-08
        tender:
          number: ZB-1
          buyer: 某供电公司
          deadline: 2026-12-10T09:30:00+08:00
          validity_days: 90
          requirements: requirements.yaml
        bidder:
          name: 某某科技有限公司
          legal_representative: 王建国
          authorized_agent: 李娜
          address: 某市创新路 1 号
          validity_days: 120
        pricing:
          items:
            - {name: 摄像机, unit: 台, quantity: 10, unit_price: 1000}
        parts:
          - id: commercial
            title: 商务部分
            sections:
              - {id: letter, title: 投标函, source: forms/letter.docx, owner: 李娜, due: 2026-12-05, status: done, covers: [D-01]}

        """

    static let requirementsYAML = """
        requirements:
          - {id: D-01, kind: document, text: 投标函, mandatory: true}

        """

    /// The buyer's letter: a centred bold title, a placeholder Word split over three runs with different
    /// formatting, one with a proofing mark inside, and a signature table.
    static func letterBody(extra: String = "") -> String {
        para(run("投标函", "<w:b/>"), pPr: #"<w:jc w:val="center"/>"#)
            + para(run("致："), run("{{tender.buyer}}", "<w:u w:val=\"single\"/>"))
            + para(run("我方"), run("{{bid", "<w:u w:val=\"single\"/>"), run("der.", "<w:b/><w:u w:val=\"single\"/>"),
                   run("name}}", "<w:i/>"), run("愿参加招标编号为"), run("{{tender."), #"<w:proofErr w:type="spellStart"/>"#,
                   run("number"), #"<w:proofErr w:type="spellEnd"/>"#, run("}}"), run("的投标。"))
            + extra
            + signatureTable
    }

    static let signatureTable = "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"7000\"/></w:tblGrid>"
        + "<w:tr>\(cell("投标人（盖章）"))\(cell("{{bidder.name}}"))</w:tr>"
        + "<w:tr>\(cell("法定代表人（签字）"))\(cell("{{bidder.legal_representative}}"))</w:tr></w:tbl>"

    /// The check day the tests pin (the deadline's week), so no result depends on the clock.
    static let checkDay = CalendarDay(year: 2026, month: 12, day: 7)

    private func project(body: String = letterBody()) throws -> (TemporaryDirectory, String) {
        let tmp = try TemporaryDirectory()
        let root = try tmp.subdirectory("mini")
        try Self.bidYAML.write(toFile: root + "/bid.yaml", atomically: true, encoding: .utf8)
        try Self.requirementsYAML.write(toFile: root + "/requirements.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: root + "/forms", withIntermediateDirectories: true)
        try Data(DocxFixture.docx(body: body)).write(to: URL(fileURLWithPath: root + "/forms/letter.docx"))
        return (tmp, root)
    }

    @Test func theFilledFormIsTheSection() throws {
        let (tmp, root) = try project()
        _ = tmp
        let bid = try Assembler.assemble(try ProjectLoader.load(folder: root))
        let section = try #require(bid.package.sections.first)
        #expect(section.kind == "docx-form")
        #expect(section.source == "forms/letter.docx")
        #expect(section.number == "一、")
        #expect(section.blocks.withoutLayout == [
            .paragraph(Paragraph([.strong([.text("投标函")])], alignment: .center)),
            .paragraph(Paragraph([.text("致："), .underline([.text("某供电公司")])])),
            .paragraph(Paragraph([.text("我方"), .underline([.text("某某科技有限公司")]), .text("愿参加招标编号为ZB-1的投标。")])),
            .table(Table(columns: [Table.Column(weight: 30), Table.Column(weight: 70)], body: [
                Table.Row([Table.Cell("投标人（盖章）"), Table.Cell("某某科技有限公司")]),
                Table.Row([Table.Cell("法定代表人（签字）"), Table.Cell("王建国")]),
            ])),
        ])
        #expect(bid.sources["letter"] == nil)

        let report = Checker.check(bid, asOf: Self.checkDay)
        #expect(report.errors == 0, "\(report.findings)")
        #expect(report.coverage.covered == ["D-01"])
    }

    @Test func anUnknownFieldIsALoadErrorNamingTheParagraph() throws {
        let (tmp, root) = try project(body: Self.letterBody(extra: para(run("有效期"), run("{{bidder.valid"), run("ty_days}}", "<w:b/>"), run("天"))))
        _ = tmp
        let project = try ProjectLoader.load(folder: root)
        let error = try #require(throws: LoadError.self) { try Assembler.assemble(project) }
        #expect(error.location == SourceLocation(file: root + "/forms/letter.docx", line: 4, column: 0))
        #expect(error.message == "unknown field '{{bidder.validty_days}}' in paragraph 4 of word/document.xml; did you mean 'bidder.validity_days'?")
        #expect(error.description.hasPrefix(root + "/forms/letter.docx:4:1: error: unknown field"))
    }

    @Test func everyUnknownFieldIsReported() throws {
        let (tmp, root) = try project(body: para(run("{{bidder.nmae}}")) + para(run("{{tender.numbr}} {{x}}")))
        _ = tmp
        let project = try ProjectLoader.load(folder: root)
        let errors = try #require(throws: LoadErrors.self) { try Assembler.assemble(project) }
        #expect(errors.errors.map(\.location.line) == [1, 2, 2])
    }

    @Test func aDamagedFormIsALoadErrorAtTheFile() throws {
        let (tmp, root) = try project()
        _ = tmp
        try Data("PK this is not really a zip".utf8).write(to: URL(fileURLWithPath: root + "/forms/letter.docx"))
        let project = try ProjectLoader.load(folder: root)
        let error = try #require(throws: LoadError.self) { try Assembler.assemble(project) }
        #expect(error.location == SourceLocation(file: root + "/forms/letter.docx"))
        #expect(error.message.hasPrefix("is not a .docx file (damaged zip archive"))
    }

    @Test func loaderErrorsForFormSources() throws {
        let (tmp, root) = try project()
        _ = tmp
        for (source, message) in [
            ("forms/missing.docx", "Word form 'forms/missing.docx' not found"),
            ("forms/letter.doc", "'forms/letter.doc' is a Word 97-2003 document; save the form as .docx"),
            ("../outside.docx", "path '../outside.docx' escapes the project folder"),
        ] {
            try Self.bidYAML.replacingOccurrences(of: "forms/letter.docx", with: source)
                .write(toFile: root + "/bid.yaml", atomically: true, encoding: .utf8)
            let error = try #require(throws: LoadError.self) { try ProjectLoader.load(folder: root) }
            #expect(error.message.hasPrefix(message), "\(error)")
            #expect(error.location.file == root + "/bid.yaml")
        }
    }

    @Test func blanksLeftInTheBuyersFormAreLeftovers() throws {
        let (tmp, root) = try project(body: Self.letterBody(extra: para(run("日期：    年   月   日")) + para(run("签字：________"))))
        _ = tmp
        let report = Checker.check(try Assembler.assemble(try ProjectLoader.load(folder: root)), asOf: Self.checkDay)
        let leftovers = report.findings.filter { $0.rule == "leftovers" }
        #expect(leftovers.count == 2, "\(report.findings)")
        for finding in leftovers {
            #expect(finding.location == SourceLocation(file: root + "/forms/letter.docx"))
            #expect(finding.message.hasPrefix("章节“投标函”中有"))
        }
    }

    @Test func aSealedFormNeedsItsSealAndSignatureLines() throws {
        // The bid letter form without its signature table: nowhere to seal or sign.
        let body = para(run("投标函", "<w:b/>")) + para(run("我方{{bidder.name}}愿参加投标。"))
        let (tmp, root) = try project(body: body)
        _ = tmp
        let report = Checker.check(try Assembler.assemble(try ProjectLoader.load(folder: root)), asOf: Self.checkDay)
        let findings = report.findings.filter { $0.rule == "signatures" }
        #expect(findings.map(\.message) == ["表格“投标函”没有投标人的盖章处和签字处"])
        #expect(findings.first?.location == SourceLocation(file: root + "/forms/letter.docx"))
    }

    /// The Chinese sample's power of attorney is the buyer's form, filled.
    @Test func theSamplePowerOfAttorneyIsFilled() throws {
        let folder = TestPaths.packageRoot + "/Samples/substation-video-tender"
        let bid = try Assembler.assemble(try ProjectLoader.load(folder: folder))
        let section = try #require(bid.package.sections.first { $0.id == "power-of-attorney" })
        #expect(section.kind == "docx-form")
        #expect(section.source == "forms/power-of-attorney.docx")
        let text = Block.textUnits(section.blocks).joined(separator: "\n")
        for value in ["澄州启衡智能科技有限公司", "王建国", "陈志远", "LLGD-ZB-2026-0457", "国网临澜市供电公司2026年变电站视频监控及网络升级改造项目", "120"] {
            #expect(text.contains(value), "missing \(value)")
        }
        #expect(!text.contains("{{"))
        // Split over three runs in the form ("{{bidder." underlined, "legal_" bold, "representative}}" plain):
        // the name takes the underline of the run where the field starts.
        #expect(section.blocks.contains { block in
            if case .paragraph(let p) = block { return p.content.starts(with: [.text("本人"), .underline([.text("王建国")])]) }
            return false
        })
        #expect(section.blocks.contains { if case .table = $0 { return true } else { return false } })
    }
}
