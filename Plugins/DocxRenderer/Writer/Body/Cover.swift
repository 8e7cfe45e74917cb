import BidKitPluginSDK

/// The cover page, from the package's front matter: the 正本/副本 mark, the project title, what
/// the document is (and its volume), and the cover's label–value lines, their values in one column
/// (`CoverFields`). Every word comes from the package, so the DOCX says what the HTML and
/// the text say.
extension DocumentBuilder {
    func cover() {
        let cover = package.frontMatter.cover
        if !cover.copy.isEmpty {
            var props = ParagraphProperties()
            props.style = style("Cover Copy Mark")
            props.alignment = "right"
            let boxed = "<w:r><w:rPr><w:bdr w:val=\"single\" w:sz=\"12\" w:space=\"4\" w:color=\"auto\"/></w:rPr>\(textContent(" \(cover.copy) "))</w:r>"
            body.append(.paragraph(props, content: boxed))
        }
        var title = ParagraphProperties()
        title.style = style("Title")
        if title.style == nil { title.alignment = "center" }
        // A Chinese title of two lines breaks between words (`CoverTitle`), at the templates' 22 pt.
        let titleLines = zh ? CoverTitle.lines(cover.title, halfPoints: 44, width: reference.page.textWidth) : [cover.title]
        let titleFormat = RunFormat(bold: title.style == nil)
        body.append(.paragraph(title, content: titleLines.map { run(text: $0, format: titleFormat) }.joined(separator: "<w:r><w:br/></w:r>")))
        var kind = ParagraphProperties()
        kind.style = style("Subtitle")
        if kind.style == nil { kind.alignment = "center" }
        // Chinese covers space out the document's name: 投 标 文 件.
        let kindText = zh ? cover.kind.map(String.init).joined(separator: " ") : cover.kind
        body.append(.paragraph(kind, content: run(text: kindText)))
        // A volume of a bid split into separate documents names itself under the document kind.
        if !cover.volume.isEmpty {
            var props = ParagraphProperties()
            props.style = style("Subtitle")
            if props.style == nil { props.alignment = "center" }
            body.append(.paragraph(props, content: run(text: zh ? "（\(cover.volume)）" : cover.volume)))
        }
        let colon = package.frontMatter.labels.colon.trimmingSuffixSpaces
        let fieldStyle = style("Cover Field")
        // Values in one column from the widest label, wrapped lines and notes in it too (`CoverFields`).
        let fields = CoverFields(labels: cover.lines.map { $0.spacedLabel + colon }, styleID: fieldStyle, styles: styles,
                                 tree: reference.styles, textWidth: reference.page.textWidth, zh: zh)
        let blank = String(repeating: "\u{00A0}", count: 16)
        for line in cover.lines {
            var props = ParagraphProperties()
            props.style = fieldStyle
            props.tabs = fields.tabs
            props.indent = fields.indent
            // A line left blank (the signatory's) gets an underlined space to sign on, not a name.
            let value = line.value.isEmpty ? run(text: blank, format: RunFormat(underline: true)) : run(text: line.value)
            var note = ""
            if !line.note.isEmpty {
                note = (fields.noteFits(line.note, after: line.value.isEmpty ? blank : line.value) ? "" : "<w:r><w:br/></w:r>") + run(text: line.note)
            }
            body.append(.paragraph(props, content: run(text: line.spacedLabel + colon) + "<w:r><w:tab/></w:r>" + value + note))
        }
    }
}

private extension String {
    /// ": " → ":" (the tab stop does the spacing).
    var trimmingSuffixSpaces: String {
        var s = Substring(self)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
