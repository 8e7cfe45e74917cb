/// The bid stays valid as long as the tender requires, and the authorised agent's power of attorney
/// lasts as long as the bid does: an award signed after the power lapsed can be contested.
struct Validity: Rule {
    static let id = "validity"
    static let severity = Finding.Severity.error
    static let description = "The offered bid validity is at least the required validity, and the power of attorney covers it."

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let bidder = bid.project.bidder
        let offered = bidder.validityDays, required = bid.project.tender.validityDays
        let at = SourceLocation(file: bid.project.display("bid.yaml"))
        var findings: [Finding] = []
        if offered < required {
            findings.append(finding("the bid is valid for \(offered) days, the tender requires \(required)", at: at))
        }
        let validUntil = bid.project.tender.deadline.day.adding(days: max(offered, required))
        if let until = bidder.powerOfAttorneyUntil, bidder.authorizedAgent != nil, until < validUntil {
            findings.append(finding("the power of attorney ends \(until), before the bid's validity ends \(validUntil) (\(max(offered, required)) days from the deadline)",
                                    at: at))
        }
        return findings
    }
}
