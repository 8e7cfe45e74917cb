import BidKitTextLayout
import Foundation

/// The price lines `bidkit price` prints above the totals (issue 15 item 10), so the user sees what
/// was counted: a CJK-aware table, the first `shown` lines unless `--lines` asks for all, and every
/// line whose stated amount differs from quantity × unit price always shown and flagged, as
/// `bidkit check` (price-arithmetic) reports it.
extension PriceSummary {
    /// A line whose `amount` the author wrote differs from round(quantity × unit price).
    public func amountMismatch(_ line: Line) -> Decimal? {
        guard let stated = line.item.statedAmount, stated != line.amount else { return nil }
        return stated
    }

    public var mismatchedLines: [Line] { lines.filter { amountMismatch($0) != nil } }

    /// The table of lines; `limit` nil = every line.
    public func linesText(limit: Int?, width: Int = 120) -> String {
        let mixed = isMixedRate
        var shown: [Line] = []
        for (i, line) in lines.enumerated() where limit.map({ i < $0 }) ?? true || amountMismatch(line) != nil { shown.append(line) }
        let body: [[TextTable.Cell]] = shown.map { line in
            let i = line.item
            let flag = amountMismatch(line).map { "stated \(Money.format($0)) ≠ quantity × unit price" } ?? ""
            var row: [TextTable.Cell] = [.init(i.no), .init(i.name), .init(i.unit), .init(Self.exact(i.quantity)),
                                         .init(Money.format(i.unitPrice)), .init(Money.format(line.amount))]
            if mixed { row.append(.init(Money.percent(line.taxRate))) }
            row.append(.init(flag))
            return row
        }
        var header = ["No", "Name", "Unit", "Qty", "Unit price", "Amount"]
        var columns: [TextTable.Column] = [.init(), .init(), .init(), .init(alignment: .right), .init(alignment: .right), .init(alignment: .right)]
        if mixed {
            header.append("VAT")
            columns.append(.init(alignment: .right))
        }
        header.append("Flag")
        columns.append(.init())
        var out = TextTable(columns: columns, header: [header.map { TextTable.Cell($0) }], body: body).render(maxWidth: width, style: .plain)
        let hidden = lines.count - shown.count
        if hidden > 0 { out += "\n… \(Counted.phrase(hidden, "more line")) (--lines shows every line)" }
        let wrong = mismatchedLines.count
        if wrong > 0 {
            out += "\n\(Counted.phrase(wrong, "line")) with an amount that is not quantity × unit price: the unit price is binding; "
                + "`bidkit check` reports \(wrong == 1 ? "it" : "them") (price-arithmetic)"
        }
        return out
    }

    /// A quantity or price exactly as given: 350.5, 1234.56, 0.125.
    static func exact(_ value: Decimal) -> String {
        NSDecimalNumber(decimal: value).description(withLocale: Locale(identifier: "en_US_POSIX"))
    }
}
