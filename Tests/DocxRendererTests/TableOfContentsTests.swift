import BidKitPluginSDK
@testable import DocxWriter
import Testing

/// The TOC is a real field whose cached result already lists the package's entries.
@Suite struct TableOfContentsTests {
    @Test func tocFieldWithCachedEntriesLinkedToHeadingBookmarks() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let doc = try docx.xml("word/document.xml")
        let instr = doc.strings("//w:instrText").filter { $0.contains("TOC") }
        // The entries list parts and sections (levels 1–2), not the sections' own headings.
        #expect(instr == [" TOC \\o \"1-2\" \\h \\z \\u "])
        let entries = doc.nodes("//w:p[starts-with(w:pPr/w:pStyle/@w:val, 'TOC') and w:pPr/w:pStyle/@w:val != 'TOCHeading']")
        #expect(entries.count == 5)
        #expect(doc.count("w:r/w:fldChar[@w:fldCharType='begin']", at: entries[0]) == 1)
        #expect(doc.count("w:r/w:fldChar[@w:fldCharType='separate']", at: entries[0]) == 1)
        #expect(doc.count("w:r/w:fldChar[@w:fldCharType='end']", at: entries[4]) == 1)
        #expect(doc.strings("w:hyperlink/w:r/w:t", at: entries[0]).filter { !$0.isEmpty } == ["第一章 商务部分"])
        #expect(doc.strings("w:hyperlink/w:r/w:t", at: entries[1]).filter { !$0.isEmpty } == ["一、投标函"])
        #expect(doc.strings("w:pPr/w:pStyle/@w:val", at: entries[1]) == ["TOC2"])
        let anchors = entries.compactMap { doc.string("w:hyperlink/@w:anchor", at: $0) }
        let bookmarks = Set(doc.strings("//w:bookmarkStart/@w:name"))
        #expect(anchors.count == 5 && anchors.allSatisfy(bookmarks.contains))
        #expect(doc.strings("//w:instrText").filter { $0.contains("PAGEREF") }.count == 5)
        // The table of contents comes right after the cover, before the first part.
        #expect(doc.string("//w:p[w:pPr/w:pStyle/@w:val='TOCHeading']") == "目录")
        #expect(doc.count("//w:p[w:pPr/w:pStyle/@w:val='TOCHeading'][following::w:p[w:pPr/w:pStyle/@w:val='Heading1']]") == 1)
        #expect(doc.count("//w:p[w:pPr/w:pStyle/@w:val='TOCHeading'][preceding::w:p[w:pPr/w:pStyle/@w:val='Heading1']]") == 0)
    }

    /// A package listing a certificate copy (a level-3 heading) but not the section's other level-3
    /// headings: the field collects levels 1–2 and the copy's style, so a refreshed TOC lists what the
    /// pre-filled one lists (issue 12, item 6).
    static var withAttachment: BidPackage {
        var package = Fixtures.zh
        let copy = Heading(level: 3, number: "（一）", anchor: "attachment-license", content: [.text("附件：营业执照")])
        package.parts[1].sections[0].blocks.append(.heading(copy))
        // The table of contents is front matter (issue 12 item 10), not a section of the first part.
        guard var contents = package.frontMatter.contents, case .toc(var entries)? = contents.blocks.first else { return package }
        entries.append(TocEntry(level: 3, number: "（一）", title: "附件：营业执照", anchor: "attachment-license"))
        contents.blocks = [.toc(entries)]
        package.frontMatter.contents = contents
        return package
    }

    @Test func listedHeadingsBelowTheFieldLevelsTakeTheirOwnStyle() throws {
        let levels = ContentsLevels(package: Self.withAttachment)
        #expect(levels.depth == 2)
        #expect(levels.deeper == ["attachment-license": 3])
        #expect(levels.instruction == " TOC \\o \"1-2\" \\h \\z \\u \\t \"Contents Heading 3,3\" ")
        let (docx, _) = try Fixtures.render(Self.withAttachment)
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//w:instrText").filter { $0.contains("TOC") } == [levels.instruction])
        #expect(doc.string("//w:p[w:pPr/w:pStyle/@w:val='ContentsHeading3']") == "附件：营业执照")
        #expect(doc.count("//w:p[w:pPr/w:pStyle/@w:val='Heading3']") == 1)  // 总体设计 keeps heading 3
        let styles = try docx.xml("word/styles.xml")
        #expect(styles.string("//w:style[@w:styleId='ContentsHeading3']/w:name/@w:val") == "Contents Heading 3")
        #expect(styles.string("//w:style[@w:styleId='ContentsHeading3']/w:basedOn/@w:val") == "Heading3")
    }

    @Test func everyHeadingOfALevelListedMeansTheLevelIsTheFields() {
        var package = Self.withAttachment
        guard var contents = package.frontMatter.contents, case .toc(var entries)? = contents.blocks.first else {
            Issue.record("the fixture has no table of contents")
            return
        }
        entries.append(TocEntry(level: 3, number: "（一）", title: "总体设计", anchor: "solution-1"))
        contents.blocks = [.toc(entries)]
        package.frontMatter.contents = contents
        let levels = ContentsLevels(package: package)
        #expect(levels.depth == 3)
        #expect(levels.deeper.isEmpty)
        #expect(levels.instruction == " TOC \\o \"1-3\" \\h \\z \\u ")
    }
}
