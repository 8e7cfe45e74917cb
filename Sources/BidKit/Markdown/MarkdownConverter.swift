import BidKitModel
import CCmarkGFM

/// Converts one Markdown section to blocks with cmark-gfm (GFM tables, strikethrough, autolinks,
/// task lists, footnotes) and the proposal extensions in `MarkdownConverter+Extensions.swift`
/// (attributes, captions, cross-references, page breaks). Headings come out at level 3 and below:
/// levels 1 and 2 are the part and the section. What cannot be represented is left out and named
/// once per section in a warning (`MarkdownNotes`), never printed as source text.
struct MarkdownConverter {
    let context: MarkdownContext
    /// Project-relative path of the Markdown file.
    let file: String
    let text: String

    /// Lines of `text`, split when a location is first asked for.
    private let sourceLines: SourceLines
    /// Footnote definitions and what could not be represented, for this section.
    let notes = MarkdownNotes()

    init(context: MarkdownContext, file: String, text: String) {
        self.context = context
        self.file = file
        self.text = text
        sourceLines = SourceLines(text)
    }

    private var displayFile: String { context.paths.display(file) }
    private var directory: String { file.split(separator: "/").dropLast().joined(separator: "/") }

    func convert() throws -> [Block] {
        let fieldErrors = context.collecting ? [] : context.fields.validate(text, file: displayFile)
        if let first = fieldErrors.first { throw fieldErrors.count == 1 ? first as Error : LoadErrors(fieldErrors) }

        guard let blocks = try GFMParser.withDocument(text, { root in
            try blocks(childrenOf: root, depth: 0, skipping: notes.collectDefinitions(root, typeName: typeName))
        }) else {
            throw LoadError(location(line: 1), "cannot parse Markdown (out of memory)")
        }
        if let warning = notes.warning(file: displayFile) { context.warn(warning) }
        return blocks
    }

    func location(_ node: OpaquePointer) -> SourceLocation {
        let line = Int(cmark_node_get_start_line(node))
        guard let column = sourceLines.column(line: line, byteColumn: Int(cmark_node_get_start_column(node))) else {
            return location(line: max(line, 1))
        }
        return SourceLocation(file: displayFile, line: line, column: column)
    }

    private func location(line: Int) -> SourceLocation { SourceLocation(file: displayFile, line: line, column: 1) }

