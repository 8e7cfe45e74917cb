import BidKitPluginSDK

/// Footnotes and page references.
///
/// A footnote is a `w:footnoteReference` run where it stands and a `w:footnote` in
/// `word/footnotes.xml`, which Word and LibreOffice number and place at the foot of the page. The
/// part starts with the separator and continuation-separator notes (ids -1 and 0) Word expects.
/// Links inside a note are written as their text: the note part would need relationships of its own.
///
/// A cross-reference's page is a `PAGEREF` field to the target's bookmark, filled in when Word updates
/// fields (on open) and when LibreOffice lays the document out for the PDF.
extension DocumentBuilder {
    func footnoteReference(_ content: [Inline], format: RunFormat) -> String {
        let id = footnotes.count + 1
        let plain = content.mapInlines { inline in
            switch inline {
            case .link(let url, let c): return .text(c.isEmpty ? url : c.plainText)
            case .footnote: return .text("")
            case .reference(let r): return .text(r.text)
            default: return inline
            }
        }
        var paragraph = "<w:p><w:pPr>" + (style("footnote text").map { "<w:pStyle w:val=\"\($0)\"/>" } ?? "") + "</w:pPr>"
        paragraph += "<w:r>\(noteMarkProperties)<w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
        paragraph += inlineXML(plain) + "</w:p>"
        footnotes.append("<w:footnote w:id=\"\(id)\">\(paragraph)</w:footnote>")
        return "<w:r>\(noteMarkProperties)<w:footnoteReference w:id=\"\(id)\"/></w:r>"
    }

    /// The reference mark: the template's footnote reference style, else superscript.
    private var noteMarkProperties: String {
        if let id = styles.paragraph("footnote reference") { return "<w:rPr><w:rStyle w:val=\"\(id)\"/></w:rPr>" }
        return "<w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
    }

    /// `word/footnotes.xml`, and its relationship, when the document has footnotes.
    func footnotesPart() -> String? {
        guard !footnotes.isEmpty else { return nil }
        _ = relationships.add(.footnotes, target: "footnotes.xml")
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<w:footnotes xmlns:w=\"\(NS.w)\" xmlns:r=\"\(NS.r)\">"
        out += "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>"
        out += "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        return out + footnotes.joined() + "</w:footnotes>"
    }

    /// `PAGEREF <bookmark> \h` with "?" shown until the field is updated.
    func pageField(_ anchor: String, format: RunFormat) -> String {
        let rPr = runProperties(format, linked: false)
        let name = bookmarks.name(for: anchor)
        return "<w:r>\(rPr)<w:fldChar w:fldCharType=\"begin\"/></w:r>"
            + "<w:r>\(rPr)<w:instrText xml:space=\"preserve\"> PAGEREF \(name) \\h </w:instrText></w:r>"
            + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"separate\"/></w:r>"
            + "<w:r>\(rPr)<w:t>?</w:t></w:r>"
            + "<w:r>\(rPr)<w:fldChar w:fldCharType=\"end\"/></w:r>"
    }
}
