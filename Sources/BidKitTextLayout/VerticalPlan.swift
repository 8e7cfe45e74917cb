/// One output line of a table, top to bottom.
enum TableSlot: Sendable, Hashable {
    case top
    /// A line of text belonging to row `row`.
    case content(row: Int)
    /// The rule between rows `above` and `above + 1`; double where the row group changes.
    case rule(above: Int, double: Bool)
    case bottom
}

/// The table's vertical layout: how tall each row is, where rules go, and on which output
/// line each cell's text starts.
///
/// A row-spanning cell's text flows down through the rows it covers — and through the rule
/// lines between them, where its column shows text instead of a rule. If it needs more lines
/// than those rows provide, its last row grows.
struct VerticalPlan {
    private(set) var slots: [TableSlot] = []
    /// Index in `slots` of each cell's first line (parallel to `grid.cells`).
    private(set) var cellStart: [Int] = []

    /// `recordStarts`: rows that begin a record of a stacked table, the only rows inside a group
    /// that get a rule above them (with `rowRules` `.never`).
    init(grid: TableGrid, rowRules: TextTable.RowRules, recordStarts: Set<Int> = []) {
        let rows = grid.rowCount
        let ruleAfter = Self.rules(grid: grid, rowRules: rowRules, recordStarts: recordStarts)
        var heights = Array(repeating: 1, count: rows)
        for cell in grid.cells where cell.rowspan == 1 {
            heights[cell.row] = max(heights[cell.row], cell.lineCount)
        }
        let spanning = grid.cells.enumerated()
            .filter { $0.element.rowspan > 1 }
            .sorted { ($0.element.lastRow, $0.offset) < ($1.element.lastRow, $1.offset) }
            .map(\.element)
        for cell in spanning {
            let rules = (cell.row..<cell.lastRow).filter { ruleAfter[$0] }.count
            let available = heights[cell.row...cell.lastRow].reduce(0, +) + rules
            if cell.lineCount > available { heights[cell.lastRow] += cell.lineCount - available }
        }

        var rowStart = Array(repeating: 0, count: rows)
        slots.append(.top)
        for r in 0..<rows {
            rowStart[r] = slots.count
            slots += Array(repeating: .content(row: r), count: heights[r])
            if r + 1 < rows, ruleAfter[r] {
                slots.append(.rule(above: r, double: grid.groups[r] != grid.groups[r + 1]))
            }
        }
        slots.append(.bottom)
        cellStart = grid.cells.map { rowStart[$0.row] }
    }

    /// Whether a rule follows each row: always between groups and between header rows
    /// (multi-row headers usually span), per `rowRules` inside the body and the footer.
    private static func rules(grid: TableGrid, rowRules: TextTable.RowRules, recordStarts: Set<Int>) -> [Bool] {
        let separateRows: Bool
        switch rowRules {
        case .always: separateRows = true
        case .never: separateRows = false
        case .auto:
            separateRows = grid.cells.contains { cell in
                grid.groups[cell.row] != .header && (cell.lineCount > 1 || cell.rowspan > 1)
            }
        }
        return (0..<grid.rowCount).map { r in
            guard r + 1 < grid.rowCount else { return false }
            if grid.groups[r] != grid.groups[r + 1] || grid.groups[r] == .header { return true }
            return separateRows || recordStarts.contains(r + 1)
        }
    }
}
