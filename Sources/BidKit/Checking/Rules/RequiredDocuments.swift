/// Every document the tender requires is covered by a section that exists and is not empty, and,
/// when the tender prescribes the binding order (requirements.yaml `document_order: prescribed`),
/// the sections come in that order. A missing document gets a bid rejected at opening; a non-★ one
/// weakens it; a misordered bid annoys the evaluators and breaks their checklist.
struct RequiredDocuments: Rule {
    static let id = "required-documents"
    static let severity = Finding.Severity.error
    static let description = "Every required document is covered by a non-empty section."

    static let triggering: [RuleExample] = [
        .replacing(", covers: [D-02]", with: ""),
        RuleExample(.zh, "投标函 holds only a heading", edits: [.write(file: "sections/letter.md", content: "# 只有标题\n")]),
        .replacing(", covers: [D-02]", with: "", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        RuleExample(.zh, "a section holding only a table is not empty",
                    edits: [.write(file: "sections/letter.md", content: "| 项目 | 内容 |\n|---|---|\n| 投标人 | {{bidder.name}} |\n\n```signature\nseal: bidder\nsigner: legal-representative\n```\n")]),
        .letter("Our price schedule follows in section 1.2.", .en),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let packaged = Dictionary(bid.package.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var findings: [Finding] = []
        let plans = bid.project.sections  // computed from the parts: once, not per requirement
        for req in bid.project.requirements where req.kind == .document {
            let severity: Finding.Severity = req.mandatory ? .error : .warning
            let covering = plans.filter { $0.covers.contains(req.id) }
            if covering.isEmpty {
                findings.append(finding(Say.notCovered(req.id, req.text),
                                        severity: severity, requirement: req.id, at: req.location))
                continue
            }
            for plan in covering {
                // A section that could not be read is reported by `load`.
                guard let section = packaged[plan.id], SectionContentInspector.isEmpty(section),
                      !bid.unloadedSections.contains(plan.id) else { continue }
                findings.append(finding(Say.coveringSectionEmpty(plan.title, req.id, req.text),
                                        severity: severity, requirement: req.id, section: plan.id, at: plan.location))
            }
        }
        if bid.project.documentOrderPrescribed { findings += orderFindings(bid) }
        return findings
    }

    /// The fewest documents to move: those outside the longest run already in the prescribed order
    /// (a longest increasing subsequence of bid positions), each named with the document it must follow.
    private func orderFindings(_ bid: AssembledBid) -> [Finding] {
        let plans = bid.project.sections
        let position = Dictionary(plans.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let placed: [(req: Requirement, plan: SectionPlan, index: Int)] = bid.project.requirements.compactMap { req in
            guard req.kind == .document, let plan = plans.first(where: { $0.covers.contains(req.id) }),
                  let index = position[plan.id] else { return nil }
            return (req, plan, index)
        }
        var length = [Int](repeating: 1, count: placed.count), back = [Int](repeating: -1, count: placed.count)
        for i in placed.indices {
            for j in 0..<i where placed[j].index <= placed[i].index && length[j] + 1 > length[i] {
                length[i] = length[j] + 1
                back[i] = j
            }
        }
        var inOrder = Set<Int>()
        var k = length.indices.max { length[$0] < length[$1] } ?? -1
        while k >= 0 {
            inOrder.insert(k)
            k = back[k]
        }
        return placed.indices.filter { !inOrder.contains($0) }.map { i in
            let item = placed[i]
            let after = (0..<i).last { inOrder.contains($0) }.map { (placed[$0].plan.title, placed[$0].req.id) }
            return finding(Say.outOfOrder(item.plan.title, item.req.id, after: after),
                           requirement: item.req.id, section: item.plan.id, at: item.plan.location)
        }
    }
}

extension RequiredDocuments {
    enum Say {
        static func notCovered(_ id: String, _ text: String) -> Wording {
            Wording("not-covered", zh: "必备文件 \(id)“\(text)”没有任何章节覆盖", en: "required document \(id) '\(text)' is not covered by any section")
        }

        static func coveringSectionEmpty(_ title: String, _ id: String, _ text: String) -> Wording {
            Wording("covering-section-empty", zh: "章节“\(title)”覆盖 \(id)“\(text)”，但内容为空", en: "section '\(title)' covers \(id) '\(text)' but is empty")
        }

        /// `after`: the section it belongs after (title, requirement id); nil when it belongs first.
        static func outOfOrder(_ title: String, _ id: String, after: (String, String)?) -> Wording {
            Wording("out-of-order",
                    zh: "章节“\(title)”（\(id)）不符合招标文件规定的顺序：" + (after.map { "应排在“\($0.0)”（\($0.1)）之后" } ?? "应排在最前"),
                    en: "section '\(title)' (\(id)) is out of the order the tender prescribes: it belongs" + (after.map { " after '\($0.0)' (\($0.1))" } ?? " first"))
        }
    }
}
