/// The total the bid letter states equals the computed total of the price schedule.
struct StatedTotal: Rule {
    static let id = "stated-total"
    static let severity = Finding.Severity.error
    static let description = "The stated total equals the price schedule's computed total."

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let pricing = bid.project.pricing
        guard let stated = pricing.statedTotal, stated != bid.prices.total else { return [] }
        return [finding("the stated total \(Money.format(stated)) differs from the computed total \(Money.format(bid.prices.total)) by \(Money.format(bid.prices.total - stated))",
                        at: pricing.statedTotalLocation)]
    }
}
