import BidKitOOXML
import BidKitPluginSDK

/// The table of contents as a real Word field (`TOC \o "1-2" \h \z \u`, levels from `ContentsLevels`) whose cached result is
/// already filled in from the package's entries: each entry links to the bookmark at its heading
/// and carries a `PAGEREF` field, so the TOC reads correctly before anyone presses F9, and Word
/// refreshes the page numbers on open (`w:updateFields` in the settings). When the package carries
/// page numbers (the core learned them from a layout pass) they are the `PAGEREF` cached results,
/// so the delivered file shows them even where fields are never updated (viewers, LibreOffice).
extension DocumentBuilder {
    func tableOfContents(section: Section, pageBreakBefore: Bool) {
        var props = ParagraphProperties()
        props.style = style("TOC Heading")
        if props.style == nil { props.alignment = "center" }
        props.pageBreakBefore = pageBreakBefore
        body.append(.paragraph(props, content: run(text: section.title, format: RunFormat(bold: props.style == nil))))
        let entries = section.blocks.flatMap { block -> [TocEntry] in
            if case .toc(let e) = block { return e }
            return []
        }
        body += tocField(entries)
    }

    func tocField(_ entries: [TocEntry]) -> [BodyElement] {
        let begin = "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
            + "<w:r><w:instrText xml:space=\"preserve\">\(XMLText.escape(contents.instruction))</w:instrText></w:r>"
            + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
        let end = "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        guard !entries.isEmpty else {
            return [.paragraph(ParagraphProperties(), content: begin + end)]
        }
        let tab = "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"\(reference.page.textWidth)\"/></w:tabs>"
        return entries.enumerated().map { i, entry in
            let level = min(max(entry.level, 1), 9)
            var props = ParagraphProperties()
            props.style = style("toc \(level)")
            props.tabs = tab
            let name = bookmarks.name(for: entry.anchor)
            var link = run(text: Heading.join(number: entry.number, title: entry.title)) + "<w:r><w:tab/></w:r>"
            link += "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
            link += "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF \(name) \\h </w:instrText></w:r>"
            link += "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + run(text: entry.page)
            link += "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
            var content = i == 0 ? begin : ""
            content += "<w:hyperlink w:anchor=\"\(name)\" w:history=\"1\">\(link)</w:hyperlink>"
            if i == entries.count - 1 { content += end }
            return .paragraph(props, content: content)
        }
    }
}
