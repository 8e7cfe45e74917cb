import BidKitPluginSDK

/// A price schedule too wide for the portrait page gets a landscape section of its own, as
/// professional bids print it (issue 12, item 5): on A4 portrait the nine columns of the schedule
/// leave 名称 and 规格型号 about five characters each, and model and spec text wrapped over four to
/// five lines a row while the figures had room; turned, the text width grows from 14.7 cm to 23.4 cm.
///
/// The section before it ends with a section break, the schedule's section ends with one of its own
/// (`w:orient="landscape"`), the page numbers run on, and the header and footer are the same parts.
/// A schedule is turned when, sized for portrait, its rows would take more than `maxLinesPerRow`
/// lines on average (`ColumnSizing.linesPerRow`); a short one (a fresh template's single line)
/// stays on the page. Only a schedule between other sections of its part is turned: the first
/// would leave its part's heading alone on a portrait page, and the last would need the part's
/// own closing break to turn.
extension DocumentBuilder {
    /// Columns from which a price schedule is turned: the nine of the goods schedule, the eight of a
    /// bill of quantities with its 序号.
    static let landscapeColumns = 8
    static let maxLinesPerRow = 2.0

    /// The turned page for `section`, or nil when it stays on the reference's page.
    func landscapePage(for section: Section, first: Bool, last: Bool) -> PageSetup? {
        guard !first, !last, let turned = reference.page.landscape else { return nil }
        let wide = section.blocks.contains { block in
            guard case .table(let table) = block, table.role == "price-schedule", table.columns.count >= Self.landscapeColumns else { return false }
            let rows = table.header.map { ($0, true) } + (table.body + table.footer).map { ($0, false) }
            let sizing = ColumnSizing(rows: rows, gridCount: table.columns.count, halfPoints: Self.compactTableSize(zh: zh),
                                      available: reference.page.textWidth)
            return sizing.linesPerRow(total: reference.page.textWidth) > Self.maxLinesPerRow
        }
        return wide ? turned : nil
    }
}
