import Foundation

/// Each line amount the author wrote equals quantity × unit price, rounded half-up to the cent.
struct PriceArithmetic: Rule {
    static let id = "price-arithmetic"
    static let severity = Finding.Severity.error
    static let description = "Line amount = quantity × unit price, to the cent."

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        bid.prices.lines.compactMap { line in
            guard let stated = line.item.statedAmount, stated != line.amount else { return nil }
            let i = line.item
            return finding("line \(i.no) '\(i.name)': amount \(Money.format(stated)) ≠ \(SectionGenerator.quantity(i.quantity)) × \(Money.format(i.unitPrice)) = \(Money.format(line.amount)) (the unit price is binding)",
                           at: i.location)
        }
    }
}
