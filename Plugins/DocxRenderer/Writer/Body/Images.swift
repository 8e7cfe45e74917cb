import BidKitOOXML
import BidKitPluginSDK

/// Pictures: PNG, JPEG and GIF resources stored once each as `word/media/imageN.ext`, placed inline
/// (`wp:inline`) at their natural size (pixels and dpi) — or the width the author gave
/// (`{width=60%}`) — scaled down to the text width, with the alt text as `wp:docPr/@descr` and the
/// numbered caption ("图 1 …", bookmarked for cross-references) as a paragraph below.
/// An SVG is placed as Word 2016 does: its PNG copy (`Image.fallback`) in `a:blip`, the SVG itself
/// in the `asvg:svgBlip` extension; a WebP is placed as its PNG copy.
extension DocumentBuilder {
    func image(_ image: Image, _ ctx: Context) -> [BodyElement] {
        guard let media = embed(image.fallback.isEmpty ? image.resource : image.fallback) else {
            var props = baseProperties(ctx)
            props.alignment = "center"
            let text = image.alt.isEmpty ? image.resource : image.alt
            return [.paragraph(props, content: run(text: "[\(text)]"))]
        }
        let page = reference.page
        let indent = ctx.inTable ? 0 : (ctx.indent ?? 0)
        // 1 dxa (twip) = 635 EMU; leave a little height so caption and picture share a page.
        let width = ctx.availableWidth ?? (page.textWidth - indent)
        let (cx, cy) = media.info.fitted(maxCX: width * 635, maxCY: page.textHeight * 635 * 85 / 100, requested: image.width)
        let id = nextDrawingID
        nextDrawingID += 1
        let alt = XMLText.attribute(image.alt)
        var drawing = "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
        drawing += "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
        drawing += "<wp:docPr id=\"\(id)\" name=\"Picture \(id)\" descr=\"\(alt)\"/>"
        drawing += "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        drawing += "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
        drawing += "<pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"Picture \(id)\" descr=\"\(alt)\"/><pic:cNvPicPr/></pic:nvPicPr>"
        drawing += "<pic:blipFill><a:blip r:embed=\"\(media.relID)\">\(svgExtension(image))</a:blip><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        drawing += "<pic:spPr bwMode=\"auto\"><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
        drawing += "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        drawing += "</wp:inline></w:drawing></w:r>"

        var props = ParagraphProperties()
        props.style = style("Image")
        props.alignment = "center"
        if !ctx.inTable, let indent = ctx.indent { props.indent = "<w:ind w:left=\"\(indent)\" w:firstLine=\"0\"/>" }
        props.keepNext = !image.captionLine.isEmpty
        var out: [BodyElement] = [.paragraph(props, content: image.captionLine.isEmpty ? bookmarked(image.anchor, drawing) : drawing)]
        if !image.captionLine.isEmpty {
            var caption = ParagraphProperties()
            caption.style = style("caption")
            caption.alignment = "center"
            out.append(.paragraph(caption, content: bookmarked(image.anchor, run(text: image.captionLine))))
        }
        return out
    }

    /// `a:extLst` naming the SVG original of a picture whose `a:blip` is its PNG copy.
    private func svgExtension(_ image: Image) -> String {
        guard !image.fallback.isEmpty, package.resource(id: image.resource)?.mediaType == "image/svg+xml",
              let svg = embedOriginal(image.resource, format: .svg) else { return "" }
        return "<a:extLst><a:ext uri=\"{96DAC541-7B7A-43D3-8B79-37D633B846F1}\"><asvg:svgBlip r:embed=\"\(svg)\"/></a:ext></a:extLst>"
    }

    /// A resource stored as it is (the SVG beside its PNG copy), once.
    private func embedOriginal(_ resourceID: String, format: ImageInfo.Format) -> String? {
        let key = "original:" + resourceID
        if let known = images[key] { return known.relID }
        guard let resource = package.resource(id: resourceID) else { return nil }
        let name = "image\(media.count + 1).\(format.rawValue)"
        media.append((name: "word/media/" + name, data: resource.data))
        let relID = relationships.add(.image, target: "media/" + name)
        images[key] = (relID, ImageInfo(format: format, width: 1, height: 1))
        return relID
    }

    /// The relationship of a resource's media part, added on first use.
    private func embed(_ resourceID: String) -> (relID: String, info: ImageInfo)? {
        if let known = images[resourceID] { return known }
        guard let resource = package.resource(id: resourceID) else {
            warn("image \(resourceID) is not in the package; its alt text is shown instead")
            return nil
        }
        guard let info = ImageInfo.read(resource.data) else {
            let missing = ["image/svg+xml", "image/webp"].contains(resource.mediaType)
                ? "has no PNG copy (rsvg-convert or dwebp was not available at build time)" : "is not a PNG, JPEG or GIF file that can be read"
            warn("image \(resourceID) (\(resource.mediaType)) \(missing); its alt text is shown instead")
            return nil
        }
        let name = "image\(media.count + 1).\(info.format.rawValue)"
        media.append((name: "word/media/" + name, data: resource.data))
        let relID = relationships.add(.image, target: "media/" + name)
        images[resourceID] = (relID, info)
        return (relID, info)
    }
}

extension DocumentBuilder {
    /// An attachment's caption ("附件：营业执照（…）", the heading the core places over a certificate
    /// scan with an `attachment-` anchor, `Attachments.anchor`) right before its first page's picture
    /// starts a page and keeps with the picture: LibreOffice does not honour
    /// keep-with-next before a picture that fills the page, and left the caption at the foot of the
    /// page before. The first block of a section needs no break (the section heading began the page).
    /// Flush left, so a caption that wraps to two lines does not spread its characters (Normal is justified).
    static func captionBeforePicture(_ element: BodyElement, startsPage: Bool) -> BodyElement {
        guard case .paragraph(var props, let content) = element else { return element }
        props.keepNext = true
        props.pageBreakBefore = props.pageBreakBefore || startsPage
        props.alignment = "left"
        return .paragraph(props, content: content)
    }

    /// Whether block `i` is an attachment's caption heading followed by its picture.
    static func isCaptionBeforePicture(_ blocks: [Block], _ i: Int) -> Bool {
        guard blocks.indices.contains(i), case .heading(let h) = blocks[i], h.anchor.hasPrefix("attachment-"),
              i + 1 < blocks.count, case .image = blocks[i + 1] else { return false }
        return true
    }
}
