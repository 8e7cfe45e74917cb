import BidKitPluginSDK

/// Where a block is being written: the style plain paragraphs take, the default alignment (a
/// table column's), the list it belongs to, and whether headings there may be numbered.
struct Context {
    /// Style name for plain paragraphs.
    var paragraphStyle = "Body Text"
    var alignment: Alignment = .none
    /// Index into `DocumentBuilder.lists` and the nesting depth (0 = top-level list).
    var list: (index: Int, depth: Int)?
    /// Left indent of the enclosing list item, for its un-numbered paragraphs.
    var indent: Int?
    var quoteDepth = 0
    /// Only a section's own headings are numbered by the core; headings inside quotes, lists or
    /// cells are written as bold paragraphs so Word's heading counters stay in step.
    var topLevel = true
    var inTable = false
    /// Formatting every run starts from (bold in header rows when the reference lacks their style).
    var runFormat = RunFormat()
    /// Width available inside a table cell (dxa), for nested tables and pictures.
    var availableWidth: Int?
    /// Paragraphs keep with the next one (a table's last row before a signature block).
    var keepWithNext = false
}

extension DocumentBuilder {
    func blocks(_ blocks: [Block], _ ctx: Context) throws -> [BodyElement] {
        var out: [BodyElement] = []
        var afterTable = false
        /// Where each block's elements start in `out`, for a signature block's lead-in.
        var starts: [Int] = []
        for (i, block) in blocks.enumerated() {
            starts.append(out.count)
            if case .signature = block { keepLeadIn(of: i, in: blocks, starts: starts, &out) }
            var elements: [BodyElement]
            if case .table(let t) = block, i + 1 < blocks.count, case .signature = blocks[i + 1] {
                elements = try table(t, ctx, keepLastRowWithNext: true)
            } else {
                elements = try self.block(block, ctx)
            }
            if ctx.topLevel, Self.isCaptionBeforePicture(blocks, i) { elements = elements.map { Self.captionBeforePicture($0, startsPage: i > 0) } }
            // Text straight after a table would touch its bottom border; a heading after a table gets
            // 12 pt (the styles give Heading 3–5 only 6–10 pt, which reads as none under a table's rule).
            if afterTable, case .paragraph(var props, let content)? = elements.first, props.spacing == nil {
                if case .heading(let h) = block, ctx.topLevel {
                    if h.level >= 3 { props.spacing = "<w:spacing w:before=\"240\"/>" }
                } else {
                    props.spacing = "<w:spacing w:before=\"120\"/>"
                }
                elements[0] = .paragraph(props, content: content)
            }
            afterTable = elements.last.map { !$0.isParagraph } ?? false
            out += elements
        }
        return out
    }

    func block(_ block: Block, _ ctx: Context) throws -> [BodyElement] {
        switch block {
        case .heading(let h):
            if ctx.topLevel { return [heading(level: h.level, number: h.number, anchor: h.anchor, content: h.content)] }
            return [paragraph(h.content, alignment: .none, ctx, bold: true, keepNext: true)]
        case .paragraph(let p):
            return [paragraph(p.content, alignment: p.alignment, ctx, layout: p.format)]
        case .list(let l):
            return try list(l, ctx)
        case .table(let t):
            return try table(t, ctx)
        case .image(let i):
            return image(i, ctx)
        case .quote(let inner):
            var q = ctx
            q.quoteDepth += 1
            q.paragraphStyle = "Quote"
            q.topLevel = false
            return try blocks(inner, q)
        case .code(let c):
            var props = baseProperties(ctx, styleName: "Source Code")
            props.alignment = nil
            var text = c.text
            if text.hasSuffix("\n") { text.removeLast() }
            return [.paragraph(props, content: "<w:r>\(textContent(text))</w:r>")]
        case .thematicBreak:
            var props = baseProperties(ctx, styleName: "Normal")
            props.border = "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"6\" w:space=\"1\" w:color=\"auto\"/></w:pBdr>"
            return [.paragraph(props, content: "")]
        case .pageBreak:
            return [.paragraph(ParagraphProperties(), content: "<w:r><w:br w:type=\"page\"/></w:r>")]
        case .signature(let s):
            return signature(s, ctx)
        case .toc(let entries):
            return tocField(entries)
        }
    }

    /// Style and indentation a paragraph takes from where it stands.
    func baseProperties(_ ctx: Context, styleName: String? = nil) -> ParagraphProperties {
        var props = ParagraphProperties()
        let name = styleName ?? (ctx.list != nil && !ctx.inTable ? "List Paragraph" : ctx.paragraphStyle)
        props.style = style(name)
        if let indent = ctx.indent, !ctx.inTable {
            props.indent = "<w:ind w:left=\"\(indent + max(ctx.quoteDepth - 1, 0) * 567)\" w:firstLine=\"0\"/>"
        } else if ctx.quoteDepth > 1 {
            props.indent = "<w:ind w:left=\"\(ctx.quoteDepth * 567)\"/>"
        }
        props.alignment = ctx.alignment.jc
        props.keepNext = ctx.keepWithNext
        return props
    }

    /// `layout`: a buyer's form's own indents and spacing, which replace the style's (`SourceLayout`).
    func paragraph(_ content: [Inline], alignment: Alignment, _ ctx: Context, bold: Bool = false,
                   keepNext: Bool = false, layout: ParagraphFormat? = nil) -> BodyElement {
        var base = ctx.runFormat
        if bold { base.bold = true }
        var props = baseProperties(ctx)
        if let jc = alignment.jc { props.alignment = jc }
        if let layout {
            props.spacing = layout.spacingXML
            props.indent = layout.indentXML
        }
        props.keepNext = keepNext || ctx.keepWithNext
        return .paragraph(props, content: inlineXML(content, base: base))
    }

    /// Lists: the first paragraph of each item carries the number (`w:numPr`); later paragraphs
    /// of the item are indented to the item's text; nested lists go one level deeper.
    func list(_ l: ListBlock, _ ctx: Context) throws -> [BodyElement] {
        let index: Int
        let depth: Int
        if let outer = ctx.list {
            index = outer.index
            depth = min(outer.depth + 1, 8)
            try numbering.use(&lists[index], level: depth, ordered: l.ordered, start: l.start)
        } else {
            lists.append(try numbering.newList(ordered: l.ordered, start: l.start))
            index = lists.count - 1
            depth = 0
        }
        var inner = ctx
        inner.list = (index, depth)
        inner.indent = numbering.indent(lists[index], level: depth)
        inner.topLevel = false
        var out: [BodyElement] = []
        for item in l.items {
            var rest = item[...]
            if case .paragraph(let p)? = rest.first {
                rest = rest.dropFirst()
                var props = baseProperties(inner)
                props.indent = nil  // the numbering level's own indent and hanging number
                props.numbering = (lists[index].numID, depth)
                if let jc = p.alignment.jc { props.alignment = jc }
                out.append(.paragraph(props, content: inlineXML(p.content, base: inner.runFormat)))
            }
            out += try blocks(Array(rest), inner)
        }
        return out
    }
}
