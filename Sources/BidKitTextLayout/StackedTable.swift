/// A table too wide for the page, stacked: each row becomes a record of "header │ value" lines,
/// the way a phone shows a wide table, so every amount is still on the page and readable.
///
/// ```
/// ┌──────────┬──────────────────────────────┐
/// │ 序号     │ 1                            │
/// │ 名称     │ 400万像素星光级红外枪型网络  │
/// │          │ 摄像机                       │
/// │ 合价     │ 75,600.00                    │
/// ├──────────┼──────────────────────────────┤
/// │ 序号     │ 2                            │
/// ╞══════════╪══════════════════════════════╡
/// │ 合计     │ 1,872,941.80                 │
/// └──────────┴──────────────────────────────┘
/// ```
///
/// The label is the header text over the cell's column (every header row's, for a multi-row
/// header). Empty cells are left out. A row that opens with a cell spanning several columns
/// (合计, 大写) uses that cell as its label when one value follows, and as a title line over the
/// record otherwise. A cell spanning down is repeated in each row it covers. Footer rows stay in
/// the footer, below a double rule.
enum StackedTable {
    /// The stacked table, or nil when there is nothing to stack (a table of header rows only).
    static func records(of grid: TableGrid, columns: [TextTable.Column]) -> TextTable? {
        let labels = headerLabels(grid)
        var body: [[TextTable.Cell]] = []
        var footer: [[TextTable.Cell]] = []
        var starts: Set<Int> = []
        for r in 0..<grid.rowCount where grid.groups[r] != .header {
            let lines = recordLines(row: r, grid: grid, labels: labels)
            guard !lines.isEmpty else { continue }
            if grid.groups[r] == .footer {
                starts.insert(body.count + footer.count)
                footer += lines
            } else {
                starts.insert(body.count)
                body += lines
            }
        }
        guard !body.isEmpty || !footer.isEmpty else { return nil }
        var label = TextTable.Column(minWidth: 4)
        label.shrinkCap = max(labels.map { DisplayWidth.of($0, ambiguous: grid.ambiguous) }.max() ?? 0, 16)
        var table = TextTable(columns: [label, .init(minWidth: 8)], body: body, footer: footer, rowRules: .never)
        table.recordStarts = starts
        return table
    }

    /// The label/value lines of row `r`.
    private static func recordLines(row r: Int, grid: TableGrid, labels: [String]) -> [[TextTable.Cell]] {
        let cells = grid.cells(inRow: r).map { grid.cells[$0] }.filter { !text($0).isEmpty }
        guard let first = cells.first else { return [] }
        var lines: [[TextTable.Cell]] = []
        var rest = cells[...]
        if first.colspan > 1 {
            rest = cells.dropFirst()
            if rest.count == 1, let value = rest.first {
                return [[TextTable.Cell(text(first)), cell(value)]]
            }
            lines.append([TextTable.Cell(text(first), colspan: 2)])
        }
        for cell in rest {
            lines.append([TextTable.Cell(label(of: cell, labels: labels)), self.cell(cell)])
        }
        return lines
    }

    /// The header text over each column: the distinct texts of the header cells covering it,
    /// top to bottom.
    private static func headerLabels(_ grid: TableGrid) -> [String] {
        (0..<grid.columnCount).map { c in
            var parts: [String] = []
            for r in 0..<grid.rowCount where grid.groups[r] == .header {
                let t = text(grid.cells[grid.owner[r][c]])
                if !t.isEmpty, parts.last != t { parts.append(t) }
            }
            return parts.joined(separator: " ")
        }
    }

    /// A spanning cell is labelled by the columns it covers, joined with "/".
    private static func label(of cell: PlacedCell, labels: [String]) -> String {
        var parts: [String] = []
        for c in cell.column..<(cell.column + cell.colspan) where !labels[c].isEmpty && !parts.contains(labels[c]) {
            parts.append(labels[c])
        }
        return parts.joined(separator: "/")
    }

    private static func cell(_ placed: PlacedCell) -> TextTable.Cell {
        TextTable.Cell(text(placed), preformatted: placed.preformatted)
    }

    private static func text(_ cell: PlacedCell) -> String {
        String(decoding: cell.text.bytes, as: UTF8.self)
    }
}
