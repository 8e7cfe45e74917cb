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
        // The same figure one-price names as binding: a written opening summary over the schedule.
        let binding = BindingPrice.of(bid, context.text.tables)
        let total = binding.value
        let at = bid.project.location(of: "tender.ceiling")
        var findings: [Finding] = []
        if total > ceiling {
            findings.append(finding("\(binding.source) total \(Money.format(total)), which binds, exceeds the ceiling price \(Money.format(ceiling)) by \(Money.format(total - ceiling))",
                                    at: at))
        } else if bid.prices.total > ceiling {
            findings.append(finding("the price schedule totals \(Money.format(bid.prices.total)), over the ceiling price \(Money.format(ceiling)); \(binding.described), but the schedule's lines must be brought under the ceiling too",
                                    at: at))
        }
        let low = context.threshold("low_fraction")
        if total <= ceiling, total < ceiling * low {
            findings.append(finding("the total \(Money.format(total)) is \(Money.percent(Money.round(total / ceiling, scale: 4))) of the ceiling \(Money.format(ceiling)), below \(Money.percent(low)): an abnormally low price needs a written justification",
                                    severity: .warning, at: at))
        }
        return findings
    }
}
