import BidKitDocxReader
import BidKitModel
import Testing

/// A buyer's form keeps its layout (issue 12 item 3): indents and spacing resolved as Word does,
/// row heights, cell shading, grid widths, and a split field's value formatted like its name.
@Suite struct FormLayoutTests {
    /// Defaults: 12 pt, 1.5 lines, 8 pt after; "Body" (based on Normal) indents the first line two
    /// characters; "Flush" based on Body takes the indent away.
    static let styles = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles \(DocxFixture.namespaces)>\
        <w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>\
        <w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body"/><w:basedOn w:val="Normal"/>\
        <w:pPr><w:ind w:firstLineChars="200" w:firstLine="420"/></w:pPr></w:style>\
        <w:style w:type="paragraph" w:styleId="Flush"><w:name w:val="Flush"/><w:basedOn w:val="Body"/>\
        <w:pPr><w:spacing w:before="120"/><w:ind w:firstLineChars="0" w:firstLine="0" w:left="567"/></w:pPr></w:style>\
        </w:styles>
        """

    private func blocks(_ body: String, values: [String: String] = [:]) throws -> [Block] {
        try DocxForm(bytes: DocxFixture.docx(body: body, extra: ["word/styles.xml": Self.styles]), file: "forms/layout.docx")
            .fill { values[$0] }.blocks
    }

    private func formats(_ blocks: [Block]) -> [ParagraphFormat?] {
        blocks.compactMap { if case .paragraph(let p) = $0 { return p.format } else { return nil } }
    }

    @Test func paragraphsResolveDirectFormattingOverTheirStyleChainOverTheDefaults() throws {
        let body = para(run("致：")) + para(run("本人"), pPr: #"<w:pStyle w:val="Body"/>"#)
            + para(run("附"), pPr: #"<w:pStyle w:val="Flush"/>"#)
            + para(run("签"), pPr: #"<w:pStyle w:val="Body"/><w:spacing w:line="440" w:lineRule="exact"/><w:ind w:hanging="240"/>"#)
        let f = formats(try blocks(body))
        let oneAndAHalf = LineSpacing(rule: .multiple, value: 360)
        #expect(f == [
            // The default style: no indent at all, the defaults' spacing.
            ParagraphFormat(spaceAfter: 160, lineSpacing: oneAndAHalf),
            // Two characters of the defaults' 12 pt: 480 twips, not the style's 420 (characters win).
            ParagraphFormat(firstLine: 480, spaceAfter: 160, lineSpacing: oneAndAHalf),
            // Based on Body, with the indent taken away and spacing before added.
            ParagraphFormat(indentLeft: 567, spaceBefore: 120, spaceAfter: 160, lineSpacing: oneAndAHalf),
            // Direct formatting: exact 22 pt lines; a direct hanging indent over the style's characters.
            ParagraphFormat(firstLine: -240, spaceAfter: 160, lineSpacing: LineSpacing(rule: .exact, value: 440)),
        ])
    }

    @Test func rowHeightsCellShadingAndGridWidthsAreKept() throws {
        let body = "<w:tbl><w:tblGrid><w:gridCol w:w=\"2400\"/><w:gridCol w:w=\"6600\"/></w:tblGrid>"
            + "<w:tr><w:trPr><w:trHeight w:val=\"680\" w:hRule=\"exact\"/><w:tblHeader/></w:trPr>"
            + cell("签署人", #"<w:shd w:val="clear" w:color="auto" w:fill="f2f2f2"/>"#) + cell("签字", #"<w:shd w:val="clear" w:fill="auto"/>"#) + "</w:tr>"
            + "<w:tr><w:trPr><w:trHeight w:val=\"680\"/></w:trPr>" + cell("法定代表人") + cell("") + "</w:tr>"
            + "<w:tr><w:trPr><w:trHeight w:val=\"0\" w:hRule=\"auto\"/></w:trPr>" + cell("日期", #"<w:shd w:fill="zz;&lt;x"/>"#) + cell("") + "</w:tr>"
            + "</w:tbl>"
        guard case .table(let t)? = try blocks(body).first else { throw Failure("no table") }
        #expect(t.columns.map(\.width) == [2400, 6600])
        #expect(t.header.map(\.height) == [RowHeight(value: 680, exact: true)])
        #expect(t.body.map(\.height) == [RowHeight(value: 680, exact: false), nil])
        // Shading as the form has it, none where it has none (or a value that is not a colour).
        #expect(t.header[0].cells.map(\.fill) == ["F2F2F2", ""])
        #expect((t.body[0].cells + t.body[1].cells).map(\.fill) == ["", "", "", ""])
    }

    @Test func aSplitFieldTakesTheFormattingOfItsName() throws {
        // Word kept the braces apart: "{{" plain at the end of the text before, the name bold.
        let body = para(run("投标人：{{"), run("bidder.name}}", "<w:b/>"), run("（盖章）"))
        let content = try blocks(body, values: ["bidder.name": "某某科技有限公司"]).compactMap { block -> [Inline]? in
            if case .paragraph(let p) = block { return p.content } else { return nil }
        }
        #expect(content == [[.text("投标人："), .strong([.text("某某科技有限公司")]), .text("（盖章）")]])
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
