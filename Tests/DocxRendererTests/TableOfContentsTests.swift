import BidKitPluginSDK
import DocxWriter
import Testing

/// The TOC is a real field whose cached result already lists the package's entries.
@Suite struct TableOfContentsTests {
    @Test func tocFieldWithCachedEntriesLinkedToHeadingBookmarks() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let doc = try docx.xml("word/document.xml")
        let instr = doc.strings("//w:instrText").filter { $0.contains("TOC") }
        #expect(instr == [" TOC \\o \"1-3\" \\h \\z \\u "])
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
}
