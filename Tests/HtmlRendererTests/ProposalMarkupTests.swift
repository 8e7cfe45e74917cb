import HtmlWriter
import Testing

/// Issue 15 item 4 in HTML: footnotes as numbered notes at the section's end, cross-references as
/// links to the figure's or table's id, numbered captions, widths.
@Suite struct ProposalMarkupTests {
    @Test func footnotesAreNumberedThroughTheDocumentAndListedAfterTheirSection() throws {
        let (_, doc) = try Fixtures.document(Fixtures.package([
            .paragraph(Paragraph([.text("甲"), .footnote([.text("第一条")]), .text("乙"), .footnote([.strong([.text("第二条")])])])),
        ]))
        let refs = doc.all("sup").filter { $0.has(class: "footnote-ref") }
        #expect(refs.map(\.text) == ["1", "2"])
        let links = doc.all("a").filter { $0.attributes["href"]?.hasPrefix("#fn-") == true }
        #expect(links.map { $0.attributes["href"] ?? "" } == ["#fn-1", "#fn-2"])
        let notes = try #require(doc.firstIndex { $0.name == "ol" && $0.has(class: "footnotes") })
        let items = doc.all("li", inside: notes)
        #expect(items.map { $0.attributes["id"] ?? "" } == ["fn-1", "fn-2"])
        #expect(items.map(\.text) == ["第一条 ↩", "第二条 ↩"])
    }

    @Test func crossReferencesLinkToNumberedFiguresAndTables() throws {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let (_, doc) = try Fixtures.document(Fixtures.package([
            .paragraph(Paragraph([.text("见"), .reference(CrossReference(anchor: "fig:topo", text: "图 1", page: "（第 {n} 页）")),
                                  .reference(CrossReference(anchor: "tbl:x", text: "表 1"))])),
            .image(Image(resource: "a.png", alt: "拓扑", title: "拓扑", label: "图 1", anchor: "fig:topo", width: .percent(60))),
            .table(Table(columns: [.init()], body: [Table.Row([Table.Cell("x")])], caption: "设备", label: "表 1", anchor: "tbl:x")),
        ], resources: [Resource(id: "a.png", mediaType: "image/png", data: png)]))
        let xrefs = doc.all("a").filter { $0.has(class: "xref") }
        #expect(xrefs.map { $0.attributes["href"] ?? "" } == ["#fig:topo", "#tbl:x"])
        #expect(xrefs.map(\.text) == ["图 1", "表 1"])  // no page number: HTML has no pages
        let figure = try #require(doc.all("figure").first)
        #expect(figure.attributes["id"] == "fig:topo")
        #expect(doc.all("figcaption").first?.text == "图 1 拓扑")
        #expect(doc.all("img").first?.attributes["style"] == "width:60%")
        #expect(doc.all("table").first { $0.attributes["id"] == "tbl:x" } != nil)
        #expect(doc.all("caption").first?.text == "表 1 设备")
    }
}
