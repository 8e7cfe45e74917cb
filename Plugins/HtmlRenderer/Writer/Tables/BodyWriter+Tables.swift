import BidKitPluginSDK

/// Tables: `<caption>`, a `<colgroup>` carrying the model's width weights, `<thead>` / `<tbody>` /
/// `<tfoot>`, and an alignment class per cell taken from the column the cell starts in, so
/// amounts line up on the right.
///
/// Every table sits in a `div.table-scroll`, which scrolls sideways on a narrow screen instead of
/// pushing the page wider than the phone. The model's `role` becomes a class (`role-price-schedule`)
/// so a template can style the price schedule's totals; tables of six or more columns also get
/// `wide`, and their body and footer cells a `data-label` with their column's header text
/// (`StackLabels`): on a phone the stylesheet stacks each row into a card of labelled values.
extension BodyWriter {
    mutating func writeTable(_ table: Table) throws {
        let groups = [table.header, table.body, table.footer]
        let grid = TableGrid(
            columnCount: table.columns.count,
            groups: groups.map { rows in rows.map { row in row.cells.map { (colspan: $0.colspan, rowspan: $0.rowspan) } } })
        let role = ClassName.token(table.role)
        let isWide = grid.width >= 6
        let classes = ClassName.list([role.isEmpty ? "" : "role-" + role, isWide ? "wide" : ""])
        let labels = isWide ? StackLabels(table: table, grid: grid) : nil

        out.open("div", [("class", isWide ? "table-scroll stacks" : "table-scroll")])
        out.newline()
        out.open("table", [("class", classes), ("id", anchors.claim(table.anchor))])
        out.newline()
        if !table.captionLine.isEmpty {
            out.element("caption", text: table.captionLine)
            out.newline()
        }
        writeColumns(table.columns, width: grid.width)
        let tags: [(StaticString, isHeader: Bool)] = [("thead", true), ("tbody", false), ("tfoot", false)]
        for (g, rows) in groups.enumerated() where !rows.isEmpty {
            out.open(tags[g].0)
            out.newline()
            for (r, row) in rows.enumerated() {
                out.open("tr")
                for (i, placed) in grid.groups[g][r].enumerated() {
                    let cell = placed.source.map { row.cells[$0] }
                    let label = tags[g].isHeader ? nil : labels?.label(for: placed, isFirstInRow: i == 0)
                    try writeCell(cell, placed: placed, column: table.columns[safe: placed.column], isHeader: tags[g].isHeader,
                                  label: label)
                }
                out.close("tr")
                out.newline()
            }
            out.close(tags[g].0)
            out.newline()
        }
        out.close("table")
        out.newline()
        out.close("div")
        out.newline()
    }

    /// One `<col>` per grid column; widths in percent (one decimal, integer arithmetic so the
    /// output never depends on floating-point printing) when the model gives weights.
    private mutating func writeColumns(_ columns: [Table.Column], width: Int) {
        guard width > 0 else { return }
        let total = columns.reduce(0) { $0 + max($1.weight, 0) }
        out.open("colgroup")
        for index in 0..<width {
            let weight = max(columns[safe: index]?.weight ?? 0, 0)
            var style: String?
            if total > 0, weight > 0 {
                let permille = (weight * 1000 + total / 2) / total
                style = "width: \(permille / 10).\(permille % 10)%"
            }
            let alignment = columns[safe: index].flatMap { Self.alignmentClass($0.alignment) }
            out.open("col", [("class", alignment), ("style", style)])
        }
        out.close("colgroup")
        out.newline()
    }

    private mutating func writeCell(_ cell: Table.Cell?, placed: TableGrid.Placed, column: Table.Column?, isHeader: Bool,
                                    label: String?) throws {
        let attributes: [(StaticString, String?)] = [
            ("class", column.flatMap { Self.alignmentClass($0.alignment) }),
            ("colspan", placed.colspan > 1 ? String(placed.colspan) : nil),
            ("rowspan", placed.rowspan > 1 ? String(placed.rowspan) : nil),
            ("scope", isHeader ? "col" : nil),
            ("data-label", label),
        ]
        if isHeader { out.open("th", attributes) } else { out.open("td", attributes) }
        if let cell { try writeFlow(cell.blocks) }
        if isHeader { out.close("th") } else { out.close("td") }
    }
}

extension Array {
    /// The element at `index`, or nil past either end.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
