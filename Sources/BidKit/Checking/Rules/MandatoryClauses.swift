/// Every ★ clause has a response and none is a negative deviation or falls short of a numeric bound
/// the clause states ("不低于 400 万像素" answered with "200 万像素"); for scored clauses the same
/// gaps are warnings.
struct MandatoryClauses: Rule {
    static let id = "mandatory-clauses"
    static let severity = Finding.Severity.error
    static let description = "Every mandatory (★) clause is answered, without a negative deviation or a value short of its bound."

    static let triggering: [RuleExample] = [
        .replacing("  - {requirement: T-01, response: comply, section: letter}\n", with: "", in: "requirements.yaml"),
        .replacing("T-01, response: comply", with: "T-01, response: negative-deviation", in: "requirements.yaml"),
        .replacing("T-01, response: comply, section: letter", with: "T-01, response: comply, offer: 200 万像素, section: letter", in: "requirements.yaml"),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("T-01, response: comply, section: letter", with: "T-01, response: comply, offer: 800 万像素, section: letter", in: "requirements.yaml"),
        .replacing("T-02, response: positive-deviation", with: "T-02, response: negative-deviation", in: "requirements.yaml"),
        .replacing("offer: 180 days", with: "offer: 120 days", in: "requirements.yaml", .en),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for req in bid.project.requirements where req.kind == .clause {
            let star = req.mandatory ? "★ " : ""
            let severity: Finding.Severity = req.mandatory ? .error : .warning
            guard let response = bid.project.response(to: req.id) else {
                findings.append(finding("\(star)clause \(req.id) '\(req.text)' has no response",
                                        severity: severity, requirement: req.id, at: req.location))
                continue
            }
            if response.response == .negativeDeviation, req.mandatory {
                findings.append(finding("★ clause \(req.id) '\(req.text)' is answered with a negative deviation",
                                        requirement: req.id, section: response.section, at: response.location))
            }
            if let bound = NumericBound.first(in: req.text), let offer = response.offer,
               let value = bound.offeredValue(in: offer), !bound.isMet(by: value) {
                findings.append(finding("\(star)clause \(req.id) requires \(bound.description) but the offer states '\(offer)'",
                                        severity: severity, requirement: req.id, section: response.section, at: response.location))
            }
        }
        return findings
    }
}
