import Foundation

/// Each line amount the author wrote equals quantity × unit price, rounded half-up to the cent.
struct PriceArithmetic: Rule {
    static let id = "price-arithmetic"
    static let severity = Finding.Severity.error
    static let description = "Line amount = quantity × unit price, to the cent."

    static let triggering: [RuleExample] = [
        .replacing("amount: 1167.17", with: "amount: 1167.16"),
        .replacing("amount: 1167.17", with: "amount: 1176.17", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("unit_price: 1234.56, unit_cost: 900", with: "unit_price: 1234.56, amount: 12345.60, unit_cost: 900"),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        bid.prices.lines.compactMap { line in
            guard let stated = line.item.statedAmount, stated != line.amount else { return nil }
            let i = line.item
            return finding("line \(i.no) '\(i.name)': amount \(Money.format(stated)) ≠ \(SectionGenerator.quantity(i.quantity)) × \(Money.format(i.unitPrice)) = \(Money.format(line.amount)) (the unit price is binding)",
                           at: i.location)
        }
    }
}
