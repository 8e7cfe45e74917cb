import Foundation

/// A worksheet cell: text, a number, or a formula with the value BidKit computed cached beside it
/// (so a reader that does not recalculate, openpyxl, sees BidKit's figure).
enum CellValue: Equatable {
    case empty
    case text(String)
    /// `money`: shown with two decimals and thousands separators.
    case number(Decimal, money: Bool)
    case formula(String, cached: Decimal, money: Bool)

    /// A cell's text as printed, typed: numbers only in right-aligned columns (ids such as 3.2 or
    /// 2.10 stay text), and only when the whole text is a well-formed figure ("1,234.56", "-5,000.00", "12").
    static func typed(_ s: String, money: Bool, numeric: Bool = true) -> CellValue {
        if s.isEmpty { return .empty }
        guard numeric, let d = figure(s) else { return .text(s) }
        return .number(d, money: money)
    }

    static func figure(_ s: String) -> Decimal? {
        guard s.range(of: #"^-?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?$"#, options: .regularExpression) != nil else { return nil }
        return Decimal(string: s.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Right-aligned columns whose every filled body cell is a figure with exactly two decimals:
    /// money, as the price schedule prints it.
    static func moneyColumns(_ table: Table, columns: Int) -> Set<Int> {
        var out: Set<Int> = []
        for c in 0..<columns where table.columns.indices.contains(c) && table.columns[c].alignment == .right {
            let values = table.body.compactMap { row -> String? in
                guard row.cells.indices.contains(c) else { return nil }
                let t = SheetPlan.text(row.cells[c])
                return t.isEmpty ? nil : t
            }
            if !values.isEmpty, values.allSatisfy({ figure($0) != nil && $0.range(of: #"\.[0-9]{2}$"#, options: .regularExpression) != nil }) {
                out.insert(c)
            }
        }
        return out
    }

    /// The number as SpreadsheetML writes it: plain digits, a point, no exponent.
    static func xmlNumber(_ d: Decimal) -> String { NSDecimalNumber(decimal: d).description(withLocale: Locale(identifier: "en_US_POSIX")) }

    /// "A", "B", … "Z", "AA": the column's letters.
    static func column(_ index: Int) -> String {
        var n = index + 1, out = ""
        while n > 0 {
            let r = (n - 1) % 26
            out = String(UnicodeScalar(UInt8(65 + r))) + out
            n = (n - 1) / 26
        }
        return out
    }
}

/// The price schedule's live arithmetic: each line's amount is `ROUND(quantity × unit price, 2)` and
/// the subtotal is the `SUM` of the amounts, with BidKit's figures cached; tax, discount, total and
/// the amount in words stay as BidKit computed and printed them.
struct PriceFormulas {
    /// Quantity, unit price and amount: the schedule's right-aligned columns, in that order.
    var quantity: Int, unitPrice: Int, amount: Int

    init?(table: Table) {
        let right = table.columns.indices.filter { table.columns[$0].alignment == .right }
        guard right.count == 3 else { return nil }
        (quantity, unitPrice, amount) = (right[0], right[1], right[2])
    }

    func apply(to rows: inout [[CellValue]], bodyCount: Int) {
        for r in 0..<min(bodyCount, rows.count) where rows[r].count > amount {
            guard case .number(let value, _) = rows[r][amount], case .number = rows[r][quantity], case .number = rows[r][unitPrice] else { continue }
            let row = r + 2  // Excel rows are 1-based and the header is row 1
            rows[r][amount] = .formula("ROUND(\(CellValue.column(quantity))\(row)*\(CellValue.column(unitPrice))\(row),2)", cached: value, money: true)
        }
        // The first totals row is the subtotal: the sum of the line amounts.
        guard bodyCount > 0, rows.count > bodyCount, rows[bodyCount].count > amount,
              case .number(let subtotal, _) = rows[bodyCount][amount] else { return }
        let col = CellValue.column(amount)
        rows[bodyCount][amount] = .formula("SUM(\(col)2:\(col)\(bodyCount + 1))", cached: subtotal, money: true)
    }
}
