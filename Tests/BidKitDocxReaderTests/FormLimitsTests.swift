import BidKitDocxReader
import BidKitModel
import BidKitTestSupport
import Foundation
import Testing

/// The documented limits on buyer forms (docs/bid-project.md, "Limits on Word files"): what a hostile
/// form could otherwise make the reader — and every renderer after it — spend.
@Suite struct FormLimitsTests {
    private func read(_ body: String) throws -> DocxForm {
        try DocxForm(bytes: DocxFixture.docx(body: body), file: "forms/x.docx")
    }

    private func message(_ body: String) -> String? {
        do {
            _ = try read(body)
            return nil
        } catch let error as DocxReadError {
            return error.message
        } catch {
            return "\(error)"
        }
    }

    static func nested(_ depth: Int) -> String {
        var inner = para(run("最里层"))
        for _ in 0..<depth { inner = "<w:tbl><w:tblGrid><w:gridCol w:w=\"1000\"/></w:tblGrid><w:tr><w:tc>\(inner)</w:tc></w:tr></w:tbl>" }
        return inner
    }

    @Test func tablesNestUpToSixteenDeep() throws {
        var blocks = try read(Self.nested(16)).fill { _ in nil }.blocks
        var depth = 0
        while case .table(let table)? = blocks.first {
            depth += 1
            blocks = table.body.first?.cells.first?.blocks ?? []
        }
        #expect(depth == 16)
        #expect(blocks.withoutLayout == [.paragraph(Paragraph([.text("最里层")]))])
    }

    @Test(arguments: [17, 35])
    func deeperTablesAreRefusedNamingTheForm(_ depth: Int) {
        // 35 levels took the text renderer over 30 s; past 16 the form is refused before any renderer sees it.
        #expect(message(Self.nested(depth)) == "word/document.xml nests tables more than 16 deep (at paragraph 1), the limit for Word forms")
    }

    @Test func contentControlsNestUpToTheXMLDepthCap() throws {
        // document, body, then two elements a level, then p, r, t: 125 levels are 255 deep, 126 are 257.
        func nested(_ n: Int) -> String {
            String(repeating: "<w:sdt><w:sdtContent>", count: n) + para(run("深处")) + String(repeating: "</w:sdtContent></w:sdt>", count: n)
        }
        #expect(try read(nested(125)).fill { _ in nil }.blocks.withoutLayout == [.paragraph(Paragraph([.text("深处")]))])
        #expect(message(nested(126)) == "word/document.xml nests elements more than 256 deep (line 2), the limit for Word forms")
    }

    @Test func paragraphsAreCapped() throws {
        let paragraph = para(run("甲"))
        #expect(try read(String(repeating: paragraph, count: DocxForm.maxParagraphs)).fill { _ in nil }.blocks.count == 20_000)
        #expect(message(String(repeating: paragraph, count: DocxForm.maxParagraphs + 1))
                == "word/document.xml has more than 20,000 paragraphs, the limit for Word forms")
        // Skipped paragraphs (deleted text, text boxes) count too: they cost memory all the same.
        #expect(message("<w:del>" + String(repeating: "<w:p/>", count: DocxForm.maxParagraphs + 1) + "</w:del>")
                == "word/document.xml has more than 20,000 paragraphs, the limit for Word forms")
    }

    @Test func aSmallFormInflatingToSixtyMiBOfTinyParagraphsIsRefusedAtTheSizeCap() throws {
        // The issue's case: ~100 KB on disk, 60 MiB of <w:p> once inflated, 1.9 GB of memory on main.
        let bytes = try DocxFixture.docx(body: String(repeating: "<w:p><w:r><w:t>x</w:t></w:r></w:p>", count: (60 << 20) / 34))
        #expect(bytes.count < 400 << 10)
        let error = try #require(throws: DocxReadError.self) { try DocxForm(bytes: bytes, file: "forms/x.docx") }
        #expect(error.message == "word/document.xml is larger than 16 MiB uncompressed, the limit for Word forms")
    }

    @Test func nodesAreCappedWhileParsing() {
        // 15 MiB of empty paragraphs: under the size cap, 2.6 million nodes.
        #expect(message(String(repeating: "<w:p/>", count: (15 << 20) / 6))?.hasPrefix("word/document.xml has more than 500,000 XML nodes (line 2") == true)
    }

    @Test func tablesWiderThanTheCapAreRefused() {
        let cells = String(repeating: "<w:tc><w:tcPr><w:gridSpan w:val=\"1000\"/></w:tcPr><w:p/></w:tc>", count: 2000)
        #expect(message("<w:tbl><w:tr>\(cells)</w:tr></w:tbl>")
                == "word/document.xml has a table 2,000,000 grid columns wide (at paragraph 2000), more than the 1,024 allowed for Word forms")
    }

    @Test func hostileGridWidthsDoNotOverflow() throws {
        // w:w = Int.max made the column weights overflow (a trap on main).
        let table = "<w:tbl><w:tblGrid><w:gridCol w:w=\"9223372036854775807\"/><w:gridCol w:w=\"9223372036854775807\"/></w:tblGrid>"
            + "<w:tr>\(cell("甲"))\(cell("乙"))</w:tr></w:tbl>"
        guard case .table(let t)? = try read(table).fill({ _ in nil }).blocks.first else { throw DocxFixture.FixtureError("no table") }
        #expect(t.columns.map(\.weight) == [50, 50])
    }

    @Test func aFormOnDiskIsReadWithTheSizeCap() throws {
        let dir = try TemporaryDirectory()
        let folder = try dir.subdirectory("folder.docx")
        #expect(throws: DocxReadError(file: "forms/folder.docx", message: "is a folder, not a .docx file")) {
            try DocxForm(contentsOf: folder, file: "forms/folder.docx")
        }
        // A sparse 65 MiB file: refused from its size, not read into memory first.
        let big = dir.path + "/big.docx"
        #expect(FileManager.default.createFile(atPath: big, contents: Data("PK".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: big))
        try handle.truncate(atOffset: 65 << 20)
        try handle.close()
        #expect(throws: DocxReadError(file: "forms/big.docx", message: "is larger than the 64 MiB allowed for Word forms")) {
            try DocxForm(contentsOf: big, file: "forms/big.docx")
        }
        let good = dir.path + "/good.docx"
        try Data(DocxFixture.docx(body: para(run("甲")))).write(to: URL(fileURLWithPath: good))
        #expect(try DocxForm(contentsOf: good, file: "forms/good.docx").fill { _ in nil }.blocks.withoutLayout == [.paragraph(Paragraph([.text("甲")]))])
    }
}
