import BidKitPluginSDK

/// The header text each cell of a wide table is labelled with (`data-label`), for the stacked
/// layout a phone shows: every row a card of "label  value" lines, so the amounts at the right
/// of a nine-column price schedule are on the screen instead of off its edge.
///
/// A column's label is the text of the header cells over it, top to bottom (distinct ones, joined
/// by a space); a cell spanning several columns is labelled by them joined with "/". A row's
/// leading cell spanning several columns (合计, 投标总价（大写）) gets no label: it is the title of
/// its card. Header cells are not labelled.
struct StackLabels {
    private let columns: [String]

    init(table: Table, grid: TableGrid) {
        var columns = Array(repeating: [String](), count: grid.width)
        if let header = grid.groups.first {
            for (r, row) in header.enumerated() where r < table.header.count {
                for placed in row {
                    guard let source = placed.source else { continue }
                    let text = Block.textUnits(table.header[r].cells[source].blocks).joined(separator: " ")
                    for c in placed.column..<min(placed.column + placed.colspan, grid.width)
                    where !text.isEmpty && columns[c].last != text {
                        columns[c].append(text)
                    }
                }
            }
        }
        self.columns = columns.map { $0.joined(separator: " ") }
    }

    /// The label of a body or footer cell, or nil (no header, or the row's leading spanning cell).
    func label(for placed: TableGrid.Placed, isFirstInRow: Bool) -> String? {
        if isFirstInRow, placed.colspan > 1 { return nil }
        var parts: [String] = []
        for c in placed.column..<min(placed.column + placed.colspan, columns.count)
        where !columns[c].isEmpty && !parts.contains(columns[c]) {
            parts.append(columns[c])
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
