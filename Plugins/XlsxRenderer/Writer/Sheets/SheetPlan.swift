import Foundation

/// One worksheet: a table of the package laid out as rows of typed cells.
struct SheetPlan {
    var name: String
    /// The table's role ("price-schedule" …), for the styles and formulas that depend on it.
    var role: String
    var header: [String]
    var rows: [[CellValue]]
    /// Rows (0-based, header included) that are totals: bold.
    var totalRows: Set<Int>
    /// Merged ranges from colspans: (row, first column, last column), 0-based, header included.
    var merges: [(row: Int, from: Int, to: Int)]
    /// Column widths in characters (display width: a CJK character counts 2).
    var widths: [Double]

    /// The tables a workbook holds, in the order the bid has them, each once.
    static let roles = ["price-schedule", "compliance-matrix", "technical-deviations", "commercial-deviations", "findings"]

    static func sheets(of package: BidPackage) -> [SheetPlan] {
        var out: [SheetPlan] = []
        var names: Set<String> = []
        for section in package.sections {
            var tables = 0
            for case .table(let table) in section.blocks where roles.contains(table.role) {
                let name = uniqueName(sheetName(section.title), taken: &names)
                out.append(plan(table, name: name))
                tables += 1
            }
            // A check report without findings still gets its findings sheet: the summary line.
            if tables == 0, section.kind == "findings" {
                let lines = Block.textUnits(section.blocks).filter { !$0.isEmpty }
                let table = Table(columns: [.init(alignment: .left)], header: [Table.Row([Table.Cell(section.title)])],
                                  body: lines.map { Table.Row([Table.Cell($0)]) }, role: "findings")
                out.append(plan(table, name: uniqueName(sheetName(section.title), taken: &names)))
            }
        }
        return out
    }

    static func plan(_ table: Table, name: String) -> SheetPlan {
        let header = (table.header.last?.cells ?? []).flatMap { cell in [text(cell)] + Array(repeating: "", count: max(0, cell.colspan - 1)) }
        let columns = max(header.count, table.columns.count)
        var rows: [[CellValue]] = [], merges: [(Int, Int, Int)] = [], totals: Set<Int> = []
        let money = CellValue.moneyColumns(table, columns: columns)
        let formulas = table.role == "price-schedule" ? PriceFormulas(table: table) : nil
        for (r, row) in (table.body + table.footer).enumerated() {
            let sheetRow = r + 1  // after the header
            var cells: [CellValue] = []
            for cell in row.cells {
                let column = cells.count
                if cell.colspan > 1 { merges.append((sheetRow, column, min(columns, column + cell.colspan) - 1)) }
                let numeric = table.columns.indices.contains(column) && table.columns[column].alignment == .right
                cells.append(CellValue.typed(text(cell), money: money.contains(column), numeric: numeric))
                cells += Array(repeating: .empty, count: max(0, cell.colspan - 1))
            }
            if r >= table.body.count { totals.insert(sheetRow) }
            rows.append(cells)
        }
        if let formulas { formulas.apply(to: &rows, bodyCount: table.body.count) }
        return SheetPlan(name: name, role: table.role, header: header, rows: rows, totalRows: totals,
                         merges: merges.map { (row: $0.0, from: $0.1, to: $0.2) }, widths: ColumnFit.widths(header: header, rows: rows, columns: columns, merges: merges))
    }

    static func text(_ cell: Table.Cell) -> String { Block.textUnits(cell.blocks).joined(separator: "\n") }

    /// Excel's rules: at most 31 characters, none of `[]:*?/\`, not empty.
    static func sheetName(_ title: String) -> String {
        let cleaned = String(title.filter { !"[]:*?/\\".contains($0) }.prefix(31)).trimmingCharacters(in: CharacterSet(charactersIn: "' "))
        return cleaned.isEmpty ? "Sheet" : cleaned
    }

    static func uniqueName(_ name: String, taken: inout Set<String>) -> String {
        var candidate = name, n = 2
        while taken.contains(candidate.lowercased()) {
            let suffix = " (\(n))"
            candidate = String(name.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        taken.insert(candidate.lowercased())
        return candidate
    }
}
