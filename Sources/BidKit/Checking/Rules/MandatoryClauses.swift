/// Every mandatory clause (★, or `mandatory: true` for an RFP's "shall") has a response and none is a
/// negative deviation or falls short of a numeric bound the clause states ("不低于 400 万像素" answered
/// with "200 万像素", "at least 4 MP" with "2 MP") or gives as `bound:` data; for other clauses (▲ or
/// unmarked) the same gaps are warnings. An offer stated in a unit that cannot be compared with the
/// bound's is a warning, not a pass (see `NumericBound` for the phrasing understood).
struct MandatoryClauses: Rule {
    static let id = "mandatory-clauses"
    static let severity = Finding.Severity.error
    static let description = "Every mandatory (★) clause is answered, without a negative deviation or a value short of its bound."

    static let triggering: [RuleExample] = [
        .replacing("  - {requirement: T-01, response: comply, section: letter}\n", with: "", in: "requirements.yaml"),
        .replacing("T-01, response: comply", with: "T-01, response: negative-deviation", in: "requirements.yaml"),
        .replacing("T-01, response: comply, section: letter", with: "T-01, response: comply, offer: 200 万像素, section: letter", in: "requirements.yaml"),
        .replacing("offer: 8 MP cameras throughout", with: "offer: 2 MP cameras throughout", in: "requirements.yaml", .en),
        .replacing("text: 存储不少于 90 天}", with: "text: 存储不少于 90 天, bound: {op: \">=\", value: 200, unit: 天}}", in: "requirements.yaml"),
        .replacing("offer: 180 天", with: "offer: 3 个月", in: "requirements.yaml"),
        .replacing("offer: 180 days", with: "offer: \"4,999 users\"", in: "requirements.yaml", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("T-01, response: comply, section: letter", with: "T-01, response: comply, offer: 800 万像素, section: letter", in: "requirements.yaml"),
        .replacing("T-02, response: positive-deviation", with: "T-02, response: negative-deviation", in: "requirements.yaml"),
        .replacing("offer: 180 days", with: "offer: 120 days", in: "requirements.yaml", .en),
        .replacing("offer: 180 天", with: "offer: 保存 6 个月，约 180 日历天", in: "requirements.yaml"),
        .replacing("offer: 8 MP cameras throughout", with: "offer: 4 MP (2560 × 1440) cameras throughout", in: "requirements.yaml", .en),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        let evaluations = Dictionary(bid.compliance.rows.map { ($0.requirement.id, $0.evaluations) }, uniquingKeysWith: { a, _ in a })
        for req in bid.project.requirements where req.kind == .clause {
            let name = "\(req.marker?.rawValue ?? (req.mandatory ? "mandatory" : "")) clause \(req.id)".trimmingCharacters(in: .whitespaces)
            let severity: Finding.Severity = req.mandatory ? .error : .warning
            guard let response = bid.project.response(to: req.id) else {
                findings.append(finding("\(name) '\(req.text)' has no response", severity: severity, requirement: req.id, at: req.location))
                continue
            }
            if response.response == .negativeDeviation, req.mandatory {
                findings.append(finding("\(name) '\(req.text)' is answered with a negative deviation",
                                        requirement: req.id, section: response.section, at: response.location))
            }
            // A declared negative deviation already says the bound is not met.
            for evaluation in evaluations[req.id] ?? [] where response.response != .negativeDeviation {
                switch evaluation.result {
                case .met: break
                case .notMet(let offered):
                    findings.append(finding("\(name) requires \(evaluation.bound) but the offer states \(offered) ('\(response.offer ?? "")')",
                                            severity: severity, requirement: req.id, section: response.section, at: response.location))
                case .incomparable(let units):
                    findings.append(finding("\(name) requires \(evaluation.bound) but the offer '\(response.offer ?? "")' states it in \(units), which cannot be compared: state the offer in \(evaluation.bound.unit.isEmpty ? "the clause's unit" : evaluation.bound.unit)",
                                            severity: .warning, requirement: req.id, section: response.section, at: response.location))
                }
            }
        }
        return findings
    }
}
