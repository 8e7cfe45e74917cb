extension Block {
    /// The resources image blocks refer to, in reading order (nested lists, quotes and table cells
    /// included, header rows before body and totals rows): the order a paged layout draws them in.
    public static func resourceIDs(in blocks: [Block]) -> [String] {
        blocks.flatMap { block -> [String] in
            switch block {
            // The PNG copy of an SVG or WebP too: the DOCX and PDF draw it (and a volume must keep it).
            case .image(let i): return i.fallback.isEmpty ? [i.resource] : [i.resource, i.fallback]
            case .list(let l): return l.items.flatMap(resourceIDs)
            case .quote(let inner): return resourceIDs(in: inner)
            case .table(let t): return (t.header + t.body + t.footer).flatMap { $0.cells.flatMap { resourceIDs(in: $0.blocks) } }
            default: return []
            }
        }
    }
}
