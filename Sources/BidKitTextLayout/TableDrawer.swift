/// Turns a laid-out table (grid, column widths, vertical plan) into lines of text.
struct TableDrawer {
    let grid: TableGrid
    let widths: [Int]
    let metrics: SeparatorMetrics
    let plan: VerticalPlan

    /// Box style: every line is framed, so every line has the same display width.
    func boxLines() -> [String] {
        let last = grid.rowCount - 1
        return plan.slots.enumerated().map { v, slot in
            switch slot {
            case .top: return boxRule(above: nil, below: 0, double: false, line: v)
            case .bottom: return boxRule(above: last, below: nil, double: false, line: v)
            case .content(let row): return boxContent(row: row, line: v)
            case .rule(let above, let double): return boxRule(above: above, below: above + 1, double: double, line: v)
            }
        }
    }

    /// Plain style: no frame; group boundaries become `─` segments under each column, rules
    /// inside a group become blank lines. Trailing spaces are trimmed.
    func plainLines() -> [String] {
        plan.slots.enumerated().compactMap { v, slot in
            switch slot {
            case .top, .bottom:
                return nil
            case .content(let row):
                let parts = grid.cells(inRow: row).map { padded($0, line: v) }
                return TextPad.trimTrailingSpaces(parts.joined(separator: "  "))
            case .rule(let above, let double):
                let parts = grid.cells(inRow: above).map { index -> String in
                    let cell = grid.cells[index]
                    if grid.crossing(above: above, column: cell.column) != nil { return padded(index, line: v) }
                    let width = textWidth(cell)
                    return double ? String(repeating: BoxCharacters.horizontal, count: width) : TextPad.spaces(width)
                }
                return TextPad.trimTrailingSpaces(parts.joined(separator: "  "))
            }
        }
    }

    private func boxContent(row: Int, line v: Int) -> String {
        var out = String(BoxCharacters.vertical)
        for index in grid.cells(inRow: row) {
            out += " " + padded(index, line: v) + " " + String(BoxCharacters.vertical)
        }
        return out
    }

    /// A horizontal rule between two rows (or the top or bottom edge). Where a row-spanning
    /// cell crosses it, the cell's text shows through instead of the rule.
    private func boxRule(above: Int?, below: Int?, double: Bool, line v: Int) -> String {
        let n = grid.columnCount
        func crossing(_ column: Int) -> Int? {
            guard let above, below != nil else { return nil }
            return grid.crossing(above: above, column: column)
        }
        let fill = double ? BoxCharacters.doubleHorizontal : BoxCharacters.horizontal
        var out = ""
        var boundary = 0
        while true {
            out.append(BoxCharacters.junction(
                up: above.map { grid.hasEdge(row: $0, at: boundary) } ?? false,
                down: below.map { grid.hasEdge(row: $0, at: boundary) } ?? false,
                left: boundary > 0 && crossing(boundary - 1) == nil,
                right: boundary < n && crossing(boundary) == nil,
                double: double))
            guard boundary < n else { break }
            if let index = crossing(boundary) {
                out += " " + padded(index, line: v) + " "
                boundary += grid.cells[index].colspan
            } else {
                out += String(repeating: fill, count: widths[boundary] + 2)
                boundary += 1
            }
        }
        return out
    }

    /// The cell's text for output line `v`, padded to the cell's width.
    private func padded(_ index: Int, line v: Int) -> String {
        let cell = grid.cells[index]
        let k = v - plan.cellStart[index]
        let text = cell.lines.indices.contains(k) ? cell.lines[k] : ""
        return TextPad.pad(text, to: textWidth(cell), alignment: cell.alignment)
    }

    private func textWidth(_ cell: PlacedCell) -> Int {
        grid.textWidth(of: cell, widths: widths, metrics: metrics)
    }
}
