import BidKitPluginSDK

/// Bid tables (price schedules, deviation tables, staff lists) drawn as box tables.
struct TableText {
    let blocks: BlockText

    /// The caption centred above the table, then the table fitted to `width`.
    func lines(for table: Table, width: Int) -> [String] {
        let textTable = TextTable(
            columns: table.columns.map { TextTable.Column(alignment: Self.alignment($0.alignment)) },
            header: table.header.map(row),
            body: table.body.map(row),
            footer: table.footer.map(row))
        let tableLines = textTable.lines(maxWidth: width, style: .box)
        guard !table.caption.isEmpty else { return tableLines }
        let tableWidth = tableLines.first.map { DisplayWidth.of($0) } ?? width
        let caption = blocks.wrap(table.caption, width: width).map { TextPad.center($0, in: max(tableWidth, DisplayWidth.of($0))) }
        return caption + tableLines
    }

    private func row(_ row: Table.Row) -> [TextTable.Cell] {
        row.cells.map { cell in
            TextTable.Cell(cellText(cell.blocks), colspan: cell.colspan, rowspan: cell.rowspan)
        }
    }

    /// A cell's blocks as one string with line breaks. Paragraphs stay unwrapped — the table
    /// wraps them to the column width it settles on; other blocks (lists, images) use the
    /// block renderer, one line per block line.
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
                lines += blocks.lines(for: block, width: blocks.settings.width).filter { !$0.isEmpty }
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
