import BidKitOOXML
import BidKitPluginSDK
@testable import DocxWriter
import Testing

/// The cover (issue 12 items 4 and 9): the title broken between words, the lot smaller than the
/// title, and the signing line the HTML cover has.
@Suite struct CoverTests {
    private func cover(title: String, lot: String = "包1") throws -> XMLPart {
        var package = Fixtures.zh
        package.metadata.title = title
        package.metadata.fields.append(Field("lot", lot))
        // The cover is front matter the core words (issue 12 item 17); rebuilt from the changed metadata.
        package.frontMatter.cover = FrontMatter.standard(for: package.metadata).cover
        let (docx, _) = try Fixtures.render(package)
        return try docx.xml("word/document.xml")
    }

    @Test func aTwoLineTitleBreaksBetweenWordsNotInsideOne() throws {
        let title = "国网临澜市供电公司2026年变电站视频监控及网络升级改造项目"
        let doc = try cover(title: title)
        let p = try #require(doc.nodes("/w:document/w:body/w:p[w:pPr/w:pStyle/@w:val='Title']").first)
        // Word would end the first line at 视频监; the break comes after 2026年, which balances the lines.
        #expect(doc.strings("w:r/w:t", at: p) == ["国网临澜市供电公司2026年", "变电站视频监控及网络升级改造项目"])
        #expect(doc.count("w:r/w:br", at: p) == 1)
    }

    @Test func titleLinesFitAndShortTitlesStayWhole() {
        #expect(CoverTitle.lines("某市变电站视频监控项目", halfPoints: 44, width: 8504) == ["某市变电站视频监控项目"])
        // No word boundary to break at: left to Word.
        let plain = String(repeating: "视频监控", count: 6)
        #expect(CoverTitle.lines(plain, halfPoints: 44, width: 8504) == [plain])
        for line in CoverTitle.lines("国网临澜市供电公司2026年变电站视频监控及网络升级改造项目", halfPoints: 44, width: 8504) {
            #expect(TextMetrics(line, bold: true).width.dxa(44) <= 8504)
        }
    }

    @Test func theLotIsSmallerThanTheTitle() throws {
        let doc = try cover(title: "某市变电站视频监控项目")
        // The lot is a cover line (包 号：包1) in the Cover Field style, not a line in the title's size.
        let lot = try #require(doc.nodes("/w:document/w:body/w:p[w:r/w:t='包1']").first)
        #expect(doc.string("w:pPr/w:pStyle/@w:val", at: lot) == "CoverField")
        #expect(doc.count("w:r/w:rPr/w:sz", at: lot) == 0)
    }

    @Test func theCoverHasALineToSignOn() throws {
        let doc = try cover(title: "某市变电站视频监控项目")
        let line = try #require(doc.nodes("/w:document/w:body/w:p[w:r/w:t='法定代表人或其委托代理人：']").first)
        #expect(doc.strings("w:r/w:t", at: line).last == "（签字）")
        #expect(doc.count("w:r[w:rPr/w:u]", at: line) == 1)
        // Before the date, after the bidder, as on the HTML cover.
        #expect(doc.count("following-sibling::w:p[1][contains(., '期')]", at: line) == 1)
        #expect(doc.count("preceding-sibling::w:p[1][contains(., '投')]", at: line) == 1)
    }

    /// The cover's values line up in one column past the widest label (法定代表人或其委托代理人：
    /// overran cn-goods' 2835 dxa stop), and a value that wraps keeps the column and its 盖章 mark:
    /// every field line has the same left tab and a hanging indent at it, so the second line of a
    /// long bidder name and its （盖章） start in the column (the mark wrapped under 投 标 人).
    @Test(arguments: ["cn-goods", "cn-works"])
    func coverValuesLineUpInOneColumn(_ template: String) throws {
        var package = Fixtures.zh
        package.metadata.bidder = "TODO：填写投标人全称（与营业执照一致）"
        package.frontMatter.cover = FrontMatter.standard(for: package.metadata).cover
        let (docx, _) = try Fixtures.render(package, template: template)
        let doc = try docx.xml("word/document.xml")
        let fields = doc.nodes("/w:document/w:body/w:p[w:pPr/w:pStyle/@w:val='CoverField']")
        #expect(fields.count >= 5)
        let columns = Set(fields.compactMap { doc.string("w:pPr/w:tabs/w:tab[@w:val='left']/@w:pos", at: $0) })
        let lefts = Set(fields.compactMap { doc.string("w:pPr/w:ind/@w:left", at: $0) })
        #expect(columns.count == 1 && lefts == columns)
        let column = try #require(columns.first.flatMap { Int($0) })
        // The widest label and a character's gap fit before the column (14 pt: 280 dxa a character).
        let widest = TextMetrics("法定代表人或其委托代理人：", bold: false).width.dxa(28)
        #expect(column >= widest + 280)
        // Each hanging indent brings the label back to the same start.
        let starts = Set(fields.compactMap { p in doc.string("w:pPr/w:ind/@w:hanging", at: p).flatMap(Int.init).map { column - $0 } })
        #expect(starts.count == 1 && (starts.first ?? -1) >= 0)
        // The style's own stop is cleared, so it cannot catch a short label's value.
        #expect(fields.allSatisfy { doc.string("w:pPr/w:tabs/w:tab[@w:val='clear']/@w:pos", at: $0) == "2835" })
        let bidder = try #require(doc.nodes("/w:document/w:body/w:p[w:r/w:t='（盖章）']").first)
        // At 14 pt the name wraps and its last line has room for the mark: no break of its own.
        #expect(doc.count("w:r/w:br", at: bidder) == 0)
        let signatory = try #require(doc.nodes("/w:document/w:body/w:p[w:r/w:t='（签字）']").first)
        #expect(doc.count("w:r/w:br", at: signatory) == 0)
    }

    @Test func aShortValueKeepsItsNoteOnItsLine() throws {
        let none = try XMLTree.builtIn("<w:styles xmlns:w=\"\(NS.w)\"/>", "styles")
        let fields = CoverFields(labels: ["投 标 人：", "法定代表人或其委托代理人："], styleID: nil, styles: StyleMap(styles: none, numbering: none),
                                 tree: none, textWidth: 8504, zh: true)
        #expect(fields.noteFits("（盖章）", after: "澄州启衡智能科技有限公司"))
        // A value that just fills the line: the note on a line of its own (in the column).
        #expect(!fields.noteFits("（盖章）", after: "TODO：填写投标人全称（与营业执照一致）"))
        // A value that wraps with room on its last line keeps the note there.
        #expect(fields.noteFits("（盖章）", after: String(repeating: "某", count: 30)))
        #expect(fields.column <= Int(8504 * CoverFields.maxColumn))
    }
}
