import BidKitDocxReader
import BidKitModel
import Testing

/// The reader on Word-style fixtures: split runs, proofing marks, merged cells, breaks, links.
@Suite("Reading buyer forms (.docx)")
struct DocxFormReaderTests {
    static let values = [
        "bidder.name": "某某科技有限公司",
        "tender.number": "ZB-2026-0457",
        "bidder.legal_representative": "王建国",
    ]

    private func read(_ body: String, extra: [String: String] = [:]) throws -> DocxForm {
        try DocxForm(bytes: DocxFixture.docx(body: body, extra: extra), file: "forms/test.docx")
    }

    private func filled(_ body: String, extra: [String: String] = [:]) throws -> FilledForm {
        try read(body, extra: extra).fill { Self.values[$0] }
    }

    // MARK: Placeholders

    @Test func placeholderSplitOverThreeRunsTakesTheFirstRunsFormatting() throws {
        // Word wrote `{{bidder.name}}` as three runs: "{{bid" italic, "der." bold, "name}}" underlined.
        let form = try filled(para(
            run("致："), run("{{bid", "<w:i/>"), run("der.", "<w:b/>"), run("name}}", "<w:u w:val=\"single\"/>"),
            run("（盖章）", "<w:u w:val=\"single\"/>")))
        #expect(form.blocks.withoutLayout == [.paragraph(Paragraph([
            .text("致："), .emphasis([.text("某某科技有限公司")]), .underline([.text("（盖章）")]),
        ]))])
        #expect(form.unresolved.isEmpty)
    }

    @Test func textAroundASplitPlaceholderKeepsItsOwnRuns() throws {
        // The opening run starts with other text, the closing run ends with more.
        let form = try filled(para(run("编号：{{tender", "<w:b/>"), run(".num", "<w:i/>"), run("ber}}（见公告）", "<w:strike/>")))
        #expect(form.blocks.withoutLayout == [.paragraph(Paragraph([
            .strong([.text("编号：ZB-2026-0457")]), .strikethrough([.text("（见公告）")]),
        ]))])
    }

    @Test func proofingMarkInsideAPlaceholder() throws {
        let body = para(
            run("招标编号："), run("{{tender."), #"<w:proofErr w:type="spellStart"/>"#, run("number"),
            #"<w:proofErr w:type="spellEnd"/>"#, #"<w:bookmarkStart w:id="0" w:name="no"/>"#, run("}}"),
            #"<w:bookmarkEnd w:id="0"/>"#, run("。"))
        #expect(try filled(body).blocks.withoutLayout == [.paragraph(Paragraph([.text("招标编号：ZB-2026-0457。")]))])
    }

    @Test func spacesInsideBracesAreTrimmedAndUnknownFieldsReportTheirParagraph() throws {
        // Paragraphs are counted as word/document.xml lists its <w:p> elements, table cells included.
        let body = para(run("甲")) + para(run("{{ bidder.name }}"))
            + "<w:tbl><w:tblGrid><w:gridCol w:w=\"100\"/></w:tblGrid><w:tr><w:tc>"
            + para(run("{{bidder.nmae}}")) + para(run("x}} 与 {{"), run("tender.lot}}", "<w:b/>")) + "</w:tc></w:tr></w:tbl>"
            + para(run("{{bidder.name"), run("}}"))
        let form = try read(body)
        let result = form.fill { Self.values[$0] }
        #expect(result.unresolved == [FormPlaceholder(name: "bidder.nmae", paragraph: 3), FormPlaceholder(name: "tender.lot", paragraph: 4)])
        #expect(form.placeholders.map(\.name) == ["bidder.name", "bidder.nmae", "tender.lot", "bidder.name"])
        #expect(form.placeholders.map(\.paragraph) == [2, 3, 4, 5])
        // Unknown ones stay as written (the core turns them into load errors).
        #expect(result.blocks.count == 4)
        #expect(Block.textUnits(result.blocks) == ["甲", "某某科技有限公司", "{{bidder.nmae}}", "x}} 与 {{tender.lot}}", "某某科技有限公司"])
    }

    @Test func aLineBreakEndsThePlaceholderSearch() throws {
        let body = "<w:p><w:r><w:t>{{bidder.</w:t><w:br/><w:t>name}} {{bidder.name}}</w:t></w:r></w:p>"
        let form = try filled(body)
        #expect(form.blocks.withoutLayout == [.paragraph(Paragraph([.text("{{bidder."), .lineBreak, .text("name}} 某某科技有限公司")]))])
        #expect(form.unresolved.isEmpty)
    }

    // MARK: Formatting

    @Test func runFormattingAlignmentAndMerging() throws {
        let body = para(
            run("授权", "<w:b/>"), run("委托书", "<w:b/><w:i w:val=\"0\"/>"), pPr: #"<w:jc w:val="center"/>"#)
            + para(run("加粗", "<w:b/>"), run("又斜", "<w:b/><w:i/>"), run("再粗", "<w:b w:val=\"true\"/>"),
                   run("不粗", "<w:b w:val=\"false\"/><w:u w:val=\"none\"/>"), run("删", "<w:dstrike/>"), run("线", "<w:u/>"),
                   pPr: #"<w:jc w:val="both"/>"#)
            + para(run("右"), pPr: #"<w:jc w:val="end"/>"#)
            + para(run("左"), pPr: #"<w:jc w:val="start"/>"#)
        #expect(try filled(body).blocks.withoutLayout == [
            .paragraph(Paragraph([.strong([.text("授权委托书")])], alignment: .center)),
            .paragraph(Paragraph([
                .strong([.text("加粗"), .emphasis([.text("又斜")]), .text("再粗")]), .text("不粗"),
                .strikethrough([.text("删")]), .underline([.text("线")]),
            ])),
            .paragraph(Paragraph([.text("右")], alignment: .right)),
            .paragraph(Paragraph([.text("左")], alignment: .left)),
        ])
    }

    @Test func headingStylesBecomeBoldParagraphs() throws {
        // A Chinese Word names the style id "1"; styles.xml says it is "heading 1" and centred.
        let styles = """
            <w:styles \(DocxFixture.namespaces)>\
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:jc w:val="center"/></w:pPr></w:style>\
            <w:style w:type="paragraph" w:styleId="a3"><w:name w:val="Body Text"/></w:style></w:styles>
            """
        let rels = DocxFixture.relationships([(id: "rId1", type: "styles", target: "styles.xml", external: false)])
        let body = para(run("投标函"), pPr: #"<w:pStyle w:val="1"/>"#) + para(run("正文"), pPr: #"<w:pStyle w:val="a3"/>"#)
            + para(run("Title"), pPr: #"<w:pStyle w:val="Heading2"/><w:jc w:val="left"/>"#)
        let form = try filled(body, extra: ["word/styles.xml": styles, "word/_rels/document.xml.rels": rels])
        #expect(form.blocks.withoutLayout == [
            .paragraph(Paragraph([.strong([.text("投标函")])], alignment: .center)),
            .paragraph(Paragraph([.text("正文")])),
            .paragraph(Paragraph([.strong([.text("Title")])], alignment: .left)),
        ])
    }

    @Test func wordMarkupThatIsSkippedOrUnwrapped() throws {
        let body = """
            <w:p><w:r><w:t xml:space="preserve">甲\t</w:t></w:r><w:r><w:tab/><w:t>  乙  </w:t></w:r>\
            <w:ins w:id="1" w:author="a"><w:r><w:t>插入</w:t></w:r></w:ins>\
            <w:del w:id="2" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>\
            <w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
            <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>\
            <w:sdt><w:sdtPr><w:alias w:val="x"/></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>\
            <w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>\
            <w:r><w:lastRenderedPageBreak/><w:t>丙</w:t><w:br/><w:t>丁</w:t></w:r></w:p>\
            <w:sdt><w:sdtContent>\(para(run("块级控件")))</w:sdtContent></w:sdt>\
            <w:p><w:r><w:t xml:space="preserve">   </w:t></w:r></w:p><w:p/>
            """
        #expect(try filled(body).blocks.withoutLayout == [
            .paragraph(Paragraph([.text("甲  乙插入3控件丙"), .lineBreak, .text("丁")])),
            .paragraph(Paragraph([.text("块级控件")])),
        ])
    }

    // MARK: Breaks, links, tables

    @Test func pageBreakSplitsTheParagraph() throws {
        let body = "<w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\(run("上", "<w:b/>"))<w:r><w:br w:type=\"page\"/></w:r>\(run("下", "<w:b/>"))</w:p>"
            + para(run("新页"), pPr: "<w:pageBreakBefore/>")
            + "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
        #expect(try filled(body).blocks.withoutLayout == [
            .paragraph(Paragraph([.strong([.text("上")])], alignment: .center)),
            .pageBreak,
            .paragraph(Paragraph([.strong([.text("下")])], alignment: .center)),
            .pageBreak,
            .paragraph(Paragraph([.text("新页")])),
        ])
    }

    @Test func hyperlinksFromTheRelationships() throws {
        let rels = DocxFixture.relationships([
            (id: "rId5", type: "hyperlink", target: "https://ggzy.example.gov.cn/notice?id=1&amp;lot=2", external: true),
            (id: "rId6", type: "hyperlink", target: "javascript:alert(1)", external: true),
        ])
        let body = para(
            run("见"), #"<w:hyperlink r:id="rId5" w:history="1">"#, run("招标", "<w:rStyle w:val=\"Hyperlink\"/>"),
            run("公告", "<w:b/>"), "</w:hyperlink>", run("；"),
            #"<w:hyperlink r:id="rId6">"#, run("脚本"), "</w:hyperlink>",
            #"<w:hyperlink w:anchor="_Toc1">"#, run("书签"), "</w:hyperlink>")
        let form = try filled(body, extra: ["word/_rels/document.xml.rels": rels])
        #expect(form.blocks.withoutLayout == [.paragraph(Paragraph([
            .text("见"), .link(url: "https://ggzy.example.gov.cn/notice?id=1&lot=2", content: [.text("招标"), .strong([.text("公告")])]),
            .text("；脚本书签"),
        ]))])
    }

    @Test func tableWithGridSpanVMergeAndHeaderRow() throws {
        let body = """
            <w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>\
            <w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="3000"/><w:gridCol w:w="5000"/></w:tblGrid>\
            <w:tr><w:trPr><w:tblHeader/></w:trPr>\(cell("签署栏", "<w:gridSpan w:val=\"3\"/>"))</w:tr>\
            <w:tr>\(cell("法定代表人", "<w:vMerge w:val=\"restart\"/>"))\(cell("姓名"))\(cell("{{bidder.legal_representative}}"))</w:tr>\
            <w:tr>\(cell("", "<w:vMerge/>"))\(cell("签字"))\(cell(""))</w:tr>\
            <w:tr>\(cell("投标人（盖章）", "<w:gridSpan w:val=\"2\"/>"))<w:tc>\(para(run("{{bidder.", "<w:b/>"), run("name}}")))</w:tc></w:tr>\
            </w:tbl>
            """
        let form = try filled(body)
        #expect(form.blocks.withoutLayout == [.table(Table(
            columns: [Table.Column(weight: 20), Table.Column(weight: 30), Table.Column(weight: 50)],
            header: [Table.Row([Table.Cell("签署栏", colspan: 3)])],
            body: [
                Table.Row([Table.Cell(blocks: [.paragraph(Paragraph([.text("法定代表人")]))], rowspan: 2), Table.Cell("姓名"), Table.Cell("王建国")]),
                Table.Row([Table.Cell("签字"), Table.Cell(blocks: [])]),
                Table.Row([Table.Cell("投标人（盖章）", colspan: 2), Table.Cell(inlines: [.strong([.text("某某科技有限公司")])])]),
            ]))])
    }

    @Test func nestedTablesAndMergesThatDoNotLineUp() throws {
        let inner = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>\(cell("内"))</w:tr></w:tbl>"
        let body = """
            <w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>\
            <w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>\(cell("乙", "<w:vMerge w:val=\"restart\"/>"))</w:tr>\
            <w:tr>\(cell("丙"))<w:tc>\(inner)<w:p/></w:tc></w:tr>\
            <w:tr>\(cell("丁", "<w:vMerge/>"))\(cell("戊", "<w:gridSpan w:val=\"999999\"/>"))</w:tr>\
            </w:tbl>
            """
        let form = try filled(body)
        let innerTable = Block.table(Table(columns: [Table.Column()], body: [Table.Row([Table.Cell("内")])]))
        #expect(form.blocks.withoutLayout == [.table(Table(
            columns: Array(repeating: Table.Column(), count: 1001),
            body: [
                Table.Row([Table.Cell(blocks: [], colspan: 1), Table.Cell("乙")]),
                Table.Row([Table.Cell("丙"), Table.Cell(blocks: [innerTable])]),
                // "丁" continues nothing (the cell above it is not a merge): kept as an ordinary cell.
                Table.Row([Table.Cell("丁"), Table.Cell("戊", colspan: 1000)]),
            ]))])
    }

    // MARK: Hostile and broken files

    @Test func garbageIsAnErrorNamingTheFile() throws {
        #expect(throws: DocxReadError(file: "forms/x.docx", message: "is not a .docx file (not a zip archive)")) {
            try DocxForm(bytes: Array("not a zip at all".utf8), file: "forms/x.docx")
        }
        let truncated = Array(try DocxFixture.docx(body: para(run("甲"))).prefix(60))
        let error = try #require(throws: DocxReadError.self) { try DocxForm(bytes: truncated, file: "forms/x.docx") }
        #expect(error.description.hasPrefix("forms/x.docx: is not a .docx file (damaged zip archive"))
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)
        let doc = try #require(throws: DocxReadError.self) { try DocxForm(bytes: ole, file: "forms/old.doc") }
        #expect(doc.message.contains("Office 97-2003 file (.doc, .xls)"))
    }

    @Test func missingDocumentPart() throws {
        let bytes = try DocxFixture.zip([("[Content_Types].xml", Array(DocxFixture.contentTypes.utf8))])
        #expect(throws: DocxReadError(file: "a.docx", message: "has no word/document.xml; is it a Word document?")) {
            try DocxForm(bytes: bytes, file: "a.docx")
        }
    }

    @Test func malformedXMLNamesThePartAndLine() throws {
        let bytes = try DocxFixture.zip([("word/document.xml", Array("<?xml version=\"1.0\"?>\n<w:document>\n<w:body><w:p></w:body>".utf8))])
        let error = try #require(throws: DocxReadError.self) { try DocxForm(bytes: bytes, file: "a.docx") }
        #expect(error.file == "a.docx")
        #expect(error.message.hasPrefix("word/document.xml is not well-formed XML (line "))
    }

    @Test(arguments: [
        // Billion laughs, an external entity, a harmless-looking internal one: a DTD alone is refused,
        // before libxml2 reads a single declaration.
        #"<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>"#,
        #"<!DOCTYPE w:document [<!ENTITY c SYSTEM "file:///etc/passwd">]>"#,
        #"<!-- Word --><!DOCTYPE w:document [<!ENTITY c "某某公司">]>"#,
    ])
    func documentTypeDeclarationsAreRefused(_ doctype: String) throws {
        let xml = #"<?xml version="1.0"?>"# + "\n" + doctype
            + "<w:document \(DocxFixture.namespaces)><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
        let bytes = try DocxFixture.zip([("word/document.xml", Array(xml.utf8))])
        #expect(throws: DocxReadError(file: "evil.docx", message: "word/document.xml declares a DTD (<!DOCTYPE …>), which Word and Excel never write; the file is not read")) {
            try DocxForm(bytes: bytes, file: "evil.docx")
        }
    }

    @Test func anUndeclaredEntityIsMalformed() throws {
        let xml = "<w:document \(DocxFixture.namespaces)><w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
        let bytes = try DocxFixture.zip([("word/document.xml", Array(xml.utf8))])
        let error = try #require(throws: DocxReadError.self) { try DocxForm(bytes: bytes, file: "a.docx") }
        // BidKit's words, not libxml2's ("Entity 'c' not defined"), with the line and column.
        #expect(error.message == "word/document.xml is not well-formed XML (line 1, column 188: a reference to an undeclared entity)")
    }

    @Test func notADocumentAndNoBody() throws {
        let other = try DocxFixture.zip([("word/document.xml", Array("<root/>".utf8))])
        #expect(throws: DocxReadError(file: "a.docx", message: "word/document.xml is not a WordprocessingML document (no w:document element)")) {
            try DocxForm(bytes: other, file: "a.docx")
        }
        let noBody = try DocxFixture.zip([("word/document.xml", Array("<w:document \(DocxFixture.namespaces)/>".utf8))])
        #expect(throws: DocxReadError(file: "a.docx", message: "word/document.xml has no w:body")) {
            try DocxForm(bytes: noBody, file: "a.docx")
        }
    }

    @Test func oversizedPartIsRefused() throws {
        // 17 MiB of XML that deflates to almost nothing: a zip bomb is an error, not an exhausted process.
        var xml = Array("<w:document \(DocxFixture.namespaces)><w:body>".utf8)
        xml += [UInt8](repeating: 0x20, count: 17 << 20)
        xml += Array("</w:body></w:document>".utf8)
        let bytes = try DocxFixture.zip([("word/document.xml", xml)])
        #expect(bytes.count < 1 << 20)
        #expect(throws: DocxReadError(file: "bomb.docx", message: "word/document.xml is larger than 16 MiB uncompressed, the limit for Word forms")) {
            try DocxForm(bytes: bytes, file: "bomb.docx")
        }
    }

    @Test func damagedBytesNeverTrap() throws {
        let valid = try DocxFixture.docx(body: Self.richBody)
        var seed: UInt64 = 0x2026_0457
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        var read = 0, refused = 0
        for _ in 0..<300 {
            var bytes = valid
            for _ in 0..<(1 + next() % 4) { bytes[next() % bytes.count] = UInt8(truncatingIfNeeded: next()) }
            if next() % 5 == 0 { bytes.removeLast(next() % bytes.count) }
            do {
                _ = try DocxForm(bytes: bytes, file: "f.docx").fill { Self.values[$0] }
                read += 1
            } catch let error as DocxReadError {
                #expect(error.file == "f.docx")
                refused += 1
            }
        }
        #expect(read + refused == 300)
    }

    static let richBody = para(run("{{bid"), run("der.name}}", "<w:b/>"), pPr: #"<w:jc w:val="center"/>"#)
        + "<w:tbl><w:tblGrid><w:gridCol w:w=\"1\"/><w:gridCol w:w=\"1\"/></w:tblGrid>"
        + "<w:tr>\(cell("甲", "<w:vMerge w:val=\"restart\"/>"))\(cell("乙"))</w:tr><w:tr>\(cell("", "<w:vMerge/>"))\(cell("丙"))</w:tr></w:tbl>"
        + "<w:p><w:r><w:t>上</w:t><w:br w:type=\"page\"/><w:t>下</w:t></w:r></w:p>"

    @Test func readingIsDeterministic() throws {
        let bytes = try DocxFixture.docx(body: para(run("{{bidder.name}}", "<w:b/>")) + para(run("乙")))
        let a = try DocxForm(bytes: bytes, file: "f.docx"), b = try DocxForm(bytes: bytes, file: "f.docx")
        #expect(a == b)
        #expect(a.fill { Self.values[$0] } == b.fill { Self.values[$0] })
    }
}
