/// Rewriting the model in place for passes that touch one kind of node wherever it is: numbering
/// figures, resolving cross-references, pairing pictures with raster copies, numbering footnotes in
/// a renderer. Traversal is in reading order (a container before its content), so a closure that
/// counts sees the n-th occurrence n-th.
extension Block {
    /// The block with every block inside it (list items, quotes, table cells) and itself passed
    /// through `f`, innermost first.
    public func mapBlocks(_ f: (Block) -> Block) -> Block {
        switch self {
        case .list(var l):
            l.items = l.items.map { $0.map { $0.mapBlocks(f) } }
            return f(.list(l))
        case .quote(let inner):
            return f(.quote(inner.map { $0.mapBlocks(f) }))
        case .table(var t):
            func rows(_ r: [Table.Row]) -> [Table.Row] {
                r.map { Table.Row($0.cells.map { Table.Cell(blocks: $0.blocks.map { $0.mapBlocks(f) }, colspan: $0.colspan, rowspan: $0.rowspan) }) }
            }
            t.header = rows(t.header)
            t.body = rows(t.body)
            t.footer = rows(t.footer)
            return f(.table(t))
        default:
            return f(self)
        }
    }

    /// The block with every inline (in headings, paragraphs, lists, quotes, table cells and
    /// footnotes) passed through `f`, outermost first.
    public func mapInlines(_ f: (Inline) -> Inline) -> Block {
        mapBlocks { block in
            switch block {
            case .heading(var h):
                h.content = h.content.mapInlines(f)
                return .heading(h)
            case .paragraph(var p):
                p.content = p.content.mapInlines(f)
                return .paragraph(p)
            default:
                return block
            }
        }
    }
}

extension Array where Element == Inline {
    /// Every inline, and every inline inside a run, link or footnote, passed through `f`, outermost first.
    public func mapInlines(_ f: (Inline) -> Inline) -> [Inline] {
        map { inline in
            switch f(inline) {
            case .strong(let c): return .strong(c.mapInlines(f))
            case .emphasis(let c): return .emphasis(c.mapInlines(f))
            case .underline(let c): return .underline(c.mapInlines(f))
            case .strikethrough(let c): return .strikethrough(c.mapInlines(f))
            case .link(let url, let c): return .link(url: url, content: c.mapInlines(f))
            case .footnote(let c): return .footnote(c.mapInlines(f))
            case let other: return other
            }
        }
    }
}
