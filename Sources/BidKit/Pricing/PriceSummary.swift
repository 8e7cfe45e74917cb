import Foundation

/// The priced bid: every line and the totals, computed with Decimal and rounded half-up to the cent
/// only at the points docs/bid-project.md lists, so every renderer and check sees the same figures.
public struct PriceSummary: Sendable {
    public struct Line: Sendable {
        public var item: PriceItem
        /// round(quantity × unit price)
        public var amount: Decimal
        /// round(quantity × unit cost), when the cost is known
        public var cost: Decimal?
    }

    public var currency: String
    public var lines: [Line]
    public var subtotal: Decimal
    public var discount: Decimal
    public var net: Decimal
    public var taxRate: Decimal
    public var pricesIncludeTax: Bool
    public var tax: Decimal
    public var total: Decimal
    /// Σ line costs; nil when no line has a cost.
    public var cost: Decimal?

    public init(_ config: PricingConfig) {
        currency = config.currency
        lines = config.items.map { item in
            Line(item: item, amount: Money.round(item.quantity * item.unitPrice),
                 cost: item.unitCost.map { Money.round(item.quantity * $0) })
        }
        subtotal = lines.reduce(0) { $0 + $1.amount }
        switch config.discount {
        case .amount(let a): discount = Money.round(a)
        case .percent(let p): discount = Money.round(subtotal * p)
        }
        net = subtotal - discount
        taxRate = config.taxRate
        pricesIncludeTax = config.pricesIncludeTax
        if config.pricesIncludeTax {
            total = net
            tax = Money.round(net - net / (1 + config.taxRate))
        } else {
            tax = Money.round(net * config.taxRate)
            total = net + tax
        }
        let costs = lines.compactMap(\.cost)
        cost = costs.isEmpty ? nil : costs.reduce(0, +)
    }

    /// The total without tax: the revenue the margin is measured on.
    public var totalExcludingTax: Decimal { total - tax }

    /// Gross margin as a fraction, (revenue excl. tax − cost) / revenue excl. tax; nil without costs or revenue.
    public var margin: Decimal? {
        guard let cost, totalExcludingTax > 0 else { return nil }
        return (totalExcludingTax - cost) / totalExcludingTax
    }

    /// Chinese capital numerals for zh bids (人民币…, 美元…), English cheque words for en bids.
    public func totalInWords(_ language: Language) -> String {
        guard language == .zh else { return EnglishAmount.words(total, currency: currency) }
        let prefixes = ["CNY": "人民币", "USD": "美元", "EUR": "欧元", "HKD": "港币", "JPY": "日元", "GBP": "英镑"]
        return ChineseAmount.words(total, prefix: prefixes[currency] ?? currency)
    }
}
