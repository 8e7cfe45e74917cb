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
        return [finding(Say.belowFloor(Money.percent(Money.round(margin, scale: 4)), floor: Money.percent(floor), cost: Money.format(bid.prices.cost ?? 0),
                                        net: Money.format(bid.prices.totalExcludingTax)),
                        at: bid.project.keyLocations["pricing.margin_floor"] ?? bid.project.location(of: "pricing"))]
    }
}

extension MarginFloor {
    enum Say {
        static func belowFloor(_ margin: String, floor: String, cost: String, net: String) -> Wording {
            Wording("below-floor", zh: "毛利率 \(margin) 低于下限 \(floor)（成本 \(cost)，不含税报价 \(net)）",
                    en: "gross margin \(margin) is below the floor \(floor) (cost \(cost) against \(net) excluding tax)")
        }
    }
}