    func children(_ node: OpaquePointer) -> [OpaquePointer] {
        var out: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            out.append(c)
            child = cmark_node_next(c)
        }
        return out
    }

    func typeName(_ node: OpaquePointer) -> String {
        // cmark-gfm names footnote nodes "<unknown>"; their type numbers are fixed in the core.
        switch cmark_node_get_type(node) {
        case CMARK_NODE_FOOTNOTE_REFERENCE: return "footnote_reference"
        case CMARK_NODE_FOOTNOTE_DEFINITION: return "footnote_definition"
        default: return cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
        }
    }

    func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The blocks inside `node`, whose content sits `depth` levels deep (see `Nesting`).
    func blocks(childrenOf node: OpaquePointer, depth: Int, skipping skipped: Set<OpaquePointer> = []) throws -> [Block] {
        captioningTables(try children(node).filter { !skipped.contains($0) }.flatMap { try blocks(for: $0, depth: depth) })
    }

    /// Content one level below `node` (a quote, list item or emphasis run inside it): refused past
    /// `Nesting.limit`, where renderers' recursion would otherwise run out of stack.
    func enter(_ node: OpaquePointer, from depth: Int) throws -> Int {
        guard depth < Nesting.limit else {
            throw LoadError(location(node), "content nested more than \(Nesting.limit) levels deep (block quotes, list items "
                            + "and emphasis or links count together); flatten it")
        }
        return depth + 1
    }

    private func blocks(for node: OpaquePointer, depth: Int) throws -> [Block] {
        switch typeName(node) {
        case "paragraph":
            return try paragraph(node, depth: depth)
        case "heading":
            let level = Int(cmark_node_get_heading_level(node)) + 2
            let (content, anchor) = headingAnchor(try inlines(childrenOf: node, depth: depth))
            return [.heading(Heading(level: level, number: "", anchor: anchor, content: content))]
        case "block_quote":
            return [.quote(try blocks(childrenOf: node, depth: try enter(node, from: depth)))]
        case "list":
            let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
            let items = try children(node).map { taskMarked(try blocks(childrenOf: $0, depth: try enter($0, from: depth)), item: $0) }
            return [.list(ListBlock(ordered: ordered, start: ordered ? Int(cmark_node_get_list_start(node)) : 1, items: items))]
        case "code_block":
            let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
            let body = context.fields.substitute(literal(node))
            if info.trimmingCharacters(in: .whitespaces) == "signature" {
                return [.signature(try SignatureSpec.parse(body, at: location(node), context: context))]
            }
            return [.code(CodeBlock(language: info, text: body.hasSuffix("\n") ? String(body.dropLast()) : body))]
        case "html_block":
            let html = literal(node).trimmingCharacters(in: .whitespacesAndNewlines)
            if html.replacingOccurrences(of: " ", with: "").lowercased() == "<!--pagebreak-->" { return [.pageBreak] }
            if html.hasPrefix("<!--") { return [] }  // a comment is a note to the authors
            notes.unsupported("raw HTML")  // left out, never interpreted or printed as source
            return []
        case "thematic_break":
            return [.thematicBreak]
        case "table":
            return [.table(try table(node, depth: depth))]
        default:
            return []
        }
    }

    /// A paragraph; images inside it become image blocks of their own, in order.
    private func paragraph(_ node: OpaquePointer, depth: Int) throws -> [Block] {
        if isPageBreakMarker(node) { return [.pageBreak] }
        var out: [Block] = []
        var pending: [OpaquePointer] = []
        func flush() throws {
            let content = try inlines(pending, depth: depth).filter { $0 != .text("") }.trimmedBreaks
            if !content.isEmpty { out.append(.paragraph(Paragraph(content))) }
            pending = []
        }
        for child in children(node) {
            if typeName(child) == "image" {
                try flush()
                var picture = try image(child, parent: node, depth: depth)
                if let attributes = takeAttributes(after: child) { apply(attributes, to: &picture) }
                out.append(.image(picture))
            } else {
                pending.append(child)
            }
        }
        try flush()
        return out
    }

    private func image(_ node: OpaquePointer, parent: OpaquePointer, depth: Int) throws -> Image {
        let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
        let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
        var at = location(node)
        if at.line < 1 { at = location(parent) }
        let id = try context.image(url.removingPercentEncoding ?? url, from: directory, at: at)
        return Image(resource: id, alt: try inlines(childrenOf: node, depth: try enter(node, from: depth)).plainText, title: context.fields.substitute(title))
    }

    private func table(_ node: OpaquePointer, depth: Int) throws -> Table {
        let count = Int(cmark_gfm_extensions_get_table_columns(node))
        var columns: [Table.Column] = []
        if let aligns = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<count {
                switch UInt8(aligns[i]) {
                case UInt8(ascii: "l"): columns.append(Table.Column(alignment: .left))
                case UInt8(ascii: "c"): columns.append(Table.Column(alignment: .center))
                case UInt8(ascii: "r"): columns.append(Table.Column(alignment: .right))
                default: columns.append(Table.Column())
                }
            }
        }
        var header: [Table.Row] = [], body: [Table.Row] = []
        for row in children(node) {
            let cells = try children(row).map { Table.Cell(inlines: try inlines(childrenOf: $0, depth: try enter($0, from: depth))) }
            if cmark_gfm_extensions_get_table_row_is_header(row) != 0 { header.append(Table.Row(cells)) } else { body.append(Table.Row(cells)) }
        }
        return Table(columns: columns, header: header, body: body)
    }

    // MARK: Inlines

    func inlines(childrenOf node: OpaquePointer, depth: Int) throws -> [Inline] { try inlines(children(node), depth: depth) }

    /// Inline content sitting `depth` levels deep; a run's content is one level further down.
    private func inlines(_ nodes: [OpaquePointer], depth: Int) throws -> [Inline] {
        var out: [Inline] = []
        for node in nodes {
            switch typeName(node) {
            case "html_inline":
                // `<br>` is a line break; other tags are left out (their text, a sibling node, stays).
                if Self.isLineBreakTag(literal(node)) { out.append(.lineBreak) } else { notes.unsupported("raw HTML") }
            case "footnote_reference":
                out.append(try footnote(node, depth: depth))
            case "text":
                // cmark splits text at unmatched delimiters ("total_in_words"): merge before substituting.
                if case .text(let previous)? = out.last {
                    out[out.count - 1] = .text(previous + literal(node))
                } else {
                    out.append(.text(literal(node)))
                }
            case "softbreak": out.append(.softBreak)
            case "linebreak": out.append(.lineBreak)
            case "code": out.append(.code(context.fields.substitute(literal(node))))
            case "emph": out.append(.emphasis(try inlines(childrenOf: node, depth: try enter(node, from: depth))))
            case "strong": out.append(.strong(try inlines(childrenOf: node, depth: try enter(node, from: depth))))
            case "strikethrough": out.append(.strikethrough(try inlines(childrenOf: node, depth: try enter(node, from: depth))))
            case "link":
                let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                out.append(.link(url: context.fields.substitute(url), content: try inlines(childrenOf: node, depth: try enter(node, from: depth))))
            case "image":
                notes.unsupported("a picture inside a heading, link or table cell (its alt text is shown)")
                out.append(.text(try inlines(childrenOf: node, depth: try enter(node, from: depth)).plainText))
            default: break
            }
        }
        return CJKEmphasis.strongRuns(in: out.flatMap { inline -> [Inline] in
            if case .text(let s) = inline { return ReferenceMarkers.split(context.fields.substitute(s)) }
            return [inline]
        })
    }
}

extension Array where Element == Inline {
    /// Drops line breaks left at either end when images are split out of a paragraph.
    var trimmedBreaks: [Inline] {
        var slice = self[...]
        while let f = slice.first, f == .softBreak || f == .lineBreak { slice = slice.dropFirst() }
        while let l = slice.last, l == .softBreak || l == .lineBreak { slice = slice.dropLast() }
        return Array(slice)
    }
}
