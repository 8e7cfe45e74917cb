import BidKitModel
import BidKitOOXML

/// Tables: the grid, horizontal spans (`w:gridSpan`, `w:gridBefore`), vertical merges (`w:vMerge`),
/// repeated header rows (`w:tblHeader`) and nested tables, up to `DocxForm.maxTableDepth` deep and
/// `DocxForm.maxTableColumns` wide.
extension BodyReader {
    enum VMerge { case restart, `continue` }

    struct RawCell {
        var blocks: [FormBlock]
        var colspan: Int
        var vMerge: VMerge?
        var fill: String
    }

    struct RawRow {
        var header: Bool
        var gridBefore: Int
        var height: RowHeight?
        var cells: [RawCell]
    }

    mutating func table(_ tbl: XMLNode) throws -> FormTable {
        tableDepth += 1
        defer { tableDepth -= 1 }
        guard tableDepth <= DocxForm.maxTableDepth else {
            throw DocxReadError(file: file, message: "\(part) nests tables more than \(DocxForm.maxTableDepth) deep "
                + "(at paragraph \(paragraphCount + 1)), the limit for Word forms")
        }
        // Grid widths in dxa: a column is at most 22 inches (31,680), so the sum cannot overflow.
        let grid = tbl.firstW("tblGrid")?.children.filter { $0.isW("gridCol") }
            .map { min(max(Int($0.w("w") ?? "") ?? 0, 0), 31_680) } ?? []
        var rawRows: [RawRow] = []
        try rows(in: tbl, into: &rawRows)
        // Vertical merges: a restarting cell grows by one row for every continuing cell below it in
        // the same grid column; continuing cells are omitted.
        var rows: [[FormCell]] = []
        var active: [Int: (row: Int, cell: Int)] = [:]
        for raw in rawRows {
            var cells: [FormCell] = []
            var column = 0
            var touched = Set<Int>()
            if raw.gridBefore > 0 {
                cells.append(FormCell(blocks: [], colspan: raw.gridBefore, rowspan: 1))
                column = raw.gridBefore
            }
            for cell in raw.cells {
                defer { column += cell.colspan }
                if cell.vMerge == .continue, let origin = active[column], rows[origin.row][origin.cell].colspan == cell.colspan {
                    rows[origin.row][origin.cell].rowspan += 1
                    touched.insert(column)
                    continue
                }
                // Columns this cell covers need no clearing: later cells of the row start further
                // right, and the filter below keeps only the merges this row touched.
                if cell.vMerge == .restart {
                    active[column] = (rows.count, cells.count)
                    touched.insert(column)
                }
                cells.append(FormCell(blocks: cell.blocks, colspan: cell.colspan, rowspan: 1, fill: cell.fill))
            }
            // A merge only continues into the very next row.
            active = active.filter { touched.contains($0.key) }
            rows.append(cells)
        }

        // Header: the leading rows marked to repeat, widened to cover cells merged down out of them.
        var headerRows = rawRows.prefix { $0.header }.count
        var r = 0
        while r < headerRows {
            for cell in rows[r] { headerRows = max(headerRows, r + cell.rowspan) }
            r += 1
        }

        let width = max(grid.count, rows.map { $0.reduce(0) { $0 + $1.colspan } }.max() ?? 0)
        guard width <= DocxForm.maxTableColumns else {
            throw DocxReadError(file: file, message: "\(part) has a table \(OOXMLError.count(width)) grid columns wide "
                + "(at paragraph \(paragraphCount)), more than the \(OOXMLError.count(DocxForm.maxTableColumns)) allowed for Word forms")
        }
        let total = grid.reduce(0, +)
        // The grid's own widths when it covers every column; weights for renderers that share a width out.
        var columns = grid.map { w in
            total > 0 && w > 0 && grid.count == width ? Table.Column(weight: max(1, (w * 100 + total / 2) / total), width: w)
                : Table.Column()
        }
        while columns.count < width { columns.append(Table.Column()) }
        if columns.contains(where: { $0.weight == 0 }) { columns = columns.map { _ in Table.Column() } }
        return FormTable(columns: columns, headerRows: headerRows, rows: rows, heights: rawRows.map(\.height))
    }

    private mutating func rows(in container: XMLNode, into out: inout [RawRow]) throws {
        for node in container.children {
            guard Namespace.isW(node.namespace) else {
                try skip(node)
                continue
            }
            switch node.name {
            case "tr":
                let trPr = node.firstW("trPr")
                if trPr?.firstW("del") != nil {  // a deleted row (tracked change)
                    try skip(node)
                    continue
                }
                var cells: [RawCell] = []
                try self.cells(in: node, into: &cells)
                out.append(RawRow(
                    header: Self.toggle(trPr?.firstW("tblHeader")),
                    gridBefore: Self.span(trPr?.firstW("gridBefore")?.w(), default: 0),
                    height: Self.rowHeight(trPr),
                    cells: cells))
            case "sdt":
                if let content = node.firstW("sdtContent") { try rows(in: content, into: &out) }
            case "customXml":
                try rows(in: node, into: &out)
            default:
                try skip(node)  // tblPr, tblGrid, bookmarks …
            }
        }
    }

    private mutating func cells(in row: XMLNode, into out: inout [RawCell]) throws {
        for node in row.children {
            guard Namespace.isW(node.namespace) else {
                try skip(node)
                continue
            }
            switch node.name {
            case "tc":
                let tcPr = node.firstW("tcPr")
                var vMerge: VMerge?
                if let v = tcPr?.firstW("vMerge") { vMerge = v.w() == "restart" ? .restart : .continue }
                out.append(RawCell(
                    blocks: try blocks(in: node, inTable: true),
                    colspan: Self.span(tcPr?.firstW("gridSpan")?.w(), default: 1), vMerge: vMerge, fill: Self.fill(tcPr)))
            case "sdt":
                if let content = node.firstW("sdtContent") { try cells(in: content, into: &out) }
            case "customXml":
                try cells(in: node, into: &out)
            default:
                try skip(node)
            }
        }
    }

    /// A grid count from hostile input: a number in 1…1000 (0…1000 when `default` is 0).
    private static func span(_ value: String?, default fallback: Int) -> Int {
        guard let value, let n = Int(value) else { return fallback }
        return min(max(n, fallback == 0 ? 0 : 1), 1000)
    }
}
