import Foundation

/// The bid's task-breakdown progress as of a day: who owes what, what is late — the sections to
/// write and the tasks that are not sections (review, proofreading, sealing, binding, submission).
public struct TaskReport: Sendable {
    public struct Row: Sendable {
        public var work: ScheduledWork
        public var id: String { work.id }
        /// Days from the as-of day to the due day (negative = past due).
        public var daysLeft: Int
        /// Not done and past its due day.
        public var overdue: Bool
        /// Due after the submission deadline's day: it cannot make the submission.
        public var dueAfterDeadline: Bool
    }

    public struct Progress: Sendable {
        public var name: String
        public var done: Int
        public var total: Int
        public var percent: Int { total == 0 ? 100 : done * 100 / total }
    }

    public var asOf: CalendarDay
    public var deadline: ZonedTime
    /// The project id and name, for calendar entries.
    public var projectID: String
    public var projectName: String
    public var rows: [Row]
    public var byOwner: [Progress]
    public var byPart: [Progress]

    /// `owner`: only that person's sections and tasks (`bidkit tasks --owner 李娜`), matched as written.
    public init(_ project: Project, asOf: CalendarDay, owner: String? = nil) {
        self.asOf = asOf
        deadline = project.tender.deadline
        projectID = project.info.id
        projectName = project.info.name
        let deadlineDay = project.tender.deadline.day
        let rows = project.schedule.filter { owner == nil || $0.owner == owner }.map { w in
            Row(work: w, daysLeft: asOf.days(until: w.due), overdue: w.status != .done && w.due < asOf, dueAfterDeadline: w.due > deadlineDay)
        }
        func progress(_ key: (Row) -> String) -> [Progress] {
            // First-appearance order, not dictionary order: deterministic output.
            var order: [String] = []
            var counts: [String: (Int, Int)] = [:]
            for row in rows {
                let k = key(row)
                if counts[k] == nil { order.append(k) }
                let (d, t) = counts[k] ?? (0, 0)
                counts[k] = (d + (row.work.status == .done ? 1 : 0), t + 1)
            }
            return order.map { Progress(name: $0, done: counts[$0]?.0 ?? 0, total: counts[$0]?.1 ?? 0) }
        }
        self.rows = rows
        byOwner = progress { $0.work.owner }
        byPart = progress { $0.work.isSection ? $0.work.part : "tasks" }
    }

    public var done: Int { rows.filter { $0.work.status == .done }.count }
    public var daysToDeadline: Int { asOf.days(until: deadline.day) }

    public var json: JSONValue {
        func progress(_ list: [Progress]) -> JSONValue {
            .array(list.map { .object([("name", .string($0.name)), ("done", .int($0.done)), ("total", .int($0.total)),
                                       ("percent", .int($0.percent))]) })
        }
        return .object([
            ("as_of", .string(asOf.description)),
            ("deadline", .string(deadline.iso)),
            ("days_to_deadline", .int(daysToDeadline)),
            ("tasks", .array(rows.map { r in
                .object([
                    ("part", r.work.isSection ? .string(r.work.part) : .null),
                    ("section", r.work.isSection ? .string(r.work.id) : .null), ("task", r.work.isSection ? .null : .string(r.work.id)),
                    ("kind", .string(r.work.kind)), ("title", .string(r.work.title)),
                    ("owner", .string(r.work.owner)), ("role", .optional(r.work.role)),
                    ("due", .string(r.work.due.description)), ("status", .string(r.work.status.rawValue)),
                    ("days_left", .int(r.daysLeft)), ("overdue", .bool(r.overdue)),
                    ("due_after_deadline", .bool(r.dueAfterDeadline)),
                ])
            })),
            ("by_owner", progress(byOwner)),
            ("by_part", progress(byPart)),
            ("summary", .object([("done", .int(done)), ("total", .int(rows.count)),
                                 ("overdue", .int(rows.filter(\.overdue).count)),
                                 ("due_after_deadline", .int(rows.filter(\.dueAfterDeadline).count))])),
        ])
    }
}
