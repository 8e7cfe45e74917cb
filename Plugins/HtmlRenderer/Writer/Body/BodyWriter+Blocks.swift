import BidKitPluginSDK

/// Block content: headings, paragraphs, lists, quotes, code, breaks. Tables, figures, signature
/// blocks and the table of contents have their own files.
extension BodyWriter {
    mutating func writeBlocks(_ blocks: [Block]) throws {
        for block in blocks {
            try writeBlock(block)
        }
    }

    mutating func writeBlock(_ block: Block) throws {
        switch block {
        case .heading(let heading):
            writeHeading(heading)
        case .paragraph(let paragraph):
            let salutation = paragraph.alignment == .none && Self.isSalutation(paragraph.content)
            out.open("p", [("class", salutation ? "salutation" : Self.alignmentClass(paragraph.alignment))])
            InlineWriter.write(paragraph.content, to: &out)
            out.close("p")
            out.newline()
        case .list(let list):
            try writeList(list)
        case .table(let table):
            try writeTable(table)
        case .image(let image):
            try writeFigure(image)
        case .quote(let inner):
            out.open("blockquote")
            out.newline()
            try writeBlocks(inner)
            out.close("blockquote")
            out.newline()
        case .code(let code):
            let language = ClassName.token(code.language)
            out.open("pre", [("class", "code")])
            out.open("code", [("class", language.isEmpty ? nil : "language-" + language)])
            // `<code>` directly follows `<pre>`, so a leading newline in the code is kept
            // (parsers drop only a newline that immediately follows the `<pre>` tag).
            out.text(code.text.hasSuffix("\n") ? String(code.text.dropLast()) : code.text)
            out.close("code")
            out.close("pre")
            out.newline()
        case .thematicBreak:
            out.markup("<hr>\n")
        case .pageBreak:
            out.markup("<div class=\"page-break\"></div>\n")
        case .signature(let signature):
            writeSignature(signature)
        case .toc(let entries):
            writeToc(entries, id: nil)
        }
    }

    private mutating func writeHeading(_ heading: Heading) {
        let level = max(heading.level, 3)
        let classes = ClassName.list(["level-\(level)"])
        let attributes: [(StaticString, String?)] = [("class", classes), ("id", anchors.claim(heading.anchor))]
        let separator = Self.separator(after: heading.number)
        switch min(level + 1, 6) {
        case 4: out.open("h4", attributes)
        case 5: out.open("h5", attributes)
        default: out.open("h6", attributes)
        }
        writeNumbered(number: heading.number, separator: separator) { InlineWriter.write(heading.content, to: &$0) }
        switch min(level + 1, 6) {
        case 4: out.close("h4")
        case 5: out.close("h5")
        default: out.close("h6")
        }
        out.newline()
    }

    private mutating func writeList(_ list: ListBlock) throws {
        let tag: StaticString = list.ordered ? "ol" : "ul"
        let start = list.ordered && list.start != 1 ? String(list.start) : nil
        out.open(tag, [("start", start)])
        out.newline()
        for item in list.items {
            out.open("li")
            try writeFlow(item)
            out.close("li")
            out.newline()
        }
        out.close(tag)
        out.newline()
    }

    /// Content of a list item or table cell. A lone leading paragraph is written without `<p>`
    /// (a tight list item, a plain cell), so items and cells do not gain paragraph margins.
    mutating func writeFlow(_ blocks: [Block]) throws {
        let paragraphs = blocks.filter { if case .paragraph = $0 { return true } else { return false } }
        if paragraphs.count == 1, case .paragraph(let first) = blocks.first, first.alignment == .none {
            InlineWriter.write(first.content, to: &out)
            if blocks.count > 1 { out.newline() }
            try writeBlocks(Array(blocks.dropFirst()))
        } else {
            try writeBlocks(blocks)
        }
    }

    /// The addressee line of a Chinese letter (致：国网临澜市供电公司, 尊敬的评标委员会：), which stays
    /// flush left where the body paragraphs are indented.
    static func isSalutation(_ content: [Inline]) -> Bool {
        guard case .text(let first)? = content.first else { return false }
        if first.hasPrefix("致：") || first.hasPrefix("致:") { return true }
        guard first.hasPrefix("尊敬的"), content.count == 1 else { return false }
        return first.hasSuffix("：") && first.count <= 40
    }

    static func alignmentClass(_ alignment: Alignment) -> String? {
        switch alignment {
        case .none: return nil
        case .left: return "align-left"
        case .center: return "align-center"
        case .right: return "align-right"
        }
    }
}
