extension PriceSummary {
    public func json(language: Language) -> JSONValue {
        .object([
            ("currency", .string(currency)),
            ("lines", .int(lines.count)),
            ("subtotal", .decimal(subtotal)),
            ("discount", .decimal(discount)),
            ("tax_rate", .decimal(taxRate)),
            ("tax_rates", .array(rates.map { g in
                .object([("rate", .decimal(g.rate)), ("subtotal", .decimal(g.subtotal)), ("discount", .decimal(g.discount)),
                         ("tax", .decimal(g.tax)), ("total", .decimal(g.total))])
            })),
            ("prices_include_tax", .bool(pricesIncludeTax)),
            ("tax", .decimal(tax)),
            ("total", .decimal(total)),
            ("total_in_words", .string(totalInWords(language))),
            ("cost", cost.map(JSONValue.decimal) ?? .null),
            ("margin_percent", margin.map { .decimal(Money.round($0 * 100, scale: 1)) } ?? .null),
        ])
    }
}
