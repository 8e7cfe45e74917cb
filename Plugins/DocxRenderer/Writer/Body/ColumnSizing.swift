import BidKitPluginSDK

/// Column widths from what the columns hold, the way a typesetter sizes a table (issue 12, item 5).
///
/// Each column gets at least its *minimum*: the widest piece a line must not break — an amount, a
/// model or certificate number, a Latin word, a unit with its number (`NoBreakSpaces` joins them) —
/// and, for short headers (序号, 单位, 规格型号), the whole header, so nothing wraps one character per
/// line. What the text width has left is shared by the columns' text (their *area*), so that with
/// rows alike every column needs as many lines; then, lines being whole, slices of width move
/// between columns while that lowers the table's estimated height (each row as tall as its tallest
/// cell). Numeric columns thus end at their amounts and the text columns (名称, 规格型号) share the
/// room between them. A short table still fills the text width.
///
/// When even the minimums do not fit, long words, file names and CJK text give way first, figures
/// and short headers last (`firm`). A buyer's form keeps its own grid (`Table.Column.width`).
/// Widths are estimates from the fonts' metrics (`TextMetrics`): close enough to size columns,
/// never used to break lines (Word and LibreOffice do that).
struct ColumnSizing {
    /// Per column, in dxa, padding included: what the widest piece a line must not break needs, and
    /// (`firm`) what its figures, codes and short headers need, which never give way.
    private(set) var minimum: [Int]
    private(set) var firm: [Int]
    /// The widest paragraph on one line.
    private(set) var maximum: [Int]
    /// Per column, its cells: the row and the width of each paragraph (dxa, no padding).
    private var cells: [[(row: Int, widths: [Int])]]
    private let rowCount: Int
    /// Two CJK characters and the padding: what squeezed text keeps.
    private let twoCharacters: Int

    /// Cell margins (2 × 85 dxa, as the table writes them) and a little slack for rounding.
    static let padding = 2 * 85 + 40

    init(rows: [(row: Table.Row, header: Bool)], gridCount: Int, halfPoints: Int, available: Int) {
        minimum = Array(repeating: Self.padding, count: gridCount)
        firm = minimum
        maximum = minimum
        cells = Array(repeating: [], count: gridCount)
        rowCount = rows.count
        twoCharacters = 2.0.dxa(halfPoints) + Self.padding
        let cap = available * 45 / 100  // a longer token (a URL) is broken by Word anyway
        // Lines are estimated on at most about 400 rows (every k-th): a 5,000-line price list sizes
        // the same, in a tenth of the time. Minimums and maximums see every row.
        let every = max(1, (rows.count + 399) / 400)
        for (r, (row, header)) in rows.enumerated() {
            let sampled = r % every == 0 || header
            var col = 0
            for cell in row.cells {
                defer { col += max(cell.colspan, 1) }
                guard col < gridCount, cell.colspan <= 1 else { continue }
                var widths: [Int] = []
                for text in Block.textUnits(cell.blocks) {
                    let m = TextMetrics(NoBreakSpaces.apply(text), bold: header)
                    // Two CJK characters at least, so no text runs one character a line.
                    var least = max(m.longestToken, min(m.width, 2))
                    var fixed = m.longestFigure
                    if header, m.scalars <= 4 { (least, fixed) = (m.width, m.width) }  // 序号 / 单位: never 序 over 号
                    // A row's short label in the first column (身份证号码, 联系电话) stays on one line;
                    // short values elsewhere (a brand) may wrap, or they would take the 名称 column's room.
                    else if !header, col == 0, m.scalars <= 5, !text.contains(" ") { least = max(least, m.width) }
                    minimum[col] = max(minimum[col], min(least, Double(cap)).dxa(halfPoints) + Self.padding)
                    firm[col] = max(firm[col], min(fixed, Double(cap)).dxa(halfPoints) + Self.padding)
                    maximum[col] = max(maximum[col], min(m.width.dxa(halfPoints), available) + Self.padding)
                    widths.append(m.width.dxa(halfPoints))
                }
                if sampled, !widths.isEmpty { cells[col].append((r, widths)) }
            }
        }
        for c in minimum.indices {
            minimum[c] = max(minimum[c], firm[c])
            maximum[c] = max(maximum[c], minimum[c])
        }
    }

    /// Widths adding up to `total`.
    func widths(total: Int) -> [Int] {
        guard minimum.reduce(0, +) < total else { return squeezed(total) }
        guard maximum.reduce(0, +) > total else {
            // Everything fits on one line: the rest in proportion, so the table fills the text width.
            let sum = Double(maximum.reduce(0, +))
            return Self.round(maximum.map { Double($0) * Double(total) / max(sum, 1) }, to: total)
        }
        var w = Self.round(byArea(total), to: total)
        refine(&w)
        return w
    }

