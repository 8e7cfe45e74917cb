import BidKitPluginSDK

/// Tables: fixed layout with column widths from the model's weights filling the text width
/// (`w:tblGrid` and `w:tcW` in dxa), borders, a repeated header row (`w:tblHeader`), rows that do
/// not split across pages, bold totals rows, and merged cells (`w:gridSpan`, `w:vMerge`).
extension DocumentBuilder {
    /// Splits `total` over the weights, largest remainder first, so the widths add up exactly.
    /// Columns without a weight get the average of the others.
    static func columnWidths(weights: [Int], total: Int) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let positive = weights.filter { $0 > 0 }
        let fallback = positive.isEmpty ? 1 : max(1, positive.reduce(0, +) / positive.count)
        let w = weights.map { $0 > 0 ? $0 : fallback }
        let sum = w.reduce(0, +)
        var widths = w.map { total * $0 / sum }
        var left = total - widths.reduce(0, +)
        let order = w.indices.sorted { a, b in
            let ra = total * w[a] % sum, rb = total * w[b] % sum
            return ra != rb ? ra > rb : a < b
        }
        for i in order where left > 0 {
            widths[i] += 1
            left -= 1
        }
        return widths
    }

    /// Widens columns below their minimum (the longest word or number they hold) at the expense
    /// of columns with room to spare, keeping the total.
    static func fit(_ widths: [Int], minimum: [Int]) -> [Int] {
        var w = widths
        var need = 0
        for i in w.indices where w[i] < minimum[i] {
            need += minimum[i] - w[i]
            w[i] = minimum[i]
        }
        guard need > 0 else { return w }
        // Donors give in proportion to their width (so wide text columns stay wide), never
        // below their own minimum.
        let spare = w.indices.map { max(w[$0] - minimum[$0], 0) }
        let totalSpare = spare.reduce(0, +)
        guard totalSpare > 0 else { return widths }
        let take = min(need, totalSpare)
        let donorWidth = w.indices.filter { spare[$0] > 0 }.map { w[$0] }.reduce(0, +)
        var taken = 0
        for i in w.indices where spare[i] > 0 {
            let t = min(spare[i], take * w[i] / max(donorWidth, 1))
            w[i] -= t
            taken += t
        }
        // Rounding leftovers come off the column with most room left.
        while taken < take, let widest = w.indices.max(by: { w[$0] - minimum[$0] < w[$1] - minimum[$1] }),
              w[widest] > minimum[widest] {
            let t = min(take - taken, w[widest] - minimum[widest])
            w[widest] -= t
            taken += t
        }
        return w
    }

    private enum RowKind { case header, body, footer }

    func table(_ t: Table, _ ctx: Context) throws -> [BodyElement] {
        let rows: [(Table.Row, RowKind)] = t.header.map { ($0, .header) } + t.body.map { ($0, .body) } + t.footer.map { ($0, .footer) }
        let spanned = rows.map { row in row.0.cells.reduce(0) { $0 + max($1.colspan, 1) } }.max() ?? 0
        let gridCount = max(t.columns.count, spanned, 1)
        var columns = t.columns
        while columns.count < gridCount { columns.append(Table.Column()) }
        let indent = ctx.inTable ? 0 : (ctx.indent ?? 0)
        let available = ctx.availableWidth ?? (reference.page.textWidth - indent)
        // Wide tables (the price schedule) use a smaller size so amounts fit on one line.
        let size = gridCount >= 8 ? (zh ? 18 : 16) : (zh ? 21 : 19)
        let measure = TableMeasure(rows: rows.map { ($0.0, $0.1 == .header) }, gridCount: gridCount, halfPoints: size)
        let weights = columns.indices.map { c in columns[c].weight > 0 ? columns[c].weight * 1000 : measure.natural[c] }
        let widths = Self.fit(Self.columnWidths(weights: weights, total: available), minimum: measure.minimum)

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
        var pending = [(rows: Int, span: Int)](repeating: (0, 1), count: gridCount)
        var dropped = 0
        for (row, kind) in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/>" + (kind == .header ? "<w:tblHeader/>" : "") + "</w:trPr>"
            var cells = row.cells[...]
            var col = 0
            while col < gridCount {
                if pending[col].rows > 0 {
                    let span = pending[col].span
                    pending[col].rows -= 1
                    xml += try cellXML(blocks: [], kind: kind, width: widths[col..<min(col + span, gridCount)].reduce(0, +),
                                   span: span, merge: "continue", alignment: columns[col].alignment, size: size)
                    col += span
                    continue
                }
                guard let cell = cells.popFirst() else {
                    xml += try cellXML(blocks: [], kind: kind, width: widths[col], span: 1, merge: nil, alignment: .none, size: size)
                    col += 1
                    continue
                }
                // A span never runs into a column a merged cell above still covers.
                var span = 1
                while span < max(cell.colspan, 1), col + span < gridCount, pending[col + span].rows == 0 { span += 1 }
                let rowspan = max(cell.rowspan, 1)
                if rowspan > 1 { pending[col] = (rowspan - 1, span) }
                xml += try cellXML(blocks: cell.blocks, kind: kind, width: widths[col..<(col + span)].reduce(0, +), span: span,
                               merge: rowspan > 1 ? "restart" : nil, alignment: columns[col].alignment, size: size)
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

    private func cellXML(blocks: [Block], kind: RowKind, width: Int, span: Int, merge: String?,
                         alignment: Alignment, size: Int) throws -> String {
        var xml = "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
        if span > 1 { xml += "<w:gridSpan w:val=\"\(span)\"/>" }
        if let merge { xml += "<w:vMerge w:val=\"\(merge)\"/>" }
        if kind == .header { xml += "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9D9D9\"/>" }
        xml += "<w:vAlign w:val=\"center\"/></w:tcPr>"
        var inner = Context()
        inner.inTable = true
        inner.topLevel = false
        inner.runFormat.size = size
        inner.availableWidth = max(width - 2 * 85, 567)
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
        // Header and totals rows are bold even when the reference lacks their styles.
        if kind != .body, style(inner.paragraphStyle) == nil { inner.runFormat.bold = true }
        var elements = try self.blocks(blocks, inner)
        if elements.last?.isParagraph != true {
            var props = ParagraphProperties()
            props.style = style(inner.paragraphStyle)
            elements.append(.paragraph(props, content: ""))
        }
        return xml + elements.map(\.xml).joined() + "</w:tc>"
    }
}

/// Estimates of how wide a column's content is, in dxa: `natural` (the longest line unwrapped,
/// capped) sizes columns without a weight; `minimum` (the longest word, number or short CJK
/// header) keeps amounts and codes from breaking mid-token.
struct TableMeasure {
    var natural: [Int]
    var minimum: [Int]

    init(rows: [(Table.Row, Bool)], gridCount: Int, halfPoints: Int) {
        natural = Array(repeating: 0, count: gridCount)
        minimum = Array(repeating: 0, count: gridCount)
        let padding = 2 * 85 + 40
        for (row, isHeader) in rows {
            var col = 0
            for cell in row.cells {
                defer { col += max(cell.colspan, 1) }
                guard col < gridCount, cell.colspan <= 1 else { continue }
                let text = Block.textUnits(cell.blocks).joined(separator: " ")
                natural[col] = max(natural[col], min(Self.width(text, halfPoints), 4000) + padding)
                // Numbers must never break; a long model code may, past about eight characters.
                let cap = Self.width("MMMMMMMM", halfPoints)
                var longest = Self.tokens(text).map { token in
                    Self.isNumber(token) ? Self.width(token, halfPoints) : min(Self.width(token, halfPoints), cap)
                }.max() ?? 0
                if isHeader, text.unicodeScalars.count <= 4 { longest = Self.width(text, halfPoints) }
                minimum[col] = max(minimum[col], min(longest, 2600) + padding)
            }
        }
    }

    static func isNumber(_ token: String) -> Bool {
        token.contains { $0.isNumber } && token.allSatisfy { $0.isNumber || ",.%¥$€+-()".contains($0) }
    }

    /// Unbreakable pieces: runs of non-space Latin characters; every CJK character stands alone.
    static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in text {
            if ch.isWhitespace || ch.unicodeScalars.first.map(CJK.isWide) == true {
                if !current.isEmpty { out.append(current) }
                current = ""
                if !ch.isWhitespace { out.append(String(ch)) }
            } else {
                current.append(ch)
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Width in dxa at `halfPoints`: CJK a full em, Latin about 0.55 em.
    static func width(_ text: String, _ halfPoints: Int) -> Int {
        var ems = 0.0
        for s in text.unicodeScalars { ems += CJK.isWide(s) ? 1.0 : 0.56 }
        return Int(ems * Double(halfPoints) * 10)
    }
}
