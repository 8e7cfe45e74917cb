/// Turns a laid-out table (grid, column widths, vertical plan) into lines of text.
///
/// Each line is assembled as UTF-8 bytes — frame glyphs, padding, the cells' wrapped bytes —
/// and becomes a `String` once.
struct TableDrawer {
    let grid: TableGrid
    let widths: [Int]
    let metrics: SeparatorMetrics
    let plan: VerticalPlan
    let glyphs: FrameGlyphs
    private var line: [UInt8] = []

    init(grid: TableGrid, widths: [Int], metrics: SeparatorMetrics, plan: VerticalPlan, glyphs: FrameGlyphs) {
        self.grid = grid
        self.widths = widths
        self.metrics = metrics
        self.plan = plan
        self.glyphs = glyphs
    }

    /// Box style: every line is framed, so every line has the same display width.
    mutating func boxLines() -> [String] {
        let last = grid.rowCount - 1
        var out: [String] = []
        out.reserveCapacity(plan.slots.count)
        for (v, slot) in plan.slots.enumerated() {
            line.removeAll(keepingCapacity: true)
            switch slot {
            case .top: boxRule(above: nil, below: 0, double: false, line: v)
            case .bottom: boxRule(above: last, below: nil, double: false, line: v)
            case .content(let row): boxContent(row: row, line: v)
            case .rule(let above, let double): boxRule(above: above, below: above + 1, double: double, line: v)
            }
            out.append(String(decoding: line, as: UTF8.self))
        }
        return out
    }

    /// Plain style: no frame; group boundaries become `─` (ASCII `-`) segments under each column, rules
    /// inside a group become blank lines. Trailing spaces are trimmed.
    mutating func plainLines() -> [String] {
        var out: [String] = []
        for (v, slot) in plan.slots.enumerated() {
            line.removeAll(keepingCapacity: true)
            switch slot {
            case .top, .bottom:
                continue
            case .content(let row):
                for (i, index) in grid.cells(inRow: row).enumerated() {
                    if i > 0 { spaces(2) }
                    padded(index, line: v)
                }
            case .rule(let above, let double):
                for (i, index) in grid.cells(inRow: above).enumerated() {
                    if i > 0 { spaces(2) }
                    let cell = grid.cells[index]
                    if grid.crossing(above: above, column: cell.column) != nil {
                        padded(index, line: v)
                    } else if double {
                        repeatGlyph(glyphs.horizontal, textWidth(cell))
                    } else {
                        spaces(textWidth(cell))
                    }
                }
            }
            while line.last == 0x20 { line.removeLast() }
            out.append(String(decoding: line, as: UTF8.self))
        }
        return out
    }

    private mutating func boxContent(row: Int, line v: Int) {
        glyph(glyphs.vertical)
        for index in grid.cells(inRow: row) {
            spaces(1)
            padded(index, line: v)
            spaces(1)
            glyph(glyphs.vertical)
        }
    }

    /// A horizontal rule between two rows (or the top or bottom edge). Where a row-spanning
    /// cell crosses it, the cell's text shows through instead of the rule.
    private mutating func boxRule(above: Int?, below: Int?, double: Bool, line v: Int) {
        let n = grid.columnCount
        func crossing(_ column: Int) -> Int? {
            guard let above, below != nil else { return nil }
            return grid.crossing(above: above, column: column)
        }
        let fill = double ? glyphs.doubleHorizontal : glyphs.horizontal
        var boundary = 0
        while true {
            glyph(glyphs.junction(
                up: above.map { grid.hasEdge(row: $0, at: boundary) } ?? false,
                down: below.map { grid.hasEdge(row: $0, at: boundary) } ?? false,
                left: boundary > 0 && crossing(boundary - 1) == nil,
                right: boundary < n && crossing(boundary) == nil,
                double: double))
            guard boundary < n else { break }
            if let index = crossing(boundary) {
                spaces(1)
                padded(index, line: v)
                spaces(1)
                boundary += grid.cells[index].colspan
            } else {
                repeatGlyph(fill, widths[boundary] + 2)
                boundary += 1
            }
        }
    }

    /// The cell's text for output line `v`, padded to the cell's width.
    private mutating func padded(_ index: Int, line v: Int) {
        let cell = grid.cells[index]
        let k = v - plan.cellStart[index]
        let wrapped = cell.lines
        let text = wrapped.lines.indices.contains(k) ? wrapped.lines[k] : WrappedLines.Line(start: 0, end: 0, width: 0)
        let gap = textWidth(cell) - text.width
        let before: Int
        switch cell.alignment {
        case .left: before = 0
        case .right: before = gap
        case .center: before = gap / 2
        }
        spaces(before)
        line.append(contentsOf: wrapped.bytes[text.start..<text.end])
        spaces(gap - before)
    }

    private func textWidth(_ cell: PlacedCell) -> Int {
        grid.textWidth(of: cell, widths: widths, metrics: metrics)
    }

    private mutating func spaces(_ count: Int) {
        if count > 0 { line.append(contentsOf: repeatElement(0x20, count: count)) }
    }

    private mutating func glyph(_ c: Character) {
        line.append(contentsOf: c.utf8)
    }

    private mutating func repeatGlyph(_ c: Character, _ count: Int) {
        for _ in 0..<max(count, 0) { line.append(contentsOf: c.utf8) }
    }
}
