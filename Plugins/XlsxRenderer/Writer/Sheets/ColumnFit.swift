import Foundation

/// Column widths that fit what the column holds: the widest line of its cells in display columns
/// (a CJK character is two, as BidKitTextLayout measures it for the text renderer), plus a margin,
/// between 6 and 60 characters; merged cells do not widen the first column they start in, and
/// money takes its formatted width ("1,234,567.89").
enum ColumnFit {
    static func widths(header: [String], rows: [[CellValue]], columns: Int, merges: [(Int, Int, Int)]) -> [Double] {
        var widest = [Int](repeating: 0, count: columns)
        let merged = Set(merges.map { "\($0.0):\($0.1)" })
        func measure(_ text: String, row: Int, column: Int) {
            guard column < columns, !merged.contains("\(row):\(column)") else { return }
            let w = text.split(separator: "\n").map { DisplayWidth.of($0) }.max() ?? 0
            widest[column] = max(widest[column], w)
        }
        for (c, h) in header.enumerated() { measure(h, row: 0, column: c) }
        for (r, row) in rows.enumerated() {
            for (c, cell) in row.enumerated() {
                switch cell {
                case .empty: continue
                case .text(let s): measure(s, row: r + 1, column: c)
                case .number(let d, let money), .formula(_, let d, let money):
                    measure(money ? Money.grouped(d) : CellValue.xmlNumber(d), row: r + 1, column: c)
                }
            }
        }
        return widest.map { min(60, max(6, Double($0) + 2)) }
    }
}

enum Money {
    /// 1234567.8 → "1,234,567.80": the width a money cell shows at.
    static func grouped(_ d: Decimal) -> String {
        let text = CellValue.xmlNumber(d)
        let negative = text.hasPrefix("-")
        let digits = negative ? String(text.dropFirst()) : text
        let parts = digits.split(separator: ".", maxSplits: 1)
        let whole = Array(parts.first ?? "0")
        var out = ""
        for (i, ch) in whole.enumerated() {
            if i > 0, (whole.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        let cents = parts.count > 1 ? String(parts[1].prefix(2)).padding(toLength: 2, withPad: "0", startingAt: 0) : "00"
        return (negative ? "-" : "") + out + "." + cents
    }
}
