import BidKitPluginSDK
import DocxWriter
import Testing

/// Pictures: extent from pixels and dpi, scaled to the text width, embedded once with relationships.
@Suite struct ImageTests {
    private func extents() throws -> [(cx: Int, cy: Int, descr: String)] {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        let doc = try docx.xml("word/document.xml")
        return doc.nodes("//wp:inline").map { node in
            (Int(doc.string("wp:extent/@cx", at: node) ?? "") ?? -1, Int(doc.string("wp:extent/@cy", at: node) ?? "") ?? -1,
             doc.string("wp:docPr/@descr", at: node) ?? "")
        }
    }

    @Test func imagesWiderThanTheTextAreScaledToItKeepingTheAspectRatio() throws {
        let all = try extents()
        let textWidthEMU = 8504 * 635
        // 960×480 px at 96 dpi is 10 in = 9144000 EMU wide, more than the 5400040 EMU text width.
        #expect(all[0].cx == textWidthEMU)
        #expect(all[0].cy == textWidthEMU / 2)
        // 1600×400 px: scaled to the text width, a quarter as high.
        #expect(all[1].cx == textWidthEMU)
        #expect(all[1].cy == textWidthEMU / 4)
    }

    @Test func resolutionFromPngPhysAndJpegJfifSetsTheNaturalSize() throws {
        let all = try extents()
        // 384×192 px at 192 dpi = 2 in × 1 in.
        #expect(all[2].cx == 1_828_800)
        #expect(all[2].cy == 914_400)
        // 600×300 px at 300 dpi = 2 in × 1 in.
        #expect(all[3].cx == 1_828_800)
        #expect(all[3].cy == 914_400)
        #expect(all[3].descr == "照片")
    }

    @Test func a960x480PngAt96DpiIs9144000x4572000EmuWhenItFits() throws {
        // On an A3 landscape page (from a real reference .docx) the 10-inch picture fits.
        var package = Fixtures.zh
        package.parts = [Part(id: "p", title: "图", number: "第一章", sections: [
            Section(id: "s", title: "图", number: "一、", kind: "markdown", blocks: [.image(Image(resource: "img/960.png", alt: "a"))]),
        ])]
        let reference = try ReferenceFixtures.docx(from: "cn-goods", page: ReferenceFixtures.a3Landscape)
        let output = try DocxWriter().renderDocx(package, options: ["reference_docx": reference.path])
        let doc = try DocxFile(output.bytes).xml("word/document.xml")
        #expect(doc.string("//wp:inline/wp:extent/@cx") == "9144000")
        #expect(doc.string("//wp:inline/wp:extent/@cy") == "4572000")
        #expect(doc.string("//wp:inline/wp:docPr/@descr") == "a")
    }

    @Test func mediaPartsRelationshipsAndCaptions() throws {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        #expect(try docx.data("word/media/image1.png") == Fixtures.png960)
        #expect(try docx.data("word/media/image4.jpeg") == Fixtures.jpeg300)
        let rels = try docx.xml("word/_rels/document.xml.rels")
        let doc = try docx.xml("word/document.xml")
        let embed = try #require(doc.string("(//a:blip/@r:embed)[1]"))
        #expect(rels.string("//rel:Relationship[@Id='\(embed)']/@Target") == "media/image1.png")
        #expect(doc.string("//w:p[w:pPr/w:pStyle/@w:val='Caption'][preceding-sibling::w:p[1]//wp:inline]") == "图 1 系统拓扑")
        let ids = doc.strings("//wp:docPr/@id")
        #expect(Set(ids).count == 4)
    }
}
