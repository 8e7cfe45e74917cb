import Foundation

/// The priced bid: every line and the totals, computed with Decimal and rounded half-up to the cent
/// only at the points docs/bid-project.md lists, so every renderer and check sees the same figures.
/// Tax is computed per VAT rate (`rates`), so goods, services and works in one bid are each taxed at theirs.
public struct PriceSummary: Sendable {
    public struct Line: Sendable {
        public var item: PriceItem
        /// round(quantity × unit price)
        public var amount: Decimal
        /// round(quantity × unit cost), when the cost is known
        public var cost: Decimal?
        /// The line's VAT rate: its own `tax_rate`, else the project's.
        public var taxRate: Decimal
    }

    /// The lines at one VAT rate and their share of the totals (a bid mixing goods at 13 %, services
    /// at 6 % and works at 9 % is taxed per rate).
    public struct RateGroup: Sendable {
        public var rate: Decimal
        public var subtotal: Decimal
        /// This rate's share of the discount, in proportion to its subtotal.
        public var discount: Decimal
        public var net: Decimal { subtotal - discount }
        public var tax: Decimal
        public var total: Decimal
    }

    public var currency: String
    public var lines: [Line]
    public var subtotal: Decimal
    public var discount: Decimal
    public var net: Decimal
    /// The project's rate (`pricing.tax_rate`); lines may carry their own, see `rates`.
    public var taxRate: Decimal
    /// One group per rate, in order of first appearance; a single group when every line has one rate.
    public var rates: [RateGroup]
    public var pricesIncludeTax: Bool
    public var tax: Decimal
    public var total: Decimal
    /// Σ line costs; nil when no line has a cost.
    public var cost: Decimal?

    public init(_ config: PricingConfig) {
        currency = config.currency
        taxRate = config.taxRate
        pricesIncludeTax = config.pricesIncludeTax
        lines = config.items.map { item in
            Line(item: item, amount: Money.round(item.quantity * item.unitPrice),
                 cost: item.unitCost.map { Money.round(item.quantity * $0) }, taxRate: item.taxRate ?? config.taxRate)
        }
        subtotal = lines.reduce(0) { $0 + $1.amount }
        switch config.discount {
        case .amount(let a): discount = Money.round(a)
        case .percent(let p): discount = Money.round(subtotal * p)
        }
        net = subtotal - discount
        // Per rate: the subtotal, a share of the discount (rounded; the last rate takes the remainder,
        // so the shares add up to the discount), and the tax on what is left.
        var order: [Decimal] = []
        var sums: [Decimal: Decimal] = [:]
        for line in lines {
            if sums[line.taxRate] == nil { order.append(line.taxRate) }
            sums[line.taxRate, default: 0] += line.amount
        }
        if order.isEmpty { order = [config.taxRate] }
        var allocated: Decimal = 0
        var groups: [RateGroup] = []
        let (discount, subtotal) = (discount, subtotal)
        for (i, rate) in order.enumerated() {
            let sub = sums[rate] ?? 0
            let share = i == order.count - 1 ? discount - allocated : (subtotal == 0 ? 0 : Money.round(discount * sub / subtotal))
            allocated += share
            let net = sub - share
            let tax = config.pricesIncludeTax ? Money.round(net - net / (1 + rate)) : Money.round(net * rate)
            groups.append(RateGroup(rate: rate, subtotal: sub, discount: share, tax: tax, total: config.pricesIncludeTax ? net : net + tax))
        }
        rates = groups
        tax = rates.reduce(0) { $0 + $1.tax }
        total = rates.reduce(0) { $0 + $1.total }
        let costs = lines.compactMap(\.cost)
        cost = costs.isEmpty ? nil : costs.reduce(0, +)
    }

    /// More than one VAT rate in the bid.
    public var isMixedRate: Bool { rates.count > 1 }

    /// "13%", or "13%、6%、9%" / "13%, 6%, 9%" for a mixed-rate bid.
    public func rateText(_ language: Language) -> String {
        rates.map { Money.percent($0.rate) }.joined(separator: language == .zh ? "、" : ", ")
    }

    /// The total without tax: the revenue the margin is measured on.
    public var totalExcludingTax: Decimal { total - tax }

    /// Gross margin as a fraction, (revenue excl. tax − cost) / revenue excl. tax; nil without costs or revenue.
    public var margin: Decimal? {
        guard let cost, totalExcludingTax > 0 else { return nil }
        return (totalExcludingTax - cost) / totalExcludingTax
    }

    /// Chinese capital numerals for zh bids (人民币…, 美元…), English cheque words for en bids.
    public func totalInWords(_ language: Language) -> String { inWords(total, language) }

    /// `amount` in words in the bid's currency and language (a rate group's total, say).
    public func inWords(_ amount: Decimal, _ language: Language) -> String {
        guard language == .zh else { return EnglishAmount.words(amount, currency: currency) }
        let prefixes = ["CNY": "人民币", "USD": "美元", "EUR": "欧元", "HKD": "港币", "JPY": "日元", "GBP": "英镑"]
        return ChineseAmount.words(amount, prefix: prefixes[currency] ?? currency)
    }
}
