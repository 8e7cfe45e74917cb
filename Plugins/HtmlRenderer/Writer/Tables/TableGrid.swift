import BidKitPluginSDK

/// Where each cell of a table lands, following the HTML table-forming algorithm.
///
/// The renderer needs a cell's starting column (its alignment class comes from the model's column)
/// and a table the W3C checker accepts whatever the input: a rowspan that runs past its row group,
/// a colspan that runs into a cell spanning down from above, or ragged rows are all table errors
/// in HTML. The grid fixes them the way a reader would expect:
///
/// - rowspans are clipped to the end of their group (`thead`, `tbody`, `tfoot` are separate groups);
/// - a colspan is clipped where it would overlap a cell from a row above;
/// - every row is padded with empty cells to the table's width (the wider of the model's column
///   count and the widest row), so every column has cells and no row is short.
struct TableGrid {
    /// One cell as it will be written.
    struct Placed: Equatable {
        /// Index into the row's model cells, or nil for a padding cell.
        var source: Int?
        var column: Int
        var colspan: Int
        var rowspan: Int
    }

    /// The table's width in columns.
    let width: Int
    /// `rows[g][r]`: the cells of row `r` in group `g`, in document order.
    let groups: [[[Placed]]]

    /// Upper bounds from the HTML spec (colspan ≤ 1000, rowspan ≤ 65534).
    static let maxColspan = 1000, maxRowspan = 65534

    /// `spans[g][r]` lists the (colspan, rowspan) of each model cell of row `r` in group `g`.
    init(columnCount: Int, groups spans: [[[(colspan: Int, rowspan: Int)]]]) {
        let laidOut = spans.map(Self.layout)
        let width = laidOut.reduce(max(columnCount, 0)) { max($0, $1.width) }
        self.width = width
        // Pad: each empty cell goes to the next free slot, which is exactly where HTML puts it
        // (cells are placed left to right, so every free slot lies after the last placed cell).
        groups = laidOut.map { group in
            zip(group.rows, group.occupied).map { placed, occupied in
                placed + (0..<width).filter { !occupied.contains($0) }
                    .map { Placed(source: nil, column: $0, colspan: 1, rowspan: 1) }
            }
        }
    }

    /// Places one row group; returns the cells, the slots taken in each row, and the group's width.
    private static func layout(_ rows: [[(colspan: Int, rowspan: Int)]]) -> (rows: [[Placed]], occupied: [Set<Int>], width: Int) {
        // occupied[r] = columns taken in row r by cells from this or earlier rows.
        var occupied: [Set<Int>] = Array(repeating: [], count: rows.count)
        var placedRows: [[Placed]] = []
        var width = 0
        for (r, cells) in rows.enumerated() {
            var placed: [Placed] = []
            var column = 0
            for (i, spans) in cells.enumerated() {
                while occupied[r].contains(column) { column += 1 }
                let rowspan = min(max(spans.rowspan, 1), maxRowspan, rows.count - r)
                // Clip the colspan at the first column already taken in any row the cell covers.
                let wanted = min(max(spans.colspan, 1), maxColspan)
                var colspan = 1
                while colspan < wanted, !(r..<(r + rowspan)).contains(where: { occupied[$0].contains(column + colspan) }) {
                    colspan += 1
                }
                for rr in r..<(r + rowspan) {
                    for cc in column..<(column + colspan) { occupied[rr].insert(cc) }
                }
                placed.append(Placed(source: i, column: column, colspan: colspan, rowspan: rowspan))
                column += colspan
            }
            placedRows.append(placed)
        }
        for row in occupied { width = max(width, (row.max() ?? -1) + 1) }
        return (placedRows, occupied, width)
    }
}
