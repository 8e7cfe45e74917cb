import Foundation

/// The total does not exceed the tender's ceiling price (a bid above it is rejected outright), and
/// is not abnormally low: below `low_fraction` of the ceiling the evaluation committee will ask for
/// a written justification, so the bid should carry one.
struct PriceCeiling: Rule {
    static let id = "price-ceiling"
    static let severity = Finding.Severity.error
    static let description = "The total is at most the ceiling price and not abnormally low."
    static let thresholds: [String: Decimal] = ["low_fraction": Decimal(string: "0.7") ?? 0]

    static let triggering: [RuleExample] = [
        .replacing("ceiling: 15000", with: "ceiling: 13512.76"),
        .replacing("ceiling: 15000", with: "ceiling: 20000", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("ceiling: 15000", with: "ceiling: 13512.77"),
        .replacing("ceiling: 15000", with: "ceiling: 19000", .en),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        guard let ceiling = bid.project.tender.ceiling, ceiling > 0 else { return [] }
        let total = bid.prices.total
        let at = SourceLocation(file: bid.project.display("bid.yaml"))
        if total > ceiling {
            return [finding("the total \(Money.format(total)) exceeds the ceiling price \(Money.format(ceiling)) by \(Money.format(total - ceiling))", at: at)]
        }
        let low = context.threshold("low_fraction")
        if total < ceiling * low {
            return [finding("the total \(Money.format(total)) is \(Money.percent(Money.round(total / ceiling, scale: 4))) of the ceiling \(Money.format(ceiling)), below \(Money.percent(low)): an abnormally low price needs a written justification",
                            severity: .warning, at: at)]
        }
        return []
    }
}
