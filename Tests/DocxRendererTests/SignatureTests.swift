import BidKitPluginSDK
import DocxWriter
import Testing

/// Signature blocks: a line to sign on, and kept with what they sign (issue 12, items 2 and 4).
@Suite struct SignatureTests {
    static let block = Signature(slots: [
        .init(kind: .seal, label: "投标人（盖章）", value: "某某智能科技有限公司"),
        .init(kind: .signature, label: "法定代表人或授权代表（签字）", value: "陈志远"),
        .init(kind: .date, label: "日期", value: "2026年12月8日"),
    ])

    private func render(_ blocks: [Block], language: String = "zh") throws -> XMLPart {
        var package = language == "zh" ? Fixtures.zh : Fixtures.en
        package.parts[0].sections = [Section(id: "letter", title: "投标函", number: "一、", kind: "markdown", blocks: blocks)]
        let (docx, _) = try Fixtures.render(package)
        return try docx.xml("word/document.xml")
    }

    private func signatureLines(_ doc: XMLPart) -> [String] {
        doc.nodes("//w:p[w:pPr/w:pStyle/@w:val='Signature']").map { doc.strings(".//w:t", at: $0).joined() }
    }

    @Test func theSignerSignsOnALineWithTheNameBeside() throws {
        let doc = try render([.signature(Self.block)])
        let blank = String(repeating: "\u{00A0}", count: 40)
        #expect(signatureLines(doc) == ["投标人（盖章）：某某智能科技有限公司", "法定代表人或授权代表（签字）：\(blank)（陈志远）", "日期：2026年12月8日"])
        let line = try #require(doc.nodes("//w:p[w:pPr/w:pStyle/@w:val='Signature']").dropFirst().first)
        #expect(doc.strings(".//w:r[w:rPr/w:u/@w:val='single']/w:t", at: line) == [blank])
    }

    @Test func anEnglishSignerIsNamedBelowTheLine() throws {
        var block = Self.block
        block.slots[1] = .init(kind: .signature, label: "Authorised representative (signature)", value: "Priya Raman")
        let doc = try render([.signature(block)], language: "en")
        let line = try #require(doc.nodes("//w:p[w:pPr/w:pStyle/@w:val='Signature']").dropFirst().first)
        #expect(doc.strings(".//w:t", at: line).last == "Priya Raman")
        #expect(doc.count(".//w:br", at: line) == 1)
        #expect(doc.count(".//w:r[w:rPr/w:u]", at: line) == 1)
    }

    /// 特此证明。 and the sentence before it keep with the block; the paragraph before those does not.
    @Test func theLeadInKeepsWithTheBlock() throws {
        let long = "兹证明王建国同志系我单位法定代表人，其身份证复印件附后，特此证明并对其真实性负责。"
        let doc = try render([Fixtures.p("前文。"), Fixtures.p(long), Fixtures.p("特此证明。"), .signature(Self.block)])
        func keeps(_ text: String) -> Bool {
            doc.count("//w:p[w:r/w:t='\(text)']/w:pPr/w:keepNext") == 1
        }
        #expect(keeps("特此证明。"))
        #expect(keeps(long))
        #expect(!keeps("前文。"))
        let lines = doc.nodes("//w:p[w:pPr/w:pStyle/@w:val='Signature']")
        #expect(lines.dropLast().allSatisfy { doc.count("w:pPr/w:keepNext", at: $0) == 1 })
        #expect(lines.allSatisfy { doc.count("w:pPr/w:keepLines", at: $0) == 1 })
    }

    /// A priced table right before the block keeps its last row (the total in words) with it.
    @Test func aTableBeforeTheBlockKeepsItsLastRowWithIt() throws {
        let table = Table(columns: [.init(), .init()], header: [Table.Row([Table.Cell("项目"), Table.Cell("金额")])],
                          body: [Table.Row([Table.Cell("摄像机"), Table.Cell("100.00")]), Table.Row([Table.Cell("合计"), Table.Cell("100.00")])])
        let doc = try render([.table(table), .signature(Self.block)])
        let rows = doc.nodes("(//w:tbl)[1]/w:tr")
        #expect(rows.count == 3)
        #expect(doc.count(".//w:p[w:pPr/w:keepNext]", at: rows[2]) == 2)
        #expect(doc.count(".//w:p[w:pPr/w:keepNext]", at: rows[1]) == 0)
    }

    /// A table elsewhere keeps no row with what follows.
    @Test func otherTablesDoNotKeepWithNext() throws {
        let table = Table(columns: [.init()], body: [Table.Row([Table.Cell("甲")])])
        let doc = try render([.table(table), Fixtures.p("后文。")])
        #expect(doc.count("(//w:tbl)[1]//w:p[w:pPr/w:keepNext]") == 0)
    }
}

extension SignatureTests {
    /// After a long list only its last item keeps with the block, not the whole list (which would
    /// leave the page before it empty).
    @Test func aListLeadsInWithItsLastItemOnly() throws {
        let items = (1...6).map { n in [Fixtures.p("第\(n)项承诺：我方承诺按招标文件的要求完成全部工作并承担相应的责任。")] }
        let doc = try render([.list(ListBlock(ordered: true, items: items)), .signature(Self.block)])
        #expect(doc.count("//w:p[w:pPr/w:numPr and w:pPr/w:keepNext]") == 1)
        #expect(doc.count("//w:p[w:pPr/w:numPr][last()]/w:pPr/w:keepNext") == 1)
    }
}
