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
}
