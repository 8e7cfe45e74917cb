/// Sections and tasks (review, proofreading, sealing, binding, submission) not done whose due day is
/// past (as of the check day) weaken the bid; one due after the submission deadline cannot make it
/// into the bid at all; the finishing tasks come after the last section and in their order.
struct Schedule: Rule {
    static let id = "schedule"
    static let severity = Finding.Severity.error
    static let description = "No section or task is due after the deadline; unfinished ones past due and finishing tasks out of order are flagged."

    static let triggering: [RuleExample] = [
        .replacing("parts:\n", with: "tasks:\n  - {id: submit, title: 投标, kind: submission, owner: 李娜, due: 2026-12-11, status: todo}\nparts:\n"),
        .replacing("parts:\n", with: "tasks:\n  - {id: proofread, title: 校稿, kind: proofreading, owner: 张伟, due: 2026-12-04, status: todo}\nparts:\n"),
        .replacing("parts:\n", with: "tasks:\n  - {id: bind, title: Binding, kind: binding, owner: Jordan Lee, due: 2026-12-08, status: todo}\n  - {id: proofread, title: Proofreading, kind: proofreading, owner: Emma Clarke, due: 2026-12-09, status: todo}\nparts:\n", .en),
        .replacing("due: 2026-12-05, status: review", with: "due: 2026-12-11, status: review"),
        .replacing("due: 2026-12-05, status: review", with: "due: 2026-11-28, status: review"),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("parts:\n", with: "tasks:\n  - {id: proofread, title: 校稿, kind: proofreading, owner: 张伟, due: 2026-12-08, status: todo}\n  - {id: submit, title: 投标, kind: submission, owner: 李娜, due: 2026-12-10, status: todo}\nparts:\n"),
        .replacing("due: 2026-12-05, status: review", with: "due: 2026-11-28, status: done"),
        .replacing("due: 2026-12-05, status: review", with: "due: 2026-12-10, status: review", .en),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let deadline = bid.project.tender.deadline.day
        var findings: [Finding] = []
        for w in bid.project.schedule {
            let name = w.isSection ? "section '\(w.title)'" : "\(w.kind) task '\(w.title)'"
            if w.due > deadline {
                findings.append(finding("\(name) (\(w.owner)) is due \(w.due), after the submission deadline \(deadline)",
                                        section: w.isSection ? w.id : nil, at: w.location))
            } else if w.status != .done, w.due < context.asOf {
                findings.append(finding("\(name) (\(w.owner)) is \(w.status.rawValue), due \(w.due): \(w.due.days(until: context.asOf)) days overdue",
                                        severity: .warning, section: w.isSection ? w.id : nil, at: w.location))
            }
        }
        findings += finishingOrder(bid.project)
        return findings
    }

    /// Review, proofreading, sealing, binding and submission come after the writing and in that order:
    /// a proofread due before the last section is due proofreads a bid that is not written yet.
    private func finishingOrder(_ project: Project) -> [Finding] {
        var findings: [Finding] = []
        let finishing = project.tasks.filter { $0.kind.order != nil }
        if let last = project.sections.max(by: { $0.due < $1.due }) {
            for t in finishing where t.due < last.due {
                findings.append(finding("\(t.kind.rawValue) task '\(t.title)' is due \(t.due), before section '\(last.title)' is due \(last.due)",
                                        severity: .warning, at: t.location))
            }
        }
        for t in finishing {
            if let earlier = finishing.first(where: { ($0.kind.order ?? 0) < (t.kind.order ?? 0) && $0.due > t.due }) {
                findings.append(finding("\(t.kind.rawValue) task '\(t.title)' is due \(t.due), before the \(earlier.kind.rawValue) task '\(earlier.title)' it follows (due \(earlier.due))",
                                        severity: .warning, at: t.location))
            }
        }
        return findings
    }
}
