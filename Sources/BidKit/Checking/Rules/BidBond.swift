import Foundation

/// The bid bond provided covers what the tender requires; a tender asking more than 2% of its
/// budget asks more than the procurement rules allow, which is worth a clarification question.
struct BidBond: Rule {
    static let id = "bid-bond"
    static let severity = Finding.Severity.error
    static let description = "The bid bond is at least the required amount."
    static let thresholds: [String: Decimal] = ["max_fraction_of_budget": Decimal(string: "0.02") ?? 0]

    static let triggering: [RuleExample] = [
        .replacing("  ceiling: 15000\n", with: "  ceiling: 15000\n  bid_bond: 200\n"),
        RuleExample(.zh, "bond provided below the bond required", edits: [
            .replace(file: "bid.yaml", old: "  ceiling: 15000\n", new: "  ceiling: 15000\n  bid_bond: 200\n"),
            .replace(file: "bid.yaml", old: "  validity_days: 120\n", new: "  validity_days: 120\n  bid_bond: 100\n"),
        ]),
    ]
    static let nonTriggering: [RuleExample] = [
        RuleExample(.zh, "bond provided equals the bond required", edits: [
            .replace(file: "bid.yaml", old: "  ceiling: 15000\n", new: "  ceiling: 15000\n  bid_bond: 200\n"),
            .replace(file: "bid.yaml", old: "  validity_days: 120\n", new: "  validity_days: 120\n  bid_bond: 200\n"),
        ]),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let tender = bid.project.tender
        guard let required = tender.bidBond, required > 0 else { return [] }
        let p = bid.project
        var findings: [Finding] = []
        switch p.bidder.bidBond {
        case nil:
            // The line to add it to: the bidder's section.
            findings.append(finding("the tender requires a bid bond of \(Money.format(required)) but bidder.bid_bond is not given",
                                    at: p.location(of: "bidder")))
        case let provided? where provided < required:
            findings.append(finding("the bid bond \(Money.format(provided)) is less than the required \(Money.format(required))",
                                    at: p.location(of: "bidder.bid_bond")))
        default: break
        }
        let limit = context.threshold("max_fraction_of_budget")
        if let budget = tender.ceiling, budget > 0, required > budget * limit {
            findings.append(finding("the tender asks a bid bond of \(Money.format(required)), more than \(Money.percent(limit)) of the budget \(Money.format(budget)): ask the buyer for a clarification",
                                    severity: .warning, at: p.location(of: "tender.bid_bond")))
        }
        return findings
    }
}
