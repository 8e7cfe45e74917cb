import Foundation

extension PriceSummary {
    /// `bidkit price --format json`. Money and rates are strings holding the exact decimal ("13512.77",
    /// "0.13"), never JSON numbers, which most readers parse into binary floating point; amounts carry
    /// their two decimals. The lines, the ceiling and the total in words are included.
    public func json(language: Language, ceiling: Decimal? = nil) -> JSONValue {
        func money(_ d: Decimal) -> JSONValue { .string(Money.format(d).replacingOccurrences(of: ",", with: "")) }
        func exact(_ d: Decimal) -> JSONValue { .string(Self.exact(d)) }
        return .object([
            ("currency", .string(currency)),
            ("lines", .array(lines.map { line in
                let i = line.item
                return .object([
                    ("no", .string(i.no)), ("name", .string(i.name)), ("spec", .string(i.spec)), ("brand", .string(i.brand)),
                    ("unit", .string(i.unit)), ("quantity", exact(i.quantity)), ("unit_price", exact(i.unitPrice)),
                    ("amount", money(line.amount)), ("stated_amount", i.statedAmount.map(exact) ?? .null),
                    ("amount_matches", .bool(amountMismatch(line) == nil)),
                    ("tax_rate", exact(line.taxRate)), ("unit_cost", i.unitCost.map(exact) ?? .null),
                    ("cost", line.cost.map(money) ?? .null), ("credit", .bool(i.credit)), ("remark", .string(i.remark)),
                ])
            })),
            ("line_count", .int(lines.count)),
            ("subtotal", money(subtotal)),
            ("discount", money(discount)),
            ("tax_rate", exact(taxRate)),
            ("tax_rates", .array(rates.map { g in
                .object([("rate", exact(g.rate)), ("subtotal", money(g.subtotal)), ("discount", money(g.discount)),
                         ("tax", money(g.tax)), ("total", money(g.total))])
            })),
            ("prices_include_tax", .bool(pricesIncludeTax)),
            ("tax", money(tax)),
            ("total", money(total)),
            ("total_in_words", .string(totalInWords(language))),
            ("ceiling", ceiling.map(money) ?? .null),
            ("ceiling_exceeded", ceiling.map { .bool(total > $0) } ?? .null),
            ("ceiling_in_words", ceiling.map { .string(inWords($0, language)) } ?? .null),
            ("cost", cost.map(money) ?? .null),
            ("margin_percent", margin.map { exact(Money.round($0 * 100, scale: 1)) } ?? .null),
        ])
    }
}
