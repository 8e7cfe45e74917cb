import Foundation

/// Each line amount the author wrote equals quantity × unit price, rounded half-up to the cent, and a
/// 合计 / 小计 / Total row of a table in the bid equals the sum of the column above it.
struct PriceArithmetic: Rule {
    static let id = "price-arithmetic"
    static let severity = Finding.Severity.error
    static let description = "Line amount = quantity × unit price, to the cent; a table's 合计 row = the sum of its column."

    static let triggering: [RuleExample] = [
        .replacing("amount: 1167.17", with: "amount: 1167.16"),
        .replacing("amount: 1167.17", with: "amount: 1176.17", .en),
        .letter("| 设备 | 数量 | 金额（元） |\n|---|---:|---:|\n| 摄像机 | 10 | 12,345.60 |\n| 光缆 | 350.5 | 1,167.17 |\n| 合计 | | 13,521.77 |"),
        .letter("| Item | Qty | Amount |\n|---|---:|---:|\n| Camera | 10 | 12,345.60 |\n| Cable | 350.5 | 1,167.17 |\n| Total | 360.5 | 13,512.70 |", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("| 设备 | 数量 | 金额（元） |\n|---|---:|---:|\n| 摄像机 | 10 | 12,345.60 |\n| 光缆 | 350.5 | 1,167.17 |\n| 合计 | | 13,512.77 |"),
        .replacing("unit_price: 1234.56, unit_cost: 900", with: "unit_price: 1234.56, amount: 12345.60, unit_cost: 900"),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let lines: [Finding] = bid.prices.lines.compactMap { line in
            guard let stated = line.item.statedAmount, stated != line.amount else { return nil }
            let i = line.item
            return finding(Say.lineAmount(i, stated: Money.format(stated), computed: Money.format(line.amount)),
                           at: i.location)
        }
        return lines + TableAmounts.columnTotals(bid, context.text.tables).map { finding($0.message, section: $0.section, at: $0.location) }
    }
}

extension PriceArithmetic {
    enum Say {
        static func lineAmount(_ i: PriceItem, stated: String, computed: String) -> Wording {
            let product = "\(SectionGenerator.quantity(i.quantity)) × \(Money.format(i.unitPrice)) = \(computed)"
            return Wording("line-amount", zh: "第 \(i.no) 行“\(i.name)”：金额 \(stated) ≠ \(product)（以单价为准）",
                           en: "line \(i.no) '\(i.name)': amount \(stated) ≠ \(product) (the unit price is binding)")
        }

        static func columnTotal(_ label: String, section: String, stated: String, rows: Int, sum: String) -> Wording {
            Wording("column-total", zh: "章节“\(section)”表格中“\(label)”一行写明“\(stated)”，但其上 \(rows) 行合计为 \(sum)",
                    en: "the '\(label)' row of a table in section '\(section)' states '\(stated)', but the \(rows) rows above it add up to \(sum)")
        }
    }
}
