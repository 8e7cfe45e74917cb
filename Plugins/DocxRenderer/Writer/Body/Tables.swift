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

        var xml = "<w:tbl><w:tblPr>"
        if let id = style("Bid Table") ?? style("Table Grid") { xml += "<w:tblStyle w:val=\"\(id)\"/>" }
        xml += "<w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
        if indent > 0 { xml += "<w:tblInd w:w=\"\(indent)\" w:type=\"dxa\"/>" } else { xml += "<w:jc w:val=\"center\"/>" }
        let line = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"auto\""
        xml += "<w:tblBorders><w:top \(line)/><w:left \(line)/><w:bottom \(line)/><w:right \(line)/><w:insideH \(line)/><w:insideV \(line)/></w:tblBorders>"
        xml += "<w:tblLayout w:type=\"fixed\"/>"
        xml += "<w:tblCellMar><w:left w:w=\"85\" w:type=\"dxa\"/><w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar>"
        xml += "<w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"

        // Grid columns still covered by a cell from a row above: rows left and the span's width.
        var pending = [(rows: Int, span: Int, fill: String?)](repeating: (0, 1, nil), count: gridCount)
        var dropped = 0
        for (r, (row, kind)) in rows.enumerated() {
            let keepNext = keepLastRowWithNext && r == rows.count - 1
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (row.height?.xml ?? "") + (kind == .header ? "<w:tblHeader/>" : "") + "</w:trPr>"
            var cells = row.cells[...]
            var col = 0
            while col < gridCount {
                if pending[col].rows > 0 {
                    let span = pending[col].span
                    pending[col].rows -= 1
                    xml += try cellXML(Table.Cell(blocks: [], fill: pending[col].fill), kind: kind,
                                       width: widths[col..<min(col + span, gridCount)].reduce(0, +), span: span, merge: "continue",
                                       alignment: columns[col].alignment, size: size, keepNext: keepNext)
                    col += span
                    continue
                }
                guard let cell = cells.popFirst() else {
                    xml += try cellXML(Table.Cell(blocks: []), kind: kind, width: widths[col], span: 1, merge: nil, alignment: .none,
                                       size: size, keepNext: keepNext)
                    col += 1
                    continue
                }
                // A span never runs into a column a merged cell above still covers.
                var span = 1
                while span < max(cell.colspan, 1), col + span < gridCount, pending[col + span].rows == 0 { span += 1 }
                let rowspan = max(cell.rowspan, 1)
                if rowspan > 1 { pending[col] = (rowspan - 1, span, cell.fill) }
                xml += try cellXML(cell, kind: kind, width: widths[col..<(col + span)].reduce(0, +), span: span,
                               merge: rowspan > 1 ? "restart" : nil, alignment: columns[col].alignment, size: size, keepNext: keepNext)
                col += span
            }
            dropped += cells.count
            xml += "</w:tr>"
        }
        if dropped > 0 { warn("a table row has more cells than the table has columns; \(dropped) cell(s) left out") }
        xml += "</w:tbl>"

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

    /// `cell`: its blocks and its source's fill (its span and merge are the caller's, `span` and `merge`).
    private func cellXML(_ cell: Table.Cell, kind: RowKind, width: Int, span: Int, merge: String?,
                         alignment: Alignment, size: Int, keepNext: Bool) throws -> String {
        var xml = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let merge { xml += "<w:vMerge w:val=\"\(merge)\"/>" }
        xml += cell.shading(header: kind == .header)
        xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
        var inner = Context()
        inner.inTable = true
        inner.topLevel = false
        inner.availableWidth = max(width - 2 * 85, 567)
        inner.keepWithNext = keepNext
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
        var elements = try self.blocks(cell.blocks, inner)
        if elements.last?.isParagraph != true {
            var props = ParagraphProperties()
            props.style = style(inner.paragraphStyle)
            props.keepNext = keepNext
            elements.append(.paragraph(props, content: ""))
        }
        return xml + elements.map(\.xml).joined() + "</w:tc>"
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
