import Foundation

/// A bid whose cost leaves less than the floor margin should be a no-bid decision, not a submission.
struct MarginFloor: Rule {
    static let id = "margin-floor"
    static let severity = Finding.Severity.warning
    static let description = "The gross margin is at least the project's floor (default 10%)."

    static let triggering: [RuleExample] = [
        .replacing("unit_cost: 900}", with: "unit_cost: 1150}"),
        .replacing("unit_cost: 900}", with: "unit_cost: 1150}", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("unit_cost: 900}", with: "unit_cost: 1000}"),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        guard let margin = bid.prices.margin else { return [] }
        let floor = bid.project.pricing.marginFloor
        guard margin < floor else { return [] }
        return [finding("gross margin \(Money.percent(Money.round(margin, scale: 4))) is below the floor \(Money.percent(floor)) (cost \(Money.format(bid.prices.cost ?? 0)) against \(Money.format(bid.prices.totalExcludingTax)) excluding tax)",
                        at: bid.project.keyLocations["pricing.margin_floor"] ?? bid.project.location(of: "pricing"))]
    }
}
