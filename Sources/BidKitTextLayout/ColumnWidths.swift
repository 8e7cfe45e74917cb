/// Decides how many display columns each table column gets.
///
/// Each column has three widths, from its content:
/// - **natural**: its longest unwrapped line (widened under a spanning cell that needs more);
/// - **hard**: the narrowest it can be without cutting what must stay whole — an amount of any
///   length (`10,000,000,000.00` split in two misreads), a word or model number up to
///   `wholeWordLimit` with the punctuation attached to it, a preformatted line, its widest character;
/// - **readable**: hard, but no narrower than the column's `minWidth` (8 columns are four Chinese
///   characters) unless the content itself is narrower — below that a name column takes eight
///   lines per item while the amounts beside it have room.
///
/// A table whose natural widths fit keeps them. Otherwise a "water level" is lowered over the
/// columns so the widest shrink first and narrow ones (numbers, codes) keep their natural width,
/// never below readable. When even the readable widths do not fit, `fitting` says so (the table
/// is stacked instead, see `StackedTable`), and `forced` squeezes as far as the page demands.
enum ColumnWidths {
    /// Words (model numbers, codes) up to this wide are kept whole when shrinking. Longer ones
    /// (URLs) may be broken. Amounts are kept whole whatever their width.
    static let wholeWordLimit = 16

    struct Widths {
        var natural: [Int]
        var hard: [Int]
        var readable: [Int]
        /// What no squeeze goes below: the widest character, a preformatted line.
        var floor: [Int]
    }

    enum Fit {
        /// Every column at its natural width.
        case natural([Int])
        /// Some columns narrower than their content, none below readable.
        case shrunk([Int])
    }

    /// Widths that fit `maxWidth` with every column at least readable, or nil.
    static func fitting(grid: TableGrid, columns: [TextTable.Column], metrics: SeparatorMetrics, maxWidth: Int) -> Fit? {
        let w = measure(grid: grid, columns: columns, metrics: metrics)
        let budget = maxWidth - metrics.overhead(columns: grid.columnCount)
        if total(w.natural) <= budget { return .natural(w.natural) }
        guard total(w.readable) <= budget else { return nil }
        return .shrunk(shrink(natural: capped(w, columns), minimum: w.readable, budget: budget))
    }

    /// Widths that fit `maxWidth` if any can: below readable, then below hard (cutting words and,
    /// last of all, amounts) down to one widest character per column.
    static func forced(grid: TableGrid, columns: [TextTable.Column], metrics: SeparatorMetrics, maxWidth: Int) -> [Int] {
        let w = measure(grid: grid, columns: columns, metrics: metrics)
        let budget = maxWidth - metrics.overhead(columns: grid.columnCount)
        if total(w.natural) <= budget { return w.natural }
        if total(w.readable) <= budget { return shrink(natural: capped(w, columns), minimum: w.readable, budget: budget) }
        if total(w.hard) <= budget { return shrink(natural: w.readable, minimum: w.hard, budget: budget) }
        return shrink(natural: w.hard, minimum: w.floor, budget: budget)
    }

    static func measure(grid: TableGrid, columns: [TextTable.Column], metrics: SeparatorMetrics) -> Widths {
        let n = grid.columnCount
        var natural = Array(repeating: 1, count: n)
        var hard = Array(repeating: 1, count: n)
        var floor = Array(repeating: 1, count: n)
        for cell in grid.cells where cell.colspan == 1 {
            let longest = cell.text.longestLine
            natural[cell.column] = max(natural[cell.column], longest)
            hard[cell.column] = max(hard[cell.column], cell.preformatted ? longest : wholeWidth(cell.text))
            floor[cell.column] = max(floor[cell.column], cell.preformatted ? longest : cell.text.widestCharacter)
        }
        widenForSpans(&natural, grid: grid, metrics: metrics)
        // Preformatted lines are never wrapped: the columns under a spanning one hold its widest line.
        widenForSpans(&hard, grid: grid, metrics: metrics, only: \.preformatted)
        widenForSpans(&floor, grid: grid, metrics: metrics, only: \.preformatted)
        let readable = (0..<n).map { c in
            let configured = c < columns.count ? columns[c].minWidth : TextTable.Column().minWidth
            return max(hard[c], min(natural[c], configured))
        }
        return Widths(natural: natural, hard: hard, readable: readable, floor: floor)
    }

    /// The narrowest the text can be without cutting an amount or a word up to `wholeWordLimit`
    /// (the closing punctuation it carries included: "KJ-IPC-B4T40-IZ，" must not lose its comma
    /// to the next line, nor break before it).
    static func wholeWidth(_ text: MeasuredText) -> Int {
        var widest = text.widestCharacter
        for chunk in text.chunks {
            if chunk.isAmount || chunk.width - chunk.hang <= wholeWordLimit {
                widest = max(widest, chunk.width)
            } else {
                widest = max(widest, wholeWordLimit)
            }
        }
        return widest
    }

    private static func total(_ widths: [Int]) -> Int { widths.reduce(0, +) }

    /// Natural widths lowered to each column's `shrinkCap` (never below readable).
    private static func capped(_ w: Widths, _ columns: [TextTable.Column]) -> [Int] {
        w.natural.indices.map { c in
            guard c < columns.count, let cap = columns[c].shrinkCap else { return w.natural[c] }
            return max(min(w.natural[c], cap), w.readable[c])
        }
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
    /// out one each, from the left, to columns still below their natural width. Where even the
    /// minimum does not fit, the minimum.
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
