import BidKitMoney
import Foundation

/// A price list as rows of cells — from a CSV file or an .xlsx sheet — read into price lines.
///
/// The header row is found, not assumed: Excel lists often start with a title row ("分项报价表")
/// or a note, so the first of the first `headerSearchRows` rows whose headings name every required
/// column (`PriceListColumns`, Chinese or English) is the header, and the rows above it are skipped.
/// Below it, blank rows and total rows (合计, Total: a row with no quantity and no unit price whose
/// number or name says it is a total) are skipped; every other row is a line.
enum PriceListTable {
    struct Cell {
        var text: String
        var location: SourceLocation
        /// An .xlsx number cell: its text is the stored value (`SpreadsheetNumber`), not typed digits.
        var isSpreadsheetNumber = false
    }

    struct Row {
        var cells: [Cell]
        var location: SourceLocation
        var isBlank: Bool { cells.allSatisfy { CSVReader.trimmed($0.text).isEmpty } }
    }

    static let headerSearchRows = 10
    /// What a total row says in its number or name cell (normalized like headings).
    static let totalWords: Set<String> = ["合计", "总计", "小计", "合计金额", "总价", "投标总价", "total", "subtotal", "grandtotal", "sum"]

    /// `rows` as price lines. `ragged`: rows may be shorter than the header (a sheet's missing cells);
    /// otherwise every row has the header's cell count, as RFC 4180 asks of a CSV file.
    static func items(_ rows: [Row], file: String, ragged: Bool) throws -> [PriceItem] {
        guard let first = rows.firstIndex(where: { !$0.isBlank }) else {
            throw LoadError(SourceLocation(file: file, line: 1, column: 1), "the price list is empty")
        }
        let headerAt = rows[first...].prefix(headerSearchRows).firstIndex { row in
            let named = Set(row.cells.compactMap { PriceListColumns.column(for: CSVReader.trimmed($0.text)) })
            return PricingLoader.requiredColumns.allSatisfy(named.contains)
        } ?? first
        let headerRow = rows[headerAt]
        let index = try columns(of: headerRow, file: file)
        var items: [PriceItem] = []
        for row in rows[(headerAt + 1)...] where !row.isBlank {
            if !ragged, row.cells.count != headerRow.cells.count {
                throw LoadError(row.location, "expected \(headerRow.cells.count) cells, found \(row.cells.count)")
            }
            for (i, cell) in row.cells.enumerated() where !CSVReader.trimmed(cell.text).isEmpty && !index.values.contains(i) {
                let what = i < headerRow.cells.count ? "a column with no heading" : "no column of the header row"
                throw LoadError(cell.location, "a value ('\(CSVReader.trimmed(cell.text))') under \(what); give the column a heading or clear the cell")
            }
            let cell: (String) -> Cell? = { name in index[name].flatMap { $0 < row.cells.count ? row.cells[$0] : nil } }
            if isTotal(cell) { continue }
            items.append(try item(row, number: items.count + 1, cell: cell))
        }
        return items
    }

    /// Column name → cell index, from the header row; every heading must be known and used once.
    private static func columns(of header: Row, file: String) throws -> [String: Int] {
        var index: [String: Int] = [:]
        for (i, cell) in header.cells.enumerated() {
            let heading = CSVReader.trimmed(cell.text)
            if heading.isEmpty { continue }
            guard let name = PriceListColumns.column(for: heading) else {
                throw LoadError(cell.location, "unknown column '\(heading)'" + unknownHint(heading))
            }
            if let first = index[name] {
                let same = heading == name ? "" : " ('\(heading)' means '\(name)')"
                throw LoadError(cell.location, "duplicate column '\(name)'\(same), first in column \(first + 1); each column may appear once")
            }
            index[name] = i
        }
        if index.isEmpty { throw LoadError(header.location, "empty column name in the header row") }
        for required in PricingLoader.requiredColumns where index[required] == nil {
            throw LoadError(header.location, "missing column '\(required)' in the header row"
                            + " (headings for it: \(PriceListColumns.headings.first { $0.column == required }?.names.joined(separator: ", ") ?? required))")
        }
        return index
    }

