import BidKitOOXML
/// One worksheet part: the frozen header row, the column widths, the cells and the merged ranges,
/// in the element order CT_Worksheet prescribes (sheetViews, sheetFormatPr, cols, sheetData, mergeCells).
enum SheetXML {
    static func sheet(_ s: SheetPlan) -> String {
        let columns = s.widths.count
        let lastRow = s.rows.count + 1
        var x = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        x += #"<worksheet xmlns="\#(WorkbookParts.main)" xmlns:r="\#(WorkbookParts.officeRelationships)">"#
        x += #"<dimension ref="A1:\#(CellValue.column(max(0, columns - 1)))\#(lastRow)"/>"#
        x += #"<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
        x += #"<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>"#
        x += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if columns > 0 {
            x += "<cols>"
            for (i, w) in s.widths.enumerated() { x += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(w)" customWidth="1"/>"# }
            x += "</cols>"
        }
        x += "<sheetData>"
        x += row(1, s.header.map { $0.isEmpty ? CellValue.empty : .text($0) }, style: { _ in Style.header })
        for (i, cells) in s.rows.enumerated() {
            let total = s.totalRows.contains(i + 1)
            x += row(i + 2, cells, style: { Style.of($0, total: total) })
        }
        x += "</sheetData>"
        if !s.merges.isEmpty {
            x += #"<mergeCells count="\#(s.merges.count)">"#
            for m in s.merges {
                x += #"<mergeCell ref="\#(CellValue.column(m.from))\#(m.row + 1):\#(CellValue.column(m.to))\#(m.row + 1)"/>"#
            }
            x += "</mergeCells>"
        }
        x += #"<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        return x + "</worksheet>"
    }

    private static func row(_ number: Int, _ cells: [CellValue], style: (CellValue) -> Int) -> String {
        var x = #"<row r="\#(number)">"#
        for (c, cell) in cells.enumerated() {
            let ref = CellValue.column(c) + String(number), s = style(cell)
            switch cell {
            case .empty: x += #"<c r="\#(ref)" s="\#(s)"/>"#
            case .text(let t):
                x += #"<c r="\#(ref)" s="\#(s)" t="inlineStr"><is><t xml:space="preserve">\#(XMLText.escape(t))</t></is></c>"#
            case .number(let d, _): x += #"<c r="\#(ref)" s="\#(s)"><v>\#(CellValue.xmlNumber(d))</v></c>"#
            case .formula(let f, let d, _):
                x += #"<c r="\#(ref)" s="\#(s)"><f>\#(XMLText.escape(f))</f><v>\#(CellValue.xmlNumber(d))</v></c>"#
            }
        }
        return x + "</row>"
    }
}

/// Cell formats (indexes into styles.xml's cellXfs, see `WorkbookParts.styles`).
enum Style {
    static let header = 1, text = 2, money = 3, number = 4, totalText = 5, totalMoney = 6

    static func of(_ cell: CellValue, total: Bool) -> Int {
        switch cell {
        case .empty, .text: return total ? totalText : text
        case .number(_, let money), .formula(_, _, let money): return money ? (total ? totalMoney : Self.money) : number
        }
    }
}
