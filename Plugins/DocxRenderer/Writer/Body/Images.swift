import BidKitOOXML
import BidKitPluginSDK

/// Pictures: PNG and JPEG resources stored once each as `word/media/imageN.ext`, placed inline
/// (`wp:inline`) at their natural size (pixels and dpi) scaled down to the text width, with the
/// alt text as `wp:docPr/@descr` and the title as a caption paragraph below.
extension DocumentBuilder {
    func image(_ image: Image, _ ctx: Context) -> [BodyElement] {
        guard let media = embed(image.resource) else {
            var props = baseProperties(ctx)
            props.alignment = "center"
            let text = image.alt.isEmpty ? image.resource : image.alt
            return [.paragraph(props, content: run(text: "[\(text)]"))]
        }
        let page = reference.page
        let indent = ctx.inTable ? 0 : (ctx.indent ?? 0)
        // 1 dxa (twip) = 635 EMU; leave a little height so caption and picture share a page.
        let width = ctx.availableWidth ?? (page.textWidth - indent)
        let (cx, cy) = media.info.fitted(maxCX: width * 635, maxCY: page.textHeight * 635 * 85 / 100)
        let id = nextDrawingID
        nextDrawingID += 1
        let alt = XMLText.attribute(image.alt)
        var drawing = "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
        drawing += "<wp:extent cx=\"\(cx)\" cy=\"\(cy)\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>"
        drawing += "<wp:docPr id=\"\(id)\" name=\"Picture \(id)\" descr=\"\(alt)\"/>"
        drawing += "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/></wp:cNvGraphicFramePr>"
        drawing += "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
        drawing += "<pic:nvPicPr><pic:cNvPr id=\"\(id)\" name=\"Picture \(id)\" descr=\"\(alt)\"/><pic:cNvPicPr/></pic:nvPicPr>"
        drawing += "<pic:blipFill><a:blip r:embed=\"\(media.relID)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
        drawing += "<pic:spPr bwMode=\"auto\"><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(cx)\" cy=\"\(cy)\"/></a:xfrm>"
        drawing += "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
        drawing += "</wp:inline></w:drawing></w:r>"

        var props = ParagraphProperties()
        props.style = style("Image")
        props.alignment = "center"
        if !ctx.inTable, let indent = ctx.indent { props.indent = "<w:ind w:left=\"\(indent)\" w:firstLine=\"0\"/>" }
        props.keepNext = !image.title.isEmpty
        var out: [BodyElement] = [.paragraph(props, content: drawing)]
        if !image.title.isEmpty {
            var caption = ParagraphProperties()
            caption.style = style("caption")
            caption.alignment = "center"
            out.append(.paragraph(caption, content: run(text: image.title)))
        }
        return out
    }

    /// The relationship of a resource's media part, added on first use.
    private func embed(_ resourceID: String) -> (relID: String, info: ImageInfo)? {
        if let known = images[resourceID] { return known }
        guard let resource = package.resource(id: resourceID) else {
            warn("image \(resourceID) is not in the package; its alt text is shown instead")
            return nil
        }
        guard let info = ImageInfo.read(resource.data) else {
            warn("image \(resourceID) (\(resource.mediaType)) is not a PNG or JPEG file that can be read; its alt text is shown instead")
            return nil
        }
        let name = "image\(media.count + 1).\(info.format.rawValue)"
        media.append((name: "word/media/" + name, data: resource.data))
        let relID = relationships.add(.image, target: "media/" + name)
        images[resourceID] = (relID, info)
        return (relID, info)
    }
}
