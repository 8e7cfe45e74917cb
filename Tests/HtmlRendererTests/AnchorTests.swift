import Testing
@testable import HtmlWriter

@Suite("anchors and the table of contents")
struct AnchorTests {
    /// Anchors that collide with each other or need cleaning still give unique, valid ids, and the
    /// TOC links to the first holder of each anchor.
    @Test func collidingAnchorsAreDedupedAndTocLinksResolve() throws {
        let heading = { (anchor: String) in Block.heading(Heading(level: 3, number: "", anchor: anchor, content: [.text(anchor)])) }
        let package = BidPackage(metadata: Fixtures.metadata(), parts: [
            Part(id: "commercial", title: "商务部分", number: "第一章", sections: [
                Section(id: "toc", title: "目录", number: "一、", kind: "toc", blocks: [.toc([
                    TocEntry(level: 1, number: "第一章", title: "商务部分", anchor: "commercial"),
                    TocEntry(level: 2, number: "二、", title: "投标函", anchor: "letter"),
                    TocEntry(level: 2, number: "三、", title: "空格", anchor: "a b"),
                    TocEntry(level: 2, number: "", title: "不存在", anchor: "missing"),
                ])]),
                Section(id: "letter", title: "投标函", number: "二、", kind: "markdown", blocks: [
                    heading("commercial"), heading("letter"), heading("letter"), heading("a b"), heading("a-b"), heading(""),
                    heading("中文锚点"),
                ]),
            ]),
        ])
        let (_, doc) = try Fixtures.document(package)
        let ids = doc.elements.compactMap { $0.attributes["id"] }
        #expect(Set(ids).count == ids.count, "\(ids)")
        #expect(ids == ["commercial", "toc", "letter", "commercial-2", "letter-2", "letter-3", "a-b", "a-b-2", "中文锚点"])
        #expect(!ids.contains { $0.contains(" ") || $0.isEmpty })

        let links = doc.all("a").compactMap { $0.attributes["href"] }
        #expect(links == ["#commercial", "#letter", "#a-b"])
        // The first holder of "commercial" is the part heading.
        #expect(doc.elements.first { $0.attributes["id"] == "commercial" }?.name == "h2")
        // An entry nothing carries is printed, unlinked.
        #expect(doc.elements.contains { $0.has(class: "toc-unlinked") && $0.text == "不存在" })
    }

    @Test func nonAsciiIdsArePercentEncodedInHrefs() {
        #expect(Anchors.href(for: "中文") == "#%E4%B8%AD%E6%96%87")
        #expect(Anchors.href(for: "tech-1.2") == "#tech-1.2")
        #expect(Anchors.sanitize("a b\"c<d") == "a-b-c-d")
        #expect(Anchors.sanitize("") == "anchor")
    }

    /// Without a `toc` section the writer adds a contents list so the file still opens with navigation.
    @Test func packageWithoutTocGetsAGeneratedOne() throws {
        let (_, doc) = try Fixtures.document(Fixtures.package([Fixtures.paragraph("正文")]))
        let nav = try #require(doc.firstIndex { $0.name == "nav" && $0.has(class: "toc") })
        #expect(doc.elements[nav].attributes["id"] == "contents")
        #expect(doc.all("a", inside: nav).compactMap { $0.attributes["href"] } == ["#commercial", "#letter"])
    }

    @Test func packageWithTocGetsNoSecondOne() throws {
        let package = Fixtures.package([.toc([TocEntry(level: 1, number: "第一章", title: "商务部分", anchor: "commercial")])])
        let (_, doc) = try Fixtures.document(package)
        #expect(doc.all("nav").count == 1)
    }
}
