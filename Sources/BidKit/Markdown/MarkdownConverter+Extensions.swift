import CCmarkGFM
import Foundation

/// The Markdown proposals use beyond GFM, as the converter reads it (docs/bid-project.md,
/// "Markdown sections"): footnotes, task lists, `{#id width=60%}` attributes on pictures and
/// headings, table captions, and page break markers. Cross-reference markers are `ReferenceMarkers`.
extension MarkdownConverter {
    /// A footnote reference (`[^note]`) with the text of its definition. A definition of several
    /// paragraphs keeps them as lines; a list or table inside one is reduced to its text.
    func footnote(_ node: OpaquePointer, depth: Int) throws -> Inline {
        guard let number = Int(literal(node)), number >= 1, number <= notes.definitions.count else {
            notes.unsupported("a footnote reference without its definition")
            return .text("")
        }
        if let done = notes.footnotes[number] { return .footnote(done) }
        let inner = try enter(node, from: depth)
        var content: [Inline] = []
        for child in children(notes.definitions[number - 1]) {
            if !content.isEmpty { content.append(.lineBreak) }
            if typeName(child) == "paragraph" {
                content += try inlines(childrenOf: child, depth: inner)
            } else {
                notes.unsupported("a list, table or quote inside a footnote (its text is kept)")
                content.append(.text(Block.textUnits(try blocks(childrenOf: child, depth: inner)).joined(separator: " ")))
            }
        }
        notes.footnotes[number] = content
        return .footnote(content)
    }

    /// A task list item (`- [ ]`, `- [x]`) starts with a ballot box, so every format shows its state.
    func taskMarked(_ blocks: [Block], item: OpaquePointer) -> [Block] {
        guard typeName(item) == "tasklist" else { return blocks }
        let box: Inline = .text(cmark_gfm_extensions_get_tasklist_item_checked(item) ? "☑ " : "☐ ")
        guard case .paragraph(var first)? = blocks.first else { return [.paragraph(Paragraph([box]))] + blocks }
        first.content.insert(box, at: 0)
        return [.paragraph(first)] + blocks.dropFirst()
    }

    /// `# Architecture {#sec:architecture}`: the heading's own anchor, for cross-references.
    func headingAnchor(_ content: [Inline]) -> ([Inline], String) {
        guard case .text(let last)? = content.last, let (attributes, rest) = MarkdownAttributes.trailing(last) else { return (content, "") }
        report(attributes, allowingWidth: false)
        var kept = Array(content.dropLast())
        if !rest.isEmpty { kept.append(.text(String(rest))) }
        return (kept, attributes.id ?? "")
    }

    /// `{#fig:x width=60%}` right after a picture: read from the text nodes that follow it (cmark
    /// splits text at `:`), which are then left holding only what came after the braces.
    func takeAttributes(after image: OpaquePointer) -> MarkdownAttributes? {
        var nodes: [OpaquePointer] = []
        var text = ""
        var next = cmark_node_next(image)
        while let n = next, typeName(n) == "text" {
            nodes.append(n)
            text += literal(n)
            if text.contains("}") { break }
            next = cmark_node_next(n)
        }
        guard let (attributes, rest) = MarkdownAttributes.leading(text) else { return nil }
        for (i, n) in nodes.enumerated() { _ = cmark_node_set_literal(n, i == nodes.count - 1 ? String(rest) : "") }
        return attributes
    }

    func apply(_ attributes: MarkdownAttributes, to image: inout Image) {
        report(attributes, allowingWidth: true)
        if let id = attributes.id { image.anchor = id }
        if let width = attributes.width { image.width = width }
    }

    private func report(_ attributes: MarkdownAttributes, allowingWidth: Bool) {
        if !attributes.ignored.isEmpty || (!allowingWidth && attributes.width != nil) {
            notes.unsupported("attributes other than {#id} and, on pictures, width=… (" + attributes.ignored.joined(separator: " ") + ")")
        }
    }

    /// `\newpage` or `\pagebreak` alone in a paragraph (LaTeX and pandoc users type these), besides `<!-- pagebreak -->`.
    func isPageBreakMarker(_ paragraph: OpaquePointer) -> Bool {
        let kids = children(paragraph)
        let text = kids.allSatisfy { typeName($0) == "text" } ? kids.map(literal).joined() : ""
        // Both markers hold a backslash, which trimming never removes: without one, no Foundation
        // trim of the whole paragraph (that trim on every paragraph was a tenth of assembly).
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return false }
        return ["\\newpage", "\\pagebreak"].contains(text.trimmingCharacters(in: .whitespaces))
    }

    static func isLineBreakTag(_ html: String) -> Bool {
        ["<br>", "<br/>", "<br />"].contains(html.lowercased().replacingOccurrences(of: "  ", with: " "))
    }

    /// A paragraph `Table: caption {#tbl:x}` (or `表：…`, or `: …`) right after — or else right
    /// before — a table becomes that table's caption, as in pandoc.
    func captioningTables(_ blocks: [Block]) -> [Block] {
        guard blocks.contains(where: { if case .table = $0 { return true }; return false }) else { return blocks }
        var out = blocks
        var i = 0
        while i < out.count {
            guard case .table(var table) = out[i], table.caption.isEmpty else { i += 1; continue }
            for j in [i + 1, i - 1] where out.indices.contains(j) {
                guard case .paragraph(let p) = out[j], let caption = Self.captionText(p.content.plainText) else { continue }
                if let (attributes, rest) = MarkdownAttributes.trailing(caption) {
                    report(attributes, allowingWidth: false)
                    table.caption = String(rest)
                    table.anchor = attributes.id ?? ""
                } else {
                    table.caption = caption
                }
                out[i] = .table(table)
                out.remove(at: j)
                if j < i { i -= 1 }
                break
            }
            i += 1
        }
        return out
    }

    /// The caption after `Table:`, `表：`, `表:` or a leading `: `.
    static func captionText(_ text: String) -> String? {
        for prefix in ["Table:", "表：", "表:", ": "] where text.hasPrefix(prefix) {
            let caption = text.dropFirst(prefix.count).trimmingCharacters(in: .whitespaces)
            return caption.isEmpty ? nil : caption
        }
        return nil
    }
}
