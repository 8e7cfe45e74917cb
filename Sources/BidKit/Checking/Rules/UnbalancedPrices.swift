import Foundation

/// Unbalanced bidding (不平衡报价): a unit price far below its own cost, or far above the other lines
/// priced in the same unit, reads to an evaluation committee as a price loaded onto the items expected
/// to grow or to be paid first — grounds for a clarification or a reduced score.
struct UnbalancedPrices: Rule {
    static let id = "unbalanced-prices"
    static let severity = Finding.Severity.warning
    static let description = "No unit price is far below its cost or far above the median of its unit."
    /// `below_cost`: a unit price under this fraction of its unit cost; `above_median`: over this multiple
    /// of the median unit price of the lines in the same unit (three or more of them).
    static let thresholds: [String: Decimal] = ["below_cost": Decimal(string: "0.8") ?? 0, "above_median": 10]

    static let triggering: [RuleExample] = [
        .replacing("unit_price: 1234.56, unit_cost: 900", with: "unit_price: 600, unit_cost: 900"),
        RuleExample(.zh, "one 台 far above the others", edits: [.replace(file: "bid.yaml", old: "  stated_total: 13512.77\n", new: """
                - {name: 网络交换机, unit: 台, quantity: 1, unit_price: 1300}
                - {name: 硬盘录像机, unit: 台, quantity: 1, unit_price: 1500}
                - {name: 电源适配器, unit: 台, quantity: 1, unit_price: 98000}

            """)]),
        .replacing("unit_price: 1234.56, unit_cost: 900", with: "unit_price: 500, unit_cost: 900", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("unit_price: 1234.56, unit_cost: 900", with: "unit_price: 800, unit_cost: 900"),
        RuleExample(.zh, "a server dearer than the cameras, within the factor", edits: [.replace(file: "bid.yaml", old: "  stated_total: 13512.77\n", new: """
                - {name: 网络交换机, unit: 台, quantity: 1, unit_price: 1300}
                - {name: 智能分析服务器, unit: 台, quantity: 1, unit_price: 9800}

            """)]),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let belowCost = context.threshold("below_cost"), aboveMedian = context.threshold("above_median")
        var findings: [Finding] = []
        for line in bid.prices.lines {
            let i = line.item
            if let cost = i.unitCost, cost > 0, i.unitPrice < cost * belowCost {
                findings.append(finding(Say.belowCost(i, share: Money.percent(Money.round(i.unitPrice / cost, scale: 4)), cost: Money.format(cost), limit: Money.percent(belowCost)),
                                        at: i.location))
            }
        }
        let byUnit = Dictionary(grouping: bid.prices.lines.filter { !$0.item.unit.isEmpty }, by: { $0.item.unit.lowercased() })
        for (_, lines) in byUnit.sorted(by: { $0.key < $1.key }) where lines.count >= 3 {
            let sorted = lines.map(\.item.unitPrice).sorted()
            let median = sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
            guard median > 0 else { continue }
            for line in lines where line.item.unitPrice > median * aboveMedian {
                let i = line.item
                findings.append(finding(Say.aboveMedian(i, times: "\(Money.round(i.unitPrice / median, scale: 1))", median: Money.format(median), lines: lines.count, limit: "\(aboveMedian)"),
                                        at: i.location))
            }
        }
        return findings.sorted { ($0.location?.line ?? 0) < ($1.location?.line ?? 0) }
    }
}

extension UnbalancedPrices {
    enum Say {
        static func belowCost(_ i: PriceItem, share: String, cost: String, limit: String) -> Wording {
            Wording("below-cost", zh: "第 \(i.no) 行“\(i.name)”：单价 \(Money.format(i.unitPrice)) 为单位成本 \(cost) 的 \(share)，低于 \(limit)：不平衡报价会引来澄清",
                    en: "line \(i.no) '\(i.name)': unit price \(Money.format(i.unitPrice)) is \(share) of its unit cost \(cost), below \(limit): an unbalanced price invites a clarification")
        }

        static func aboveMedian(_ i: PriceItem, times: String, median: String, lines: Int, limit: String) -> Wording {
            Wording("above-median", zh: "第 \(i.no) 行“\(i.name)”：单价 \(Money.format(i.unitPrice)) 是以“\(i.unit)”计价的 \(lines) 行中位数 \(median) 的 \(times) 倍，超过 \(limit) 倍：请检查是否为不平衡报价",
                    en: "line \(i.no) '\(i.name)': unit price \(Money.format(i.unitPrice)) is \(times)× the median \(median) of the \(lines) lines priced per '\(i.unit)', above \(limit)×: check for an unbalanced price")
        }
    }
}
