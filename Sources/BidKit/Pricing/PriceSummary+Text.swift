import Foundation

extension PriceSummary {
    /// The summary `bidkit price` prints: one figure a line, labels aligned.
    public func text(language: Language, ceiling: Decimal?) -> String {
        var rows: [(String, String)] = [
            ("Lines", String(lines.count)),
            ("Subtotal", Money.format(subtotal)),
            ("Discount", Money.format(discount)),
        ]
        for g in rates {
            let label = pricesIncludeTax ? "Tax included (\(Money.percent(g.rate)))" : "Tax (\(Money.percent(g.rate)))"
            rows.append((label, Money.format(g.tax) + (isMixedRate ? "  on \(Money.format(g.net)), total \(Money.format(g.total))" : "")))
        }
        rows += [
            ("Total (\(currency))", Money.format(total)),
            ("Total in words", totalInWords(language)),
        ]
        if let ceiling {
            rows.append(("Ceiling", Money.format(ceiling) + (total > ceiling ? "  EXCEEDED" : "  (\(Money.percent(Money.round(total / ceiling, scale: 4))) of it)")))
        }
        rows.append(("Cost", cost.map(Money.format) ?? "unknown (no unit_cost)"))
        rows.append(("Gross margin", margin.map { Money.percent(Money.round($0, scale: 3)) } ?? "unknown"))
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0 + String(repeating: " ", count: width - $0.0.count) + "  " + $0.1 }.joined(separator: "\n")
    }
}
