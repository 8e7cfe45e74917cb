/// A task of the breakdown that is not a section: the review, proofreading, sealing, binding and
/// submission work that turns written sections into a bid in the buyer's hands (整合、校稿、盖章、装订、投标).
public struct TaskPlan: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case review, proofreading, sealing, binding, submission, other

        /// The finishing steps in the order they happen; `other` has no place in it.
        public var order: Int? {
            switch self {
            case .review: return 0
            case .proofreading: return 1
            case .sealing: return 2
            case .binding: return 3
            case .submission: return 4
            case .other: return nil
            }
        }
    }

    public var id: String
    public var title: String
    public var kind: Kind
    public var owner: String
    public var role: String?
    public var due: CalendarDay
    public var status: SectionStatus
    public var location: SourceLocation
}

/// One row of the schedule: a section to write or a task to do, as `bidkit tasks` and the
/// `schedule` rule see both.
public struct ScheduledWork: Sendable {
    public var id: String
    public var title: String
    /// "section" or the task's kind.
    public var kind: String
    /// The part a section belongs to; empty for tasks.
    public var part: String
    public var owner: String
    public var role: String?
    public var due: CalendarDay
    public var status: SectionStatus
    public var location: SourceLocation
    public var isSection: Bool { kind == "section" }
}

extension Project {
    /// Every section in binding order, then every task.
    public var schedule: [ScheduledWork] {
        parts.flatMap { part in
            part.sections.map { s in
                ScheduledWork(id: s.id, title: s.title, kind: "section", part: part.title, owner: s.owner, role: s.role, due: s.due,
                              status: s.status, location: s.location)
            }
        } + tasks.map { t in
            ScheduledWork(id: t.id, title: t.title, kind: t.kind.rawValue, part: "", owner: t.owner, role: t.role, due: t.due,
                          status: t.status, location: t.location)
        }
    }
}
