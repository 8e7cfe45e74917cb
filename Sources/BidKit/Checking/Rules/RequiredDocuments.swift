/// Every document the tender requires is covered by a section that exists and is not empty.
/// A missing document gets a bid rejected at opening; a non-★ one weakens it.
struct RequiredDocuments: Rule {
    static let id = "required-documents"
    static let severity = Finding.Severity.error
    static let description = "Every required document is covered by a non-empty section."

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let packaged = Dictionary(bid.package.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var findings: [Finding] = []
        for req in bid.project.requirements where req.kind == .document {
            let severity: Finding.Severity = req.mandatory ? .error : .warning
            let covering = bid.project.sections.filter { $0.covers.contains(req.id) }
            if covering.isEmpty {
                findings.append(finding("required document \(req.id) '\(req.text)' is not covered by any section",
                                        severity: severity, requirement: req.id, at: req.location))
                continue
            }
            for plan in covering {
                guard let section = packaged[plan.id], SectionContentInspector.isEmpty(section) else { continue }
                findings.append(finding("section '\(plan.title)' covers \(req.id) '\(req.text)' but is empty",
                                        severity: severity, requirement: req.id, section: plan.id, at: plan.location))
            }
        }
        return findings
    }
}
