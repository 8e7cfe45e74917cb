import BidKitPluginSDK

/// Tables: fixed layout with column widths from their content (`ColumnSizing`) filling the text
/// width (`w:tblGrid` and `w:tcW` in dxa), or a buyer's form's own grid; borders, a repeated header
/// row (`w:tblHeader`), rows that do not split across pages, bold totals rows, merged cells
/// (`w:gridSpan`, `w:vMerge`), and a form's row heights and cell shading (`SourceLayout`).
extension DocumentBuilder {
    private enum RowKind { case header, body, footer }

    /// `keepLastRowWithNext`: the last row stays on the page of what follows (a signature block).
    func table(_ t: Table, _ ctx: Context, keepLastRowWithNext: Bool = false) throws -> [BodyElement] {
        let outerReferences = pageReferences
        pageReferences = outerReferences || Self.crossReferenceRoles.contains(t.role)
        defer { pageReferences = outerReferences }
        let rows: [(Table.Row, RowKind)] = t.header.map { ($0, .header) } + t.body.map { ($0, .body) } + t.footer.map { ($0, .footer) }
        let spanned = rows.map { row in row.0.cells.reduce(0) { $0 + max($1.colspan, 1) } }.max() ?? 0
        let gridCount = max(t.columns.count, spanned, 1)
        var columns = t.columns
        while columns.count < gridCount { columns.append(Table.Column()) }
        let indent = ctx.inTable ? 0 : (ctx.indent ?? 0)
        let available = ctx.availableWidth ?? (reference.page.textWidth - indent)
        // Wide tables (the price schedule) use a smaller size so amounts fit on one line.
        let size = gridCount >= 8 ? Self.compactTableSize(zh: zh) : (zh ? 21 : 19)
        let widths: [Int]
        if let form = Self.formGrid(columns, gridCount: gridCount) {
            let total = form.reduce(0, +)
            widths = total > available ? ColumnSizing.share(available, by: form) : form
        } else {
            widths = ColumnSizing(rows: rows.map { ($0.0, $0.1 == .header) }, gridCount: gridCount, halfPoints: size,
                                  available: available).widths(total: available)
        }
        // A 序号 column is centred in every table, whatever alignment its Markdown asked for.
        if let header = t.header.first {
            var col = 0
            for cell in header.cells {
                if col < gridCount, cell.colspan <= 1, Self.sequenceHeaders.contains(Block.textUnits(cell.blocks).joined()) {
                    columns[col].alignment = .center
                }
                col += max(cell.colspan, 1)
            }
        }

        var xml = XMLBytes(capacity: 1_024 + 190 * rows.count * gridCount)
        xml.append("<w:tbl><w:tblPr>")
        if let id = style("Bid Table") ?? style("Table Grid") {
            xml.append("<w:tblStyle w:val=\"")
            xml.append(id)
            xml.append("\"/>")
        }
        xml.append("<w:tblW w:w=\"")
        xml.append(widths.reduce(0, +))
        xml.append("\" w:type=\"dxa\"/>")
        if indent > 0 {
            xml.append("<w:tblInd w:w=\"")
            xml.append(indent)
            xml.append("\" w:type=\"dxa\"/>")
        } else {
            xml.append("<w:jc w:val=\"center\"/>")
        }
        xml.append(Self.tableBordersToLook)
        xml.append("<w:tblGrid>")
        for w in widths {
            xml.append("<w:gridCol w:w=\"")
            xml.append(w)
            xml.append("\"/>")
        }
        xml.append("</w:tblGrid>")

        // What every cell of a kind and column shares (its paragraph style, run size, alignment),
        // worked out once per table instead of once per cell.
        var setups: [RowKind: [Context]] = [:]
        for kind in [RowKind.header, .body, .footer] where rows.contains(where: { $0.1 == kind }) {
            setups[kind] = columns.map { cellContext(kind: kind, alignment: $0.alignment, size: size) }
        }
        let blank = cellContext(kind: .body, alignment: .none, size: size)

        // Grid columns still covered by a cell from a row above: rows left and the span's width.
        var pending = [(rows: Int, span: Int, fill: String?)](repeating: (0, 1, nil), count: gridCount)
        var dropped = 0
        for (r, (row, kind)) in rows.enumerated() {
            let keepNext = keepLastRowWithNext && r == rows.count - 1
            let setup = setups[kind] ?? []
            xml.append("<w:tr><w:trPr><w:cantSplit/>")
            if let height = row.height { xml.append(height.xml) }
            if kind == .header { xml.append("<w:tblHeader/>") }
            xml.append("</w:trPr>")
            var cells = row.cells[...]
            var col = 0
            while col < gridCount {
                if pending[col].rows > 0 {
                    let span = pending[col].span
                    pending[col].rows -= 1
                    try writeCell(Table.Cell(blocks: [], fill: pending[col].fill), kind: kind,
                                  width: widths[col..<min(col + span, gridCount)].reduce(0, +), span: span, merge: "continue",
                                  setup[col], keepNext: keepNext, into: &xml)
                    col += span
                    continue
                }
                guard let cell = cells.popFirst() else {
                    try writeCell(Table.Cell(blocks: []), kind: kind, width: widths[col], span: 1, merge: nil, blank,
                                  keepNext: keepNext, into: &xml)
                    col += 1
                    continue
                }
                // A span never runs into a column a merged cell above still covers.
                var span = 1
                while span < max(cell.colspan, 1), col + span < gridCount, pending[col + span].rows == 0 { span += 1 }
                let rowspan = max(cell.rowspan, 1)
                if rowspan > 1 { pending[col] = (rowspan - 1, span, cell.fill) }
                try writeCell(cell, kind: kind, width: widths[col..<(col + span)].reduce(0, +), span: span,
                              merge: rowspan > 1 ? "restart" : nil, setup[col], keepNext: keepNext, into: &xml)
                col += span
            }
            dropped += cells.count
            xml.append("</w:tr>")
        }
        if dropped > 0 { warn("a table row has more cells than the table has columns; \(dropped) cell(s) left out") }
        xml.append("</w:tbl>")

        var out: [BodyElement] = []
        if !t.captionLine.isEmpty {
            var props = ParagraphProperties()
            props.style = style("caption")
            props.keepNext = true
            out.append(.paragraph(props, content: bookmarked(t.anchor, run(text: t.captionLine))))
        }
        out.append(.raw(xml))
        return out
    }

