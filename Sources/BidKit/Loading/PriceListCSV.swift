import BidKitMoney
import Foundation

/// A CSV price list: the header names columns (`PricingLoader.itemColumns`), each row is a line.
/// Hand-written over `CSVReader` (RFC 4180) because every cell must carry its line and column for
/// error messages, which the listed CSV packages do not report.
///
/// Public as an entry point for tools and the `FuzzCSV` fuzz target: the same reader, checks and
/// messages as `pricing.items_file`, without a project.
public enum PriceListCSV {
    /// The items of a CSV price list given as the file's bytes; `file` names it in messages.
    public static func read(_ bytes: [UInt8], file: String, encoding: TextEncoding = .utf8) throws -> [PriceItem] {
        try items(try TextDecoding.decode(bytes, file: file, encoding: encoding), file: file)
    }

    static func items(_ text: String, file: String) throws -> [PriceItem] {
        let rows = try CSVReader.parse(text, file: file)
        guard let header = rows.first else { throw LoadError(SourceLocation(file: file, line: 1, column: 1), "the price list is empty") }
        var index: [String: Int] = [:]
        for (i, cell) in header.cells.enumerated() {
            let name = CSVReader.trimmed(cell.text)
            guard !name.isEmpty else { throw LoadError(cell.location, "empty column name in the header row") }
            guard PricingLoader.itemColumns.contains(name) else {
                throw LoadError(cell.location, "unknown column '\(name)'" + DidYouMean.hint(for: name, among: PricingLoader.itemColumns))
            }
            if let first = index[name] {
                throw LoadError(cell.location, "duplicate column '\(name)' (first in column \(first + 1)); each column may appear once")
            }
            index[name] = i
        }
        for required in ["name", "unit", "quantity", "unit_price"] where index[required] == nil {
            throw LoadError(SourceLocation(file: file, line: 1, column: 1), "missing column '\(required)' in the header row")
        }
        return try rows.dropFirst().filter { !$0.isBlank }.enumerated().map { n, row in
            guard row.cells.count == header.cells.count else {
                throw LoadError(row.location, "expected \(header.cells.count) cells, found \(row.cells.count)")
            }
            return try item(row, number: n + 1, cell: { name in index[name].map { row.cells[$0] } })
        }
    }

    private static func item(_ row: CSVReader.Row, number: Int, cell: (String) -> CSVReader.Cell?) throws -> PriceItem {
        func text(_ name: String, required: Bool = false) throws -> String {
            guard let c = cell(name) else { return "" }
            let t = CSVReader.trimmed(c.text)
            if required, t.isEmpty { throw LoadError(c.location, "'\(name)' must not be empty") }
            return t
        }
        func decimal(_ name: String, _ sign: FigureRules.Sign, required: Bool) throws -> Decimal? {
            guard let c = cell(name) else { return nil }
            let t = CSVReader.trimmed(c.text)
            if t.isEmpty {
                if required { throw LoadError(c.location, "'\(name)' must not be empty") }
                return nil
            }
            switch DecimalText.parse(t) {
            case .success(let value): return try FigureRules.check(value, sign, field: "'\(name)'", at: c.location)
            case .failure(let reason): throw LoadError(c.location, FigureRules.notADecimal(t, field: "'\(name)'", reason: reason))
            }
        }
        let credit: Bool
        switch try text("credit").lowercased() {
        case "", "false", "no", "0": credit = false
        case "true", "yes", "1": credit = true
        default: throw LoadError(cell("credit")?.location ?? row.location, "expected true or false for 'credit', found '\(try text("credit"))'")
        }
        let no = try text("no")
        let item = PriceItem(
            no: no.isEmpty ? String(number) : no, name: try text("name", required: true), spec: try text("spec"), brand: try text("brand"),
            unit: try text("unit", required: true), quantity: try decimal("quantity", .positive, required: true) ?? 0,
            unitPrice: try decimal("unit_price", .any, required: true) ?? 0, statedAmount: try decimal("amount", .any, required: false),
            unitCost: try decimal("unit_cost", .nonNegative, required: false), remark: try text("remark"),
            taxRate: try PricingLoader.lineRate(decimal("tax_rate", .nonNegative, required: false), at: cell("tax_rate")?.location),
            location: row.location, credit: credit)
        try PricingLoader.requireSign(item, at: cell("unit_price")?.location ?? row.location, field: "'unit_price'")
        return item
    }
}
