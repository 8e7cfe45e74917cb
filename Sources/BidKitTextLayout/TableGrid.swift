/// Which group of rows a row belongs to; rules between groups are drawn differently.
enum RowGroup: Sendable, Hashable {
    case header, body, footer
}

/// A cell placed on the grid: its top-left position, spans, its text measured once, and (after
/// wrapping) its lines.
struct PlacedCell {
    var row: Int
    var column: Int
    var colspan: Int
    var rowspan: Int
    var text: MeasuredText
    var alignment: TextAlignment
    var preformatted = false
    var lines = WrappedLines()

    var lastRow: Int { row + rowspan - 1 }
    var lineCount: Int { lines.lines.count }
}

/// The table's cells resolved onto a rectangular grid of rows × columns, the way HTML
/// places them: each cell takes the next free position in its row, skipping positions held
/// by row-spanning cells from above. Holes are filled with empty cells so every position has
/// exactly one owner — the drawer then never has to special-case a ragged row.
struct TableGrid {
    private(set) var cells: [PlacedCell] = []
    /// `owner[row][column]` is the index in `cells` of the cell covering that position.
    private(set) var owner: [[Int]] = []
    private(set) var groups: [RowGroup] = []
    private(set) var columnCount = 0
    let ambiguous: AmbiguousWidth

    var rowCount: Int { groups.count }

    init(table: TextTable, ambiguous: AmbiguousWidth) {
        self.ambiguous = ambiguous
        var occupied: [[Bool]] = []
        for (group, rows) in [(RowGroup.header, table.header), (.body, table.body), (.footer, table.footer)] {
            let firstRow = groups.count
            for (offset, row) in rows.enumerated() {
                let r = firstRow + offset
                groups.append(group)
                while occupied.count <= r { occupied.append([]) }
                var c = 0
                for cell in row {
                    while occupied[r].count > c, occupied[r][c] { c += 1 }
                    // Spans never reach into the next group: a footer row can't hang off the body.
                    let rowspan = min(cell.rowspan, rows.count - offset)
                    let alignment = cell.alignment ?? Self.alignment(of: c, columns: table.columns)
                    cells.append(PlacedCell(
                        row: r, column: c, colspan: cell.colspan, rowspan: rowspan,
                        text: MeasuredText(cell.text, ambiguous: ambiguous), alignment: alignment,
                        preformatted: cell.preformatted))
                    for rr in r..<(r + rowspan) {
                        while occupied.count <= rr { occupied.append([]) }
                        while occupied[rr].count < c + cell.colspan { occupied[rr].append(false) }
                        for cc in c..<(c + cell.colspan) { occupied[rr][cc] = true }
                    }
                    c += cell.colspan
                }
            }
        }
        columnCount = max(table.columns.count, occupied.map(\.count).max() ?? 0)
        fillHoles(occupied: occupied, columns: table.columns, ambiguous: ambiguous)
    }

    private static func alignment(of column: Int, columns: [TextTable.Column]) -> TextAlignment {
        column < columns.count ? columns[column].alignment : .left
    }

    /// Adds empty cells where nothing was placed, sorts cells into reading order, and builds
    /// the owner map.
    private mutating func fillHoles(occupied: [[Bool]], columns: [TextTable.Column], ambiguous: AmbiguousWidth) {
        let empty = MeasuredText("", ambiguous: ambiguous)
        for r in 0..<rowCount {
            for c in 0..<columnCount where !(c < occupied[r].count && occupied[r][c]) {
                cells.append(PlacedCell(
                    row: r, column: c, colspan: 1, rowspan: 1, text: empty,
                    alignment: Self.alignment(of: c, columns: columns)))
            }
        }
        cells.sort { ($0.row, $0.column) < ($1.row, $1.column) }
        owner = Array(repeating: Array(repeating: 0, count: columnCount), count: rowCount)
        for (index, cell) in cells.enumerated() {
            for r in cell.row...cell.lastRow {
                for c in cell.column..<(cell.column + cell.colspan) { owner[r][c] = index }
            }
        }
    }

    /// Cells that cover row `r`, left to right (including ones spanning down from above).
    func cells(inRow r: Int) -> [Int] {
        var result: [Int] = []
        var c = 0
        while c < columnCount {
            let index = owner[r][c]
            result.append(index)
            c += cells[index].colspan
        }
        return result
    }

    /// Whether a vertical line runs at column boundary `boundary` (0...columnCount) in row `r`.
    func hasEdge(row r: Int, at boundary: Int) -> Bool {
        boundary == 0 || boundary == columnCount || cells[owner[r][boundary]].column == boundary
    }

    /// The cell that continues from row `above` into row `above + 1` at `column`, if any.
    func crossing(above: Int, column: Int) -> Int? {
        guard above + 1 < rowCount else { return nil }
        let index = owner[above][column]
        return owner[above + 1][column] == index ? index : nil
    }

    /// Display width available to a cell's text: its columns plus the separators it swallows.
    func textWidth(of cell: PlacedCell, widths: [Int], metrics: SeparatorMetrics) -> Int {
        let span = cell.column..<(cell.column + cell.colspan)
        return widths[span].reduce(0, +) + metrics.inner * (cell.colspan - 1)
    }

    /// Wraps every cell's text to its final width. Strict kinsoku: a cell border is a wall.
    mutating func wrapCells(widths: [Int], metrics: SeparatorMetrics) {
        for i in cells.indices {
            if cells[i].preformatted {
                cells[i].lines = cells[i].text.preformattedLines()
                continue
            }
            let width = textWidth(of: cells[i], widths: widths, metrics: metrics)
            var lines = WrappedLines()
            cells[i].text.wrap(width: width, kinsoku: .strict, into: &lines)
            cells[i].lines = lines
        }
    }
}

/// Columns taken by separators in each style.
struct SeparatorMetrics: Sendable, Hashable {
    /// Between two columns: " │ " or "  ".
    var inner: Int
    /// Left plus right frame: "│ " + " │", or nothing.
    var outer: Int

    static let box = SeparatorMetrics(inner: 3, outer: 4)
    static let plain = SeparatorMetrics(inner: 2, outer: 0)

    func overhead(columns: Int) -> Int { outer + inner * max(columns - 1, 0) }
}