    /// The table properties after the width and alignment: borders, fixed layout, cell margins, look.
    private static let tableBordersToLook: [UInt8] = Array(("<w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
        + "<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
        + "<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/><w:insideH w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/>"
        + "<w:insideV w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\"/></w:tblBorders>"
        + "<w:tblLayout w:type=\"fixed\"/>"
        + "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
        + "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>").utf8)

    /// The context a cell's blocks are written in, for a row kind and its column's alignment.
    private func cellContext(kind: RowKind, alignment: Alignment, size: Int) -> Context {
        var inner = Context()
        inner.inTable = true
        inner.topLevel = false
        switch kind {
        case .header:
            inner.paragraphStyle = "Table Heading"
            inner.alignment = .center
        case .body:
            inner.paragraphStyle = "Table Text"
            inner.alignment = alignment
        case .footer:
            inner.paragraphStyle = "Table Total"
            inner.alignment = alignment
        }
        // Size and alignment the cell's style already gives are not repeated on every run and paragraph;
        // a wide table's smaller size comes from the compact styles.
        if style(inner.paragraphStyle).flatMap(styles.size) != size, let compact = style(inner.paragraphStyle + " Compact"),
           styles.size(compact) == size {
            inner.paragraphStyle += " Compact"
        }
        let styleID = style(inner.paragraphStyle)
        if styleID.flatMap(styles.size) != size { inner.runFormat.size = size }
        if let jc = inner.alignment.jc, jc == styleID.flatMap(styles.alignment) { inner.alignment = .none }
        // Header and totals rows are bold even when the reference lacks their styles.
        if kind != .body, style(inner.paragraphStyle) == nil { inner.runFormat.bold = true }
        return inner
    }

    /// `cell`: its blocks and its source's fill (its span and merge are the caller's, `span` and `merge`).
    private func writeCell(_ cell: Table.Cell, kind: RowKind, width: Int, span: Int, merge: StaticString?,
                           _ setup: Context, keepNext: Bool, into xml: inout XMLBytes) throws {
        xml.append("<w:tc><w:tcPr><w:tcW w:w=\"")
        xml.append(width)
        xml.append("\" w:type=\"dxa\"/>")
        if span > 1 {
            xml.append("<w:gridSpan w:val=\"")
            xml.append(span)
            xml.append("\"/>")
        }
        if let merge {
            xml.append("<w:vMerge w:val=\"")
            xml.append(merge)
            xml.append("\"/>")
        }
        xml.append(cell.shading(header: kind == .header))
        xml.append("<w:vAlign w:val=\"center\"/></w:tcPr>")
        var inner = setup
        inner.availableWidth = max(width - 2 * 85, 567)
        inner.keepWithNext = keepNext
        let elements = try self.blocks(cell.blocks, inner)
        for element in elements { element.write(into: &xml) }
        if elements.last?.isParagraph != true {
            var props = ParagraphProperties()
            props.style = style(inner.paragraphStyle)
            props.keepNext = keepNext
            BodyElement.paragraph(props, content: "").write(into: &xml)
        }
        xml.append("</w:tc>")
    }

    /// Headers of a running-number column: centred, as the generated tables have them.
    static let sequenceHeaders: Set<String> = ["序号", "No.", "No", "#", "S/N"]

    /// A buyer's form's grid: every column's width, when the form gave them all.
    static func formGrid(_ columns: [Table.Column], gridCount: Int) -> [Int]? {
        guard columns.count == gridCount else { return nil }
        let widths = columns.compactMap(\.width)
        return widths.count == gridCount && widths.allSatisfy({ $0 > 0 }) ? widths : nil
    }
}
