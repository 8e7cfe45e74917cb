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
            let name = Say.Clause(marker: req.marker?.rawValue, mandatory: req.mandatory, id: req.id)
            let severity: Finding.Severity = req.mandatory ? .error : .warning
            guard let response = bid.project.response(to: req.id) else {
                findings.append(finding(Say.noResponse(name, req.text), severity: severity, requirement: req.id, at: req.location))
                continue
            }
            if response.response == .negativeDeviation, req.mandatory {
                findings.append(finding(Say.negativeDeviation(name, req.text),
                                        requirement: req.id, section: response.section, at: response.location))
            }
            // A declared negative deviation already says the bound is not met.
            for evaluation in evaluations[req.id] ?? [] where response.response != .negativeDeviation {
                switch evaluation.result {
                case .met: break
                case .notMet(let offered):
                    findings.append(finding(Say.boundNotMet(name, "\(evaluation.bound)", offered: "\(offered)", offer: response.offer ?? ""),
                                            severity: severity, requirement: req.id, section: response.section, at: response.location))
                case .incomparable(let units):
                    findings.append(finding(Say.incomparable(name, "\(evaluation.bound)", offer: response.offer ?? "", units: "\(units)", unit: evaluation.bound.unit),
                                            severity: .warning, requirement: req.id, section: response.section, at: response.location))
                }
            }
        }
        return findings
    }
}

extension MandatoryClauses {
    enum Say {
        /// "★ clause T-01" / "★条款 T-01", "mandatory clause T-01" / "实质性条款 T-01".
        struct Clause {
            var marker: String?
            var mandatory: Bool
            var id: String

            var zh: String { "\(marker ?? (mandatory ? "实质性" : ""))条款 \(id)" }
            var en: String { "\(marker ?? (mandatory ? "mandatory" : "")) clause \(id)".trimmingCharacters(in: .whitespaces) }
        }

        static func noResponse(_ clause: Clause, _ text: String) -> Wording {
            Wording("no-response", zh: "\(clause.zh)“\(text)”没有响应", en: "\(clause.en) '\(text)' has no response")
        }

        static func negativeDeviation(_ clause: Clause, _ text: String) -> Wording {
            Wording("negative-deviation", zh: "\(clause.zh)“\(text)”的响应为负偏离", en: "\(clause.en) '\(text)' is answered with a negative deviation")
        }

        static func boundNotMet(_ clause: Clause, _ bound: String, offered: String, offer: String) -> Wording {
            Wording("bound-not-met", zh: "\(clause.zh)要求 \(bound)，但响应写明 \(offered)（“\(offer)”）",
                    en: "\(clause.en) requires '\(bound)' but the offer states '\(offered)' ('\(offer)')")
        }

        static func incomparable(_ clause: Clause, _ bound: String, offer: String, units: String, unit: String) -> Wording {
            Wording("incomparable",
                    zh: "\(clause.zh)要求 \(bound)，但响应“\(offer)”以 \(units) 表示，无法比较：请以\(unit.isEmpty ? "条款的单位" : " \(unit) ")填写",
                    en: "\(clause.en) requires '\(bound)' but the offer '\(offer)' states it in '\(units)', which cannot be compared: state the offer in \(unit.isEmpty ? "the clause's unit" : "'\(unit)'")")
        }
    }
}
