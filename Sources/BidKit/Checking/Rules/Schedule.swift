/// Tasks not done whose due day is past (as of the check day) weaken the bid; a task due after
/// the submission deadline cannot make it into the bid at all.
struct Schedule: Rule {
    static let id = "schedule"
    static let severity = Finding.Severity.error
    static let description = "No task is due after the deadline; unfinished tasks past due are flagged."

    static let triggering: [RuleExample] = [
        .replacing("due: 2026-12-05, status: review", with: "due: 2026-12-11, status: review"),
        .replacing("due: 2026-12-05, status: review", with: "due: 2026-11-28, status: review"),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("due: 2026-12-05, status: review", with: "due: 2026-11-28, status: done"),
        .replacing("due: 2026-12-05, status: review", with: "due: 2026-12-10, status: review", .en),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let deadline = bid.project.tender.deadline.day
        var findings: [Finding] = []
        for s in bid.project.sections {
            if s.due > deadline {
                findings.append(finding("section '\(s.title)' (\(s.owner)) is due \(s.due), after the submission deadline \(deadline)",
                                        section: s.id, at: s.location))
            } else if s.status != .done, s.due < context.asOf {
                findings.append(finding("section '\(s.title)' (\(s.owner)) is \(s.status.rawValue), due \(s.due): \(s.due.days(until: context.asOf)) days overdue",
                                        severity: .warning, section: s.id, at: s.location))
            }
        }
        return findings
    }
}
