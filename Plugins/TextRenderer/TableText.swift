import BidKitPluginSDK

/// Bid tables (price schedules, deviation tables, staff lists) drawn as box tables.
struct TableText {
    let blocks: BlockText

    /// The caption centred above the table, then the table fitted to `width`.
    func lines(for table: Table, width: Int) -> [String] {
        let textTable = TextTable(
            // Eight columns (four Chinese characters) before a text column wraps: narrower, a name
            // takes a line per two characters while the amounts beside it have room.
            columns: table.columns.map { TextTable.Column(alignment: Self.alignment($0.alignment), minWidth: 8) },
            header: table.header.map { row($0, in: table, width: width) },
            body: table.body.map { row($0, in: table, width: width) },
            footer: table.footer.map { row($0, in: table, width: width) })
        let settings = blocks.settings
        let tableLines = textTable.lines(maxWidth: width, style: .box, ambiguous: settings.ambiguous)
        guard !table.captionLine.isEmpty else { return tableLines }
        let tableWidth = tableLines.first.map { settings.width(of: $0) } ?? width
        let caption = blocks.wrap(table.captionLine, width: width).map { settings.center($0, in: max(tableWidth, settings.width(of: $0))) }
        return caption + tableLines
    }

    private func row(_ row: Table.Row, in table: Table, width: Int) -> [TextTable.Cell] {
        var column = 0
        return row.cells.map { cell in
            // A cell in a no-wrap column (a finding's location) is laid out as it stands: never
            // wrapped, its column at least as wide (`TextTable.Cell.preformatted`), stacked or not.
            defer { column += cell.colspan }
            let noWrap = table.columns.indices.contains(column) && table.columns[column].noWrap
            let inline = cell.blocks.allSatisfy { block in
                switch block {
                case .paragraph, .heading, .image: true
                default: false
                }
            }
            guard inline else {
                // Lists, quotes, nested tables: laid out once, at the width the cell may expect.
                let lines = cell.blocks.flatMap { blocks.lines(for: $0, width: cellWidth(cell, in: table, width: width)) }
                return TextTable.Cell(lines.filter { !$0.isEmpty }.joined(separator: "\n"), colspan: cell.colspan,
                                      rowspan: cell.rowspan, preformatted: true)
            }
            return TextTable.Cell(cellText(cell.blocks), colspan: cell.colspan, rowspan: cell.rowspan, preformatted: noWrap)
        }
    }

    /// The width a cell gets when the table's columns share `width` evenly: the best guess before the
    /// table is measured, so a nested table rarely comes out wider than its cell. At least 12, so a
    /// table nested very deep still has 8 columns for its text (and the page widens instead).
    private func cellWidth(_ cell: Table.Cell, in table: Table, width: Int) -> Int {
        let columns = max(table.columns.count, (table.header + table.body + table.footer).map { $0.cells.reduce(0) { $0 + $1.colspan } }.max() ?? 1, 1)
        let column = max((width - 4 - 3 * (columns - 1)) / columns, 12)
        return column * cell.colspan + 3 * (cell.colspan - 1)
    }

    /// A cell of paragraphs as one string with line breaks: the table wraps it to the column width it
    /// settles on.
    private func cellText(_ cellBlocks: [Block]) -> String {
        var lines: [String] = []
        for block in cellBlocks {
            switch block {
            case .paragraph(let paragraph):
                lines.append(InlineText.render(paragraph.content))
            case .heading(let heading):
                lines.append(Heading.join(number: heading.number, title: InlineText.render(heading.content)))
            case .image(let image):
                lines.append(blocks.imageText(image))
            default:
                break
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Numbers are right-aligned by the core (column alignment); unaligned columns read left.
    static func alignment(_ alignment: Alignment) -> TextAlignment {
        switch alignment {
        case .none, .left: .left
        case .center: .center
        case .right: .right
        }
    }
}
