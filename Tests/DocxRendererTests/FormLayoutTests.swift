import BidKitPluginSDK
import DocxWriter
import Testing

/// A buyer's form's layout wins over the reference's styles (issue 12 item 3): indents (with the
/// style's character units zeroed), spacing and exact line spacing, row heights, cell shading or none.
@Suite struct FormLayoutTests {
    private func document() throws -> XMLPart {
        var package = Fixtures.zh
        let flush = Paragraph([.text("致：某供电公司")], format: ParagraphFormat())
        let exact = Paragraph([.text("本人王建国系……")], format: ParagraphFormat(firstLine: 480, spaceAfter: 120,
                                                                                   lineSpacing: LineSpacing(rule: .exact, value: 440)))
        let hanging = Paragraph([.text("附：身份证复印件")], format: ParagraphFormat(indentLeft: 720, firstLine: -360))
        let signing = Table(
            columns: [.init(weight: 25, width: 2000), .init(weight: 75, width: 6000)],
            header: [Table.Row([Table.Cell(blocks: [.paragraph(Paragraph([.text("签署人")]))], fill: ""),
                                Table.Cell(blocks: [.paragraph(Paragraph([.text("签字")]))], fill: "F2F2F2")],
                               height: RowHeight(value: 680, exact: true))],
            body: [Table.Row([Table.Cell(blocks: [.paragraph(Paragraph([.text("法定代表人")]))], fill: ""),
                              Table.Cell(blocks: [], fill: "")], height: RowHeight(value: 680))])
        package.parts[0].sections.append(Section(id: "attorney", title: "授权委托书", number: "三、", kind: "docx-form",
                                                 blocks: [.paragraph(flush), .paragraph(exact), .paragraph(hanging), .table(signing)]))
        let (docx, _) = try Fixtures.render(package)
        return try docx.xml("word/document.xml")
    }

    private func pPr(_ text: String) -> String { "//w:p[w:r/w:t='\(text)']/w:pPr" }

    @Test func paragraphsKeepTheFormsIndentsAndSpacing() throws {
        let doc = try document()
        // Flush left: no first-line indent in either unit, whatever the body style says.
        #expect(doc.string(pPr("致：某供电公司") + "/w:ind/@w:firstLine") == "0")
        #expect(doc.string(pPr("致：某供电公司") + "/w:ind/@w:firstLineChars") == "0")
        #expect(doc.string(pPr("本人王建国系……") + "/w:spacing/@w:line") == "440")
        #expect(doc.string(pPr("本人王建国系……") + "/w:spacing/@w:lineRule") == "exact")
        #expect(doc.string(pPr("本人王建国系……") + "/w:spacing/@w:after") == "120")
        #expect(doc.string(pPr("本人王建国系……") + "/w:ind/@w:firstLine") == "480")
        #expect(doc.string(pPr("附：身份证复印件") + "/w:ind/@w:left") == "720")
        #expect(doc.string(pPr("附：身份证复印件") + "/w:ind/@w:hanging") == "360")
        // Markdown paragraphs still take the style alone.
        #expect(doc.count(pPr("正文段落。") + "/w:ind") == 0)
    }

    @Test func tablesKeepTheFormsRowHeightsShadingAndGrid() throws {
        let doc = try document()
        let table = try #require(doc.nodes("//w:tbl[.//w:t='签署人']").first)
        #expect(doc.strings("w:tblGrid/w:gridCol/@w:w", at: table) == ["2000", "6000"])  // it fits the text width: as the form has it
        #expect(doc.string("w:tr[1]/w:trPr/w:trHeight/@w:val", at: table) == "680")
        #expect(doc.string("w:tr[1]/w:trPr/w:trHeight/@w:hRule", at: table) == "exact")
        #expect(doc.string("w:tr[2]/w:trPr/w:trHeight/@w:hRule", at: table) == "atLeast")
        // The form's header has no grey of BidKit's; its own fill is kept.
        #expect(doc.count("w:tr[1]/w:tc[1]/w:tcPr/w:shd", at: table) == 0)
        #expect(doc.string("w:tr[1]/w:tc[2]/w:tcPr/w:shd/@w:fill", at: table) == "F2F2F2")
        // A generated table's header keeps the default grey.
        let price = try #require(doc.nodes("//w:tbl").first)
        #expect(doc.string("w:tr[1]/w:tc[1]/w:tcPr/w:shd/@w:fill", at: price) == "D9D9D9")
    }
}