    /// "; did you mean 'unit_price'?" for a typo; for other headings, the accepted ones.
    private static func unknownHint(_ heading: String) -> String {
        if heading.unicodeScalars.allSatisfy(\.isASCII) {
            let hint = DidYouMean.hint(for: heading, among: PricingLoader.itemColumns)
            if hint.hasPrefix("; did you mean") { return hint }
        }
        return "; the headings a price list may use are BidKit's column names (\(PricingLoader.itemColumns.joined(separator: ", "))) "
            + "or their Chinese and English names (序号, 名称, 规格型号, 品牌, 单位, 数量, 单价, 合价/金额, 备注, Qty, Unit Price, "
            + "Amount, Description …; docs/bid-project.md, \"Price lists\")"
    }

    /// A 合计 / Total row: it names itself a total in its number or name, and has no quantity or unit price.
    private static func isTotal(_ cell: (String) -> Cell?) -> Bool {
        for name in ["quantity", "unit_price"] where !(cell(name).map { CSVReader.trimmed($0.text).isEmpty } ?? true) { return false }
        for name in ["no", "name"] where cell(name).map({ totalWords.contains(PriceListColumns.normalized($0.text)) }) ?? false { return true }
        return false
    }

    private static func item(_ row: Row, number: Int, cell: (String) -> Cell?) throws -> PriceItem {
        func text(_ name: String, required: Bool = false) throws -> String {
            guard let c = cell(name) else {
                if required { throw LoadError(row.location, "'\(name)' must not be empty") }
                return ""
            }
            let t = CSVReader.trimmed(c.text)
            if required, t.isEmpty { throw LoadError(c.location, "'\(name)' must not be empty") }
            return t
        }
        func decimal(_ name: String, _ sign: FigureRules.Sign, required: Bool) throws -> Decimal? {
            let c = cell(name)
            let t = c.map { CSVReader.trimmed($0.text) } ?? ""
            guard let c, !t.isEmpty else {
                if required { throw LoadError(c?.location ?? row.location, "'\(name)' must not be empty") }
                return nil
            }
            switch c.isSpreadsheetNumber ? SpreadsheetNumber.parse(t) : DecimalText.parse(t) {
            case .success(let value): return try FigureRules.check(value, sign, field: "'\(name)'", at: c.location)
            case .failure(let reason): throw LoadError(c.location, FigureRules.notADecimal(t, field: "'\(name)'", reason: reason))
            }
        }
        /// A line's VAT rate, written 6% or 0.06 as in bid.yaml.
        func rate(_ name: String) throws -> Decimal? {
            guard let c = cell(name) else { return nil }
            let t = CSVReader.trimmed(c.text)
            guard t.hasSuffix("%") || t.hasSuffix("％") else { return try decimal(name, .nonNegative, required: false) }
            switch DecimalText.parse(String(t.dropLast()).trimmingCharacters(in: .whitespaces)) {
            case .success(let percent): return try FigureRules.check(percent / 100, .nonNegative, field: "'\(name)'", at: c.location)
            case .failure(let reason): throw LoadError(c.location, FigureRules.notADecimal(t, field: "'\(name)'", reason: reason))
            }
        }
        let credit: Bool
        switch try text("credit").lowercased() {
        case "", "false", "no", "0": credit = false
        case "true", "yes", "1", "是": credit = true
        default: throw LoadError(cell("credit")?.location ?? row.location, "expected true or false for 'credit', found '\(try text("credit"))'")
        }
        let no = try text("no")
        let item = PriceItem(
            no: no.isEmpty ? String(number) : no, name: try text("name", required: true), spec: try text("spec"), brand: try text("brand"),
            unit: try text("unit", required: true), quantity: try decimal("quantity", .positive, required: true) ?? 0,
            unitPrice: try decimal("unit_price", .any, required: true) ?? 0, statedAmount: try decimal("amount", .any, required: false),
            unitCost: try decimal("unit_cost", .nonNegative, required: false), remark: try text("remark"),
            taxRate: try PricingLoader.lineRate(rate("tax_rate"), at: cell("tax_rate")?.location), location: row.location, credit: credit)
        try PricingLoader.requireSign(item, at: cell("unit_price")?.location ?? row.location, field: "'unit_price'")
        return item
    }
}
