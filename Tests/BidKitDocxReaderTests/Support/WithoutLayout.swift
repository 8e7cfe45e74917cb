import BidKitModel

extension Array where Element == Block {
    /// The blocks without the source layout a form carries (paragraph indents and spacing, column
    /// widths, row heights, cell fills), for tests about content; `FormLayoutTests` checks the layout.
    var withoutLayout: [Block] { map(\.withoutLayout) }
}

extension Block {
    var withoutLayout: Block {
        switch self {
        case .paragraph(var p):
            p.format = nil
            return .paragraph(p)
        case .table(var t):
            t.columns = t.columns.map { Table.Column(alignment: $0.alignment, weight: $0.weight) }
            func strip(_ rows: [Table.Row]) -> [Table.Row] {
                rows.map { row in Table.Row(row.cells.map { Table.Cell(blocks: $0.blocks.withoutLayout, colspan: $0.colspan, rowspan: $0.rowspan) }) }
            }
            t.header = strip(t.header)
            t.body = strip(t.body)
            t.footer = strip(t.footer)
            return .table(t)
        case .list(var l):
            l.items = l.items.map(\.withoutLayout)
            return .list(l)
        case .quote(let blocks):
            return .quote(blocks.withoutLayout)
        default:
            return self
        }
    }
}
