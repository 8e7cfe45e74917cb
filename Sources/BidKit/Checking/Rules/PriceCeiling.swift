/// The total does not exceed the tender's ceiling price: a bid above it is rejected outright.
struct PriceCeiling: Rule {
    static let id = "price-ceiling"
    static let severity = Finding.Severity.error
    static let description = "The total is at most the tender's ceiling price."

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        guard let ceiling = bid.project.tender.ceiling, bid.prices.total > ceiling else { return [] }
        return [finding("the total \(Money.format(bid.prices.total)) exceeds the ceiling price \(Money.format(ceiling)) by \(Money.format(bid.prices.total - ceiling))",
                        at: SourceLocation(file: bid.project.display("bid.yaml")))]
    }
}
