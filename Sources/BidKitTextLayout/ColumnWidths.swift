/// Decides how many display columns each table column gets.
///
/// Start from each column's natural width (its longest unwrapped line), widen columns under
/// a spanning cell that needs more room, then — if the table is too wide — lower a "water
/// level" over the columns so the widest ones shrink first and narrow ones (numbers, codes)
/// keep their natural width. No column goes below its minimum.
enum ColumnWidths {
    /// Words (amounts, model numbers) up to this wide are kept whole when shrinking: a price
    /// split as "1,152,000" / ".00" misreads. Longer ones (URLs) may be broken.
    static let wholeWordLimit = 16

    static func compute(grid: TableGrid, columns: [TextTable.Column], metrics: SeparatorMetrics, maxWidth: Int) -> [Int] {
        let n = grid.columnCount
        var natural = Array(repeating: 1, count: n)
        var widestCharacter = Array(repeating: 1, count: n)
        var longestWord = Array(repeating: 0, count: n)
        var preformatted = Array(repeating: 0, count: n)
        for cell in grid.cells where cell.colspan == 1 {
            let longest = cell.text.longestLine
            natural[cell.column] = max(natural[cell.column], longest)
            if cell.preformatted {
                preformatted[cell.column] = max(preformatted[cell.column], longest)
                continue
            }
            widestCharacter[cell.column] = max(widestCharacter[cell.column], cell.text.widestCharacter)
            longestWord[cell.column] = max(longestWord[cell.column], cell.text.longestChunk)
        }
        widenForSpans(&natural, grid: grid, metrics: metrics)

        var minimum = (0..<n).map { c in
            let configured = c < columns.count ? columns[c].minWidth : TextTable.Column().minWidth
            let floor = max(configured, min(longestWord[c], wholeWordLimit))
            return max(widestCharacter[c], preformatted[c], min(natural[c], floor))
        }
        // Preformatted lines are never wrapped: the columns under a spanning one hold its widest line.
        widenForSpans(&minimum, grid: grid, metrics: metrics, only: \.preformatted)
        let budget = maxWidth - metrics.overhead(columns: n)
        if natural.reduce(0, +) <= budget { return natural }
        if minimum.reduce(0, +) >= budget { return minimum }
        return shrink(natural: natural, minimum: minimum, budget: budget)
    }

    /// A spanning cell wider than the columns under it spreads the difference evenly over
    /// them (the leftmost take the remainder). Narrow spans first, so wide spans see the
    /// result.
    private static func widenForSpans(_ widths: inout [Int], grid: TableGrid, metrics: SeparatorMetrics,
                                      only include: (PlacedCell) -> Bool = { _ in true }) {
        let spanning = grid.cells.enumerated()
            .filter { $0.element.colspan > 1 && include($0.element) }
            .sorted { ($0.element.colspan, $0.offset) < ($1.element.colspan, $1.offset) }
            .map(\.element)
        for cell in spanning {
            let span = cell.column..<(cell.column + cell.colspan)
            let have = widths[span].reduce(0, +) + metrics.inner * (cell.colspan - 1)
            let extra = cell.text.longestLine - have
            guard extra > 0 else { continue }
            for (i, c) in span.enumerated() {
                widths[c] += extra / cell.colspan + (i < extra % cell.colspan ? 1 : 0)
            }
        }
    }

    /// Widths capped at the highest level that fits the budget, then any spare columns handed
    /// out one each, from the left, to columns still below their natural width.
    private static func shrink(natural: [Int], minimum: [Int], budget: Int) -> [Int] {
        func widths(at level: Int) -> [Int] {
            natural.indices.map { max(minimum[$0], min(natural[$0], level)) }
        }
        var low = 0
        var high = natural.max() ?? 0
        while low < high {
            let mid = (low + high + 1) / 2
            if widths(at: mid).reduce(0, +) <= budget { low = mid } else { high = mid - 1 }
        }
        var result = widths(at: low)
        var spare = budget - result.reduce(0, +)
        for c in result.indices where spare > 0 && natural[c] > result[c] {
            result[c] += 1
            spare -= 1
        }
        return result
    }
}
