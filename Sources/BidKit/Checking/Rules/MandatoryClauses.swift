/// Every ★ clause has a response and none is a negative deviation; an unanswered scored clause is a warning.
struct MandatoryClauses: Rule {
    static let id = "mandatory-clauses"
    static let severity = Finding.Severity.error
    static let description = "Every mandatory (★) clause is answered without a negative deviation."

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for req in bid.project.requirements where req.kind == .clause {
            let star = req.mandatory ? "★ " : ""
            guard let response = bid.project.response(to: req.id) else {
                findings.append(finding("\(star)clause \(req.id) '\(req.text)' has no response",
                                        severity: req.mandatory ? .error : .warning, requirement: req.id, at: req.location))
                continue
            }
            if response.response == .negativeDeviation, req.mandatory {
                findings.append(finding("★ clause \(req.id) '\(req.text)' is answered with a negative deviation",
                                        requirement: req.id, section: response.section, at: response.location))
            }
        }
        return findings
    }
}
