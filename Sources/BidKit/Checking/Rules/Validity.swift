/// The bid stays valid as long as the tender requires.
struct Validity: Rule {
    static let id = "validity"
    static let severity = Finding.Severity.error
    static let description = "The offered bid validity is at least the required validity."

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let offered = bid.project.bidder.validityDays, required = bid.project.tender.validityDays
        guard offered < required else { return [] }
        return [finding("the bid is valid for \(offered) days, the tender requires \(required)",
                        at: SourceLocation(file: bid.project.display("bid.yaml")))]
    }
}