    /// Estimated lines a row takes on average (each row as tall as its tallest cell) when the
    /// table is sized to `total`: what decides whether a schedule is turned to landscape.
    func linesPerRow(total: Int) -> Double {
        let w = widths(total: total)
        let (height, _) = cost(w.indices.map { lines($0, w[$0]) })
        let sampledRows = Set(cells.flatMap { $0.map(\.row) }).count
        // `cost` counts every row at least once; rows no sampled cell is in add one line each.
        return Double(height - (rowCount - sampledRows)) / Double(max(sampledRows, 1))
    }

    /// Each column as wide as its share of the text (`padding + λ·area`, within its minimum and
    /// maximum), λ found by bisection: with rows alike, every column then needs about as many lines.
    private func byArea(_ total: Int) -> [Double] {
        let area = cells.map { $0.reduce(0) { $0 + $1.widths.reduce(0, +) } }
        func width(_ c: Int, _ level: Double) -> Double {
            min(Double(maximum[c]), max(Double(minimum[c]), Double(Self.padding) + level * Double(area[c])))
        }
        func sum(_ level: Double) -> Double { minimum.indices.reduce(0.0) { $0 + width($1, level) } }
        var low = 0.0, high = 1.0
        while sum(high) < Double(total), high < 1e12 { high *= 2 }
        for _ in 0..<50 {
            let mid = (low + high) / 2
            if sum(mid) < Double(total) { low = mid } else { high = mid }
        }
        return minimum.indices.map { width($0, high) }
    }

    /// Lines are whole: moves slices of width between columns while that lowers the table's
    /// estimated height (each row as tall as its tallest cell), then its cells' lines in all.
    private func refine(_ w: inout [Int]) {
        var lines = w.indices.map { self.lines($0, w[$0]) }
        var cost = self.cost(lines)
        for divisor in [16, 32, 64, 128] {
            let slice = max(w.reduce(0, +) / divisor, 20)
            for _ in 0..<12 {
                var best: (from: Int, to: Int, cost: (Int, Int), lines: ([(Int, Int)], [(Int, Int)]))?
                for a in w.indices where w[a] - slice >= minimum[a] {
                    let narrower = self.lines(a, w[a] - slice)
                    for b in w.indices where b != a && w[b] + slice <= maximum[b] {
                        let wider = self.lines(b, w[b] + slice)
                        var trial = lines
                        trial[a] = narrower
                        trial[b] = wider
                        let c = self.cost(trial)
                        if c < (best?.cost ?? cost) { best = (a, b, c, (narrower, wider)) }
                    }
                }
                guard let move = best else { break }
                w[move.from] -= slice
                w[move.to] += slice
                (lines[move.from], lines[move.to]) = move.lines
                cost = move.cost
            }
        }
    }

    /// (Estimated table height in lines, lines of all cells.)
    private func cost(_ lines: [[(Int, Int)]]) -> (Int, Int) {
        var height = Array(repeating: 1, count: rowCount)
        var all = 0
        for column in lines {
            for (r, n) in column {
                height[r] = max(height[r], n)
                all += n
            }
        }
        return (height.reduce(0, +), all)
    }

    /// Estimated lines of each of column `c`'s cells at width `width` (padding included).
    private func lines(_ c: Int, _ width: Int) -> [(Int, Int)] {
        let inside = max(width - Self.padding, 1)
        return cells[c].map { cell in (cell.row, cell.widths.reduce(0) { $0 + max(1, ($1 + inside - 1) / inside) }) }
    }

    /// When the minimums do not fit: long words, file names and CJK text give way first (down to
    /// their firm part, two characters at least), figures and short headers last.
    private func squeezed(_ total: Int) -> [Int] {
        let floor = minimum.indices.map { max(firm[$0], min(minimum[$0], twoCharacters)) }
        let need = minimum.reduce(0, +) - total
        let give = zip(minimum, floor).reduce(0) { $0 + $1.0 - $1.1 }
        guard give >= need, give > 0 else { return Self.share(total, by: floor) }
        let w = minimum.indices.map { Double(minimum[$0]) - Double(minimum[$0] - floor[$0]) * Double(need) / Double(give) }
        return Self.round(w, to: total)
    }

    /// `total` split in proportion to `weights`.
    static func share(_ total: Int, by weights: [Int]) -> [Int] {
        let sum = max(weights.reduce(0, +), 1)
        return round(weights.map { Double(total) * Double($0) / Double(sum) }, to: total)
    }

    /// Whole widths adding up to `total`: largest remainders first, ties to the left.
    static func round(_ widths: [Double], to total: Int) -> [Int] {
        var out = widths.map { Int($0.rounded(.down)) }
        var left = total - out.reduce(0, +)
        let order = widths.indices.sorted { a, b in
            let ra = widths[a] - widths[a].rounded(.down), rb = widths[b] - widths[b].rounded(.down)
            return ra != rb ? ra > rb : a < b
        }
        for i in order where left > 0 {
            out[i] += 1
            left -= 1
        }
        return out
    }
}
