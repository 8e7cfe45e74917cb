import BidKitPluginSDK
import DocxWriter
import Testing

/// Issue 15 items 3 and 4 in Word: footnotes in `word/footnotes.xml`, cross-references as links with a
/// PAGEREF field, bookmarked numbered captions, widths from `{width=…}`, SVG beside its PNG copy, GIF.
@Suite struct ProposalMarkupTests {
    static let svg = Array("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"5\"/>".utf8)
    static let gif = Array("GIF89a".utf8) + [200, 0, 100, 0, 0, 0, 0]

    private func render(_ blocks: [Block], resources: [Resource] = []) throws -> DocxFile { try renderWithOutput(blocks, resources: resources).0 }

    private func renderWithOutput(_ blocks: [Block], resources: [Resource] = []) throws -> (DocxFile, DocxOutput) {
        var package = Fixtures.zh
        package.parts = [Part(id: "technical", title: "技术部分", number: "第一章", sections: [
            Section(id: "solution", title: "技术方案", number: "一、", kind: "markdown", blocks: blocks),
        ])]
        package.resources = resources
        return try Fixtures.render(package)
    }

    @Test func footnotesGoToTheFootnotesPartAndAreReferencedInTheText() throws {
        let docx = try render([.paragraph(Paragraph([.text("正文"), .footnote([.text("注一"), .link(url: "https://x.example", content: [.text("链接")])]),
                                                      .text("续"), .footnote([.text("注二")])]))])
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//w:footnoteReference/@w:id") == ["1", "2"])
        let notes = try docx.xml("word/footnotes.xml")
        #expect(notes.strings("/w:footnotes/w:footnote/@w:id") == ["-1", "0", "1", "2"])
        #expect(notes.string("/w:footnotes/w:footnote[@w:id='1']")?.contains("注一链接") == true)
        #expect(notes.count("//w:hyperlink") == 0)  // the note part has no relationships of its own
        let rels = try docx.xml("word/_rels/document.xml.rels")
        #expect(rels.count("//rel:Relationship[@Target='footnotes.xml']") == 1)
        let types = try docx.xml("[Content_Types].xml")
        #expect(types.count("//ct:Override[@PartName='/word/footnotes.xml']") == 1)
    }

    @Test func aDocumentWithoutFootnotesHasNoFootnotesPart() throws {
        let docx = try render([Fixtures.p("正文")])
        #expect((try? docx.data("word/footnotes.xml")) == nil)
    }

    @Test func aCrossReferenceLinksToTheCaptionsBookmarkAndAddsItsPage() throws {
        let image = Image(resource: "a.png", alt: "拓扑", title: "网络拓扑", label: "图 1", anchor: "fig:topo")
        let docx = try render([
            .paragraph(Paragraph([.text("见"), .reference(CrossReference(anchor: "fig:topo", text: "图 1", page: "（第 {n} 页）"))])),
            .image(image),
            .table(Table(columns: [.init()], body: [Table.Row([Table.Cell("x")])], caption: "设备", label: "表 1", anchor: "tbl:devices")),
        ], resources: [Resource(id: "a.png", mediaType: "image/png", data: Fixtures.png192)])
        let doc = try docx.xml("word/document.xml")
        #expect(doc.string("//w:hyperlink[@w:anchor='fig_topo']//w:t") == "图 1")
        #expect(doc.string("//w:instrText")?.contains("PAGEREF fig_topo \\h") == true)
        #expect(doc.strings("//w:p[w:hyperlink[@w:anchor='fig_topo']]//w:t").joined() == "见图 1（第 ? 页）")
        #expect(doc.string("//w:p[w:bookmarkStart[@w:name='fig_topo']]") == "图 1 网络拓扑")
        #expect(doc.string("//w:p[w:bookmarkStart[@w:name='tbl_devices']]") == "表 1 设备")
    }

    @Test func aWidthInPercentOrCentimetresSizesThePicture() throws {
        let textWidthEMU = 8504 * 635
        let docx = try render([
            .image(Image(resource: "a.png", alt: "a", width: .percent(50))),
            .image(Image(resource: "a.png", alt: "b", width: .micrometres(50_000))),
            .image(Image(resource: "a.png", alt: "c", width: .percent(100))),
        ], resources: [Resource(id: "a.png", mediaType: "image/png", data: Fixtures.png192)])
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//wp:inline/wp:extent/@cx").compactMap { Int($0) } == [textWidthEMU / 2, 1_800_000, textWidthEMU])
        #expect(doc.strings("//wp:inline/wp:extent/@cy").compactMap { Int($0) } == [textWidthEMU / 4, 900_000, textWidthEMU / 2])
    }

    @Test func anSVGIsPlacedAsItsPNGCopyWithTheSVGInTheWord2016Extension() throws {
        let docx = try render([.image(Image(resource: "t.svg", alt: "矢量图", fallback: "t.svg.png"))], resources: [
            Resource(id: "t.svg", mediaType: "image/svg+xml", data: Self.svg),
            Resource(id: "t.svg.png", mediaType: "image/png", data: Fixtures.png192),
        ])
        let doc = try docx.xml("word/document.xml")
        let rels = try docx.xml("word/_rels/document.xml.rels")
        let blip = try #require(doc.string("//a:blip/@r:embed"))
        let svg = try #require(doc.string("//a:blip/a:extLst/a:ext/*[local-name()='svgBlip']/@r:embed"))
        #expect(rels.string("//rel:Relationship[@Id='\(blip)']/@Target")?.hasSuffix(".png") == true)
        #expect(rels.string("//rel:Relationship[@Id='\(svg)']/@Target")?.hasSuffix(".svg") == true)
        let types = try docx.xml("[Content_Types].xml")
        #expect(types.count("//ct:Default[@Extension='svg'][@ContentType='image/svg+xml']") == 1)
    }

    @Test func aGIFIsEmbeddedAtItsSizeAndAnSVGWithoutACopyShowsItsAltText() throws {
        let gifDocx = try render([.image(Image(resource: "a.gif", alt: "动图"))], resources: [Resource(id: "a.gif", mediaType: "image/gif", data: Self.gif)])
        let gif = try gifDocx.xml("word/document.xml")
        #expect(gif.string("//wp:inline/wp:extent/@cx") == String(200 * 9525))  // 200 px at 96 dpi
        let (file, output) = try renderWithOutput([.image(Image(resource: "t.svg", alt: "矢量图"))],
                                                  resources: [Resource(id: "t.svg", mediaType: "image/svg+xml", data: Self.svg)])
        let doc = try file.xml("word/document.xml")
        #expect(doc.count("//wp:inline") == 0 && doc.strings("//w:t").contains("[矢量图]"))
        #expect(output.warnings.contains { $0.contains("has no PNG copy") })
    }
}
