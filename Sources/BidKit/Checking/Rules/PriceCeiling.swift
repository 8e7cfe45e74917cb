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
            findings.append(finding(Say.overCeiling(binding, Money.format(total), ceiling: Money.format(ceiling), by: Money.format(total - ceiling)),
                                    at: at))
        } else if bid.prices.total > ceiling {
            findings.append(finding(Say.scheduleOverCeiling(Money.format(bid.prices.total), ceiling: Money.format(ceiling), binding: binding),
                                    at: at))
        }
        let low = context.threshold("low_fraction")
        if total <= ceiling, total < ceiling * low {
            findings.append(finding(Say.abnormallyLow(Money.format(total), share: Money.percent(Money.round(total / ceiling, scale: 4)), ceiling: Money.format(ceiling),
                                               low: Money.percent(low)),
                                    severity: .warning, at: at))
        }
        return findings
    }
}

extension PriceCeiling {
    enum Say {
        static func overCeiling(_ binding: BindingPrice, _ total: String, ceiling: String, by excess: String) -> Wording {
            Wording("over-ceiling", zh: "\(binding.sourceWording.zh)总价 \(total)（以此为准）超过最高限价 \(ceiling)，超出 \(excess)",
                    en: "\(binding.source) total \(total), which binds, exceeds the ceiling price \(ceiling) by \(excess)")
        }

        static func scheduleOverCeiling(_ total: String, ceiling: String, binding: BindingPrice) -> Wording {
            Wording("schedule-over-ceiling", zh: "分项报价表合计 \(total)，超过最高限价 \(ceiling)；\(binding.describedWording.zh)，但分项报价也须降至限价以内",
                    en: "the price schedule totals \(total), over the ceiling price \(ceiling); \(binding.described), but the schedule's lines must be brought under the ceiling too")
        }

        static func abnormallyLow(_ total: String, share: String, ceiling: String, low: String) -> Wording {
            Wording("abnormally-low", zh: "总价 \(total) 为最高限价 \(ceiling) 的 \(share)，低于 \(low)：异常低价须有书面说明",
                    en: "the total \(total) is \(share) of the ceiling \(ceiling), below \(low): an abnormally low price needs a written justification")
        }
    }
}
