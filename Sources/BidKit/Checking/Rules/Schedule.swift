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
            let name = w.isSection ? Say.section(w.title) : Say.task(w.kind, w.title)
            if w.due > deadline {
                findings.append(finding(Say.dueAfterDeadline(name, w.owner, w.due, deadline),
                                        section: w.isSection ? w.id : nil, at: w.location))
            } else if w.status != .done, w.due < context.asOf {
                findings.append(finding(Say.overdue(name, w.owner, w.status, w.due, days: w.due.days(until: context.asOf)),
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
                findings.append(finding(Say.beforeWriting(Say.task(t.kind.rawValue, t.title), t.due, Say.section(last.title), last.due),
                                        severity: .warning, at: t.location))
            }
        }
        for t in finishing {
            if let earlier = finishing.first(where: { ($0.kind.order ?? 0) < (t.kind.order ?? 0) && $0.due > t.due }) {
                findings.append(finding(Say.beforeEarlierStep(Say.task(t.kind.rawValue, t.title), t.due, Say.task(earlier.kind.rawValue, earlier.title), earlier.due),
                                        severity: .warning, at: t.location))
            }
        }
        return findings
    }
}

extension Schedule {
    enum Say {
        /// A piece of work as the messages name it, in both languages.
        struct Name {
            var zh: String
            var en: String
        }

        static func section(_ title: String) -> Name { Name(zh: "章节“\(title)”", en: "section '\(title)'") }
        static func task(_ kind: String, _ title: String) -> Name { Name(zh: "\(zhKinds[kind] ?? kind)任务“\(title)”", en: "\(kind) task '\(title)'") }

        /// `TaskPlan.Kind` in Chinese.
        static let zhKinds = ["review": "审核", "proofreading": "校对", "sealing": "盖章", "binding": "装订", "submission": "递交", "other": "其他"]

        static func dueAfterDeadline(_ name: Name, _ owner: String, _ due: CalendarDay, _ deadline: CalendarDay) -> Wording {
            Wording("due-after-deadline", zh: "\(name.zh)（\(owner)）的完成日期 \(due) 晚于投标截止日 \(deadline)",
                    en: "\(name.en) (owner '\(owner)') is due \(due), after the submission deadline \(deadline)")
        }

        static func overdue(_ name: Name, _ owner: String, _ status: SectionStatus, _ due: CalendarDay, days: Int) -> Wording {
            Wording("overdue", zh: "\(name.zh)（\(owner)）状态为 \(status.rawValue)，应于 \(due) 完成：已逾期 \(days) 天",
                    en: "\(name.en) (owner '\(owner)') is \(status.rawValue), due \(due): \(Counted.phrase(days, "day")) overdue")
        }

        static func beforeWriting(_ task: Name, _ due: CalendarDay, _ section: Name, _ sectionDue: CalendarDay) -> Wording {
            Wording("before-writing", zh: "\(task.zh)的完成日期 \(due) 早于\(section.zh)的完成日期 \(sectionDue)",
                    en: "\(task.en) is due \(due), before \(section.en) is due \(sectionDue)")
        }

        static func beforeEarlierStep(_ task: Name, _ due: CalendarDay, _ earlier: Name, _ earlierDue: CalendarDay) -> Wording {
            Wording("before-earlier-step", zh: "\(task.zh)的完成日期 \(due) 早于它之前的\(earlier.zh)（\(earlierDue)）",
                    en: "\(task.en) is due \(due), before the \(earlier.en) it follows (due \(earlierDue))")
        }
    }
}
