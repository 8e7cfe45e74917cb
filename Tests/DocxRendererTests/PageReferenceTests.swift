import BidKitPluginSDK
import DocxWriter
import Testing

/// Cross-references in the compliance matrix and deviation tables carry a page (issue 12 item 7).
@Suite struct PageReferenceTests {
    private func document(role: String, pages: Bool) throws -> XMLPart {
        var package = Fixtures.zh
        // The table of contents is front matter (issue 12 item 10).
        if pages, var contents = package.frontMatter.contents, case .toc(let entries)? = contents.blocks.first {
            contents.blocks = [.toc(entries.enumerated().map { i, e in
                TocEntry(level: e.level, number: e.number, title: e.title, anchor: e.anchor, page: String(i + 1))
            })]
            package.frontMatter.contents = contents
        }
        let place = Inline.link(url: "#solution", content: [.text("第二章 技术部分 / 一、技术方案")])
        let matrix = Table(columns: [.init(), .init()], header: [Table.Row([Table.Cell("条款号"), Table.Cell("所在章节")])],
                           body: [Table.Row([Table.Cell("3.1"), Table.Cell(inlines: [place])])], role: role)
        package.parts[0].sections[1].blocks.append(.table(matrix))
        let (docx, _) = try Fixtures.render(package)
        return try docx.xml("word/document.xml")
    }

    @Test func aSectionLinkInTheMatrixIsFollowedByAPageField() throws {
        let doc = try document(role: "compliance-matrix", pages: true)
        let cell = try #require(doc.nodes("//w:tc[w:p/w:hyperlink/@w:anchor='solution']").first)
        #expect(doc.strings(".//w:instrText", at: cell).map { $0.trimmingCharacters(in: .whitespaces) } == ["PAGEREF solution \\h"])
        // The cached result is the layout pass's page of the heading (the TOC's fifth entry), inside （第…页）.
        #expect(doc.strings("w:p/w:r/w:t", at: cell) == ["（第", "5", "页）"])
        // The field points at a bookmark the section heading carries.
        #expect(doc.count("//w:bookmarkStart[@w:name='solution']") == 1)
    }

    @Test func withoutALayoutPassTheCachedPageIsAQuestionMarkAndOtherTablesGetNone() throws {
        #expect(try document(role: "technical-deviations", pages: false)
            .strings("//w:tc[w:p/w:hyperlink/@w:anchor='solution']/w:p/w:r/w:t").contains("?"))
        #expect(try document(role: "", pages: true).count("//w:tc[w:p/w:hyperlink/@w:anchor='solution']//w:instrText") == 0)
    }
}
