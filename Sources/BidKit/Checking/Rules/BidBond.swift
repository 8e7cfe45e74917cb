import Foundation

/// The bid bond provided covers what the tender requires; a tender asking more than 2% of its
/// budget asks more than the procurement rules allow, which is worth a clarification question.
/// The 2% cap is Chinese law (招标投标法实施条例 第二十六条, 政府采购法实施条例 第三十三条), so it is
/// applied to tenders written in Chinese or priced in yuan, not to a city's RFP in dollars.
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
            findings.append(finding(Say.notGiven(Money.format(required)),
                                    at: p.location(of: "bidder")))
        case let provided? where provided < required:
            findings.append(finding(Say.tooLow(Money.format(provided), Money.format(required)),
                                    at: p.location(of: "bidder.bid_bond")))
        default: break
        }
        let limit = context.threshold("max_fraction_of_budget")
        if Self.capApplies(to: p), let budget = tender.ceiling, budget > 0, required > budget * limit {
            findings.append(finding(Say.aboveLimit(Money.format(required), limit: Money.percent(limit), budget: Money.format(budget)),
                                    severity: .warning, at: p.location(of: "tender.bid_bond")))
        }
        return findings
    }

    static func capApplies(to p: Project) -> Bool { p.language == .zh || p.pricing.currency.uppercased() == "CNY" }
}

extension BidBond {
    enum Say {
        static func notGiven(_ required: String) -> Wording {
            Wording("not-given", zh: "招标文件要求投标保证金 \(required)，但未填写 bidder.bid_bond",
                    en: "the tender requires a bid bond of \(required) but bidder.bid_bond is not given")
        }

        static func tooLow(_ provided: String, _ required: String) -> Wording {
            Wording("too-low", zh: "投标保证金 \(provided) 少于要求的 \(required)",
                    en: "the bid bond \(provided) is less than the required \(required)")
        }

        static func aboveLimit(_ required: String, limit: String, budget: String) -> Wording {
            Wording("above-limit", zh: "招标文件要求的投标保证金 \(required) 超过预算 \(budget) 的 \(limit)：请向采购人提出澄清",
                    en: "the tender asks a bid bond of \(required), more than \(limit) of the budget \(budget): ask the buyer for a clarification")
        }
    }
}
