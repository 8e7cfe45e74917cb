import BidKitPluginSDK
import DocxWriter
import Testing

/// Issue 12: a certificate's caption is never left at the foot of the page before its scan, and a
/// caption that wraps is not spread across the line.
@Suite struct AttachmentCaptionTests {
    static func caption(_ id: String, _ text: String) -> Block {
        .heading(Heading(level: 3, number: "", anchor: "attachment-\(id)", content: [.text(text)]))
    }

    /// The qualification section as the core assembles it: the list, then each caption over its scan.
    static var package: BidPackage {
        var package = Fixtures.zh
        let scan = TestImages.png(width: 1240, height: 1754, dpi: 150)
        package.resources += [Resource(id: "scan/a.png", mediaType: "image/png", data: scan),
                              Resource(id: "scan/b.png", mediaType: "image/png", data: scan)]
        package.parts[0].sections.append(Section(id: "quals", title: "资格证明文件", number: "七、", kind: "markdown", blocks: [
            Self.caption("license", "附件：营业执照（91330108573126481K）"),
            .image(Image(resource: "scan/a.png", alt: "营业执照")),
            Fixtures.p("以上为营业执照。"),
            Self.caption("cert", "附件：建筑业企业资质证书（电子与智能化工程专业承包贰级）（D233065871）"),
            .image(Image(resource: "scan/b.png", alt: "资质证书")),
            .heading(Heading(level: 3, number: "", anchor: "remarks", content: [.text("说明")])),
            .image(Image(resource: "scan/a.png", alt: "另一张")),
        ]))
        return package
    }

    /// pPr of the paragraph holding the bookmark for `anchor`.
    func properties(_ doc: XMLPart, anchor: String) -> (pageBreak: Bool, keepNext: Bool, jc: String?) {
        let p = doc.nodes("//w:p[w:bookmarkStart[@w:name='\(anchor)']]").first
        return (doc.nodes("w:pPr/w:pageBreakBefore", at: p).count == 1, doc.nodes("w:pPr/w:keepNext", at: p).count == 1,
                doc.string("w:pPr/w:jc/@w:val", at: p))
    }

    @Test func eachCertificateCaptionStartsAPageAndKeepsWithItsScanFlushLeft() throws {
        let (docx, output) = try Fixtures.render(Self.package)
        let doc = try docx.xml("word/document.xml")
        let license = try #require(output.bookmarks["attachment-license"])
        let cert = try #require(output.bookmarks["attachment-cert"])
        // The first block of its section: the section heading began the page, no second break.
        #expect(properties(doc, anchor: license) == (false, true, "left"))
        #expect(properties(doc, anchor: cert) == (true, true, "left"))
        // The caption's next paragraph is the scan.
        let p = doc.nodes("//w:p[.//w:bookmarkStart[@w:name='\(cert)']]/following-sibling::w:p[1]").first
        #expect(doc.nodes(".//wp:inline", at: p).count == 1)
        // A heading of the author's own over a picture is not an attachment caption.
        let remarks = try #require(output.bookmarks["remarks"])
        #expect(properties(doc, anchor: remarks).pageBreak == false)
    }

    @Test func headingsBelowThePartTitleAreFlushLeftInTheChineseStyles() throws {
        for template in ["cn-goods", "cn-works"] {
            let (docx, _) = try Fixtures.render(Fixtures.zh, template: template)
            let styles = try docx.xml("word/styles.xml")
            for level in 2...5 {
                #expect(styles.string("//w:style[@w:styleId='Heading\(level)']/w:pPr/w:jc/@w:val") == "left", "\(template) Heading\(level)")
            }
        }
    }
}
