import BidKitPluginSDK

/// Block content as lines of at most `width` display columns (code blocks excepted: wrapping
/// code would change it).
///
/// Each block becomes a group of lines with no blank line at either end; callers decide the
/// spacing between groups. Nested content (list items, quotes) is rendered narrower and then
/// prefixed, so nesting works to any depth.
struct BlockText {
    let settings: TextSettings

    /// Top-level blocks, separated by blank lines.
    func lines(for blocks: [Block], width: Int, listDepth: Int = 0) -> [String] {
        TextLines.joinBlocks(blocks.map { lines(for: $0, width: width, listDepth: listDepth) })
    }

    /// The blocks of a list item: compact, so a nested list follows its item's text directly;
    /// only two consecutive non-list blocks (paragraphs) get a blank line between them.
    func itemLines(for blocks: [Block], width: Int, listDepth: Int) -> [String] {
        var out: [String] = []
        var previousWasList = true
        for block in blocks {
            let group = lines(for: block, width: width, listDepth: listDepth)
            guard !group.isEmpty else { continue }
            let isList = if case .list = block { true } else { false }
            if !out.isEmpty && !isList && !previousWasList { out.append("") }
            out += group
            previousWasList = isList
        }
        return out
    }

    func lines(for block: Block, width: Int, listDepth: Int = 0) -> [String] {
        switch block {
        case .heading(let heading):
            return wrap(Heading.join(number: heading.number, title: InlineText.render(heading.content)), width: width)
        case .paragraph(let paragraph):
            return paragraphLines(paragraph, width: width)
        case .list(let list):
            return ListText(blocks: self).lines(for: list, width: width, depth: listDepth)
        case .table(let table):
            return TableText(blocks: self).lines(for: table, width: width)
        case .image(let image):
            return wrap(imageText(image), width: width)
        case .quote(let blocks):
            let inner = lines(for: blocks, width: max(width - 2, 8), listDepth: listDepth)
            return TextLines.prefix(inner, first: settings.quoteBar, rest: settings.quoteBar)
        case .code(let code):
            return codeLines(code)
        case .thematicBreak:
            return [settings.center("* * *", in: width)]
        case .pageBreak:
            // A form feed on its own line: pagers and printers start a new page there.
            return ["\u{0C}"]
        case .signature(let signature):
            return SignatureText.lines(for: signature, settings: settings, width: width)
        case .toc(let entries):
            return TocText.lines(for: entries, settings: settings, width: width)
        }
    }

    private func paragraphLines(_ paragraph: Paragraph, width: Int) -> [String] {
        let lines = wrap(InlineText.render(paragraph.content), width: width)
        switch paragraph.alignment {
        case .none, .left: return lines
        case .center: return lines.map { settings.center($0, in: width) }
        case .right: return lines.map { settings.right($0, in: width) }
        }
    }

    /// `[图: alt] title` — the reader of a text file can't see the picture, so say what it is.
    func imageText(_ image: Image) -> String {
        let figure = settings.labels[Labels.Key.figure]
        let marker = image.alt.isEmpty ? "[\(figure)]" : "[\(figure): \(image.alt)]"
        return image.captionLine.isEmpty ? marker : marker + " " + image.captionLine
    }

    /// Indented four spaces and never wrapped; tabs and blank lines kept.
    private func codeLines(_ code: CodeBlock) -> [String] {
        var text = Substring(code.text)
        while text.last?.isNewline == true { text.removeLast() }
        guard !text.isEmpty else { return [] }
        return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
            .map { $0.isEmpty ? "" : "    " + $0 }
    }

    func wrap(_ text: String, width: Int) -> [String] { settings.wrap(text, width: width) }
}
