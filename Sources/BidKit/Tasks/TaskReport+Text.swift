import BidKitTextLayout

extension TaskReport {
    /// The progress table `bidkit tasks` prints: CJK-aware columns, overdue rows flagged.
    /// "12/15 sections done" and, when there are tasks, "2/5 tasks done".
    private var summary: String {
        let sections = rows.filter(\.work.isSection), tasks = rows.filter { !$0.work.isSection }
        let done = { (list: [Row]) in list.filter { $0.work.status == .done }.count }
        return "\(done(sections))/\(sections.count) sections done" + (tasks.isEmpty ? "" : ", \(done(tasks))/\(tasks.count) tasks done")
    }

    public func text(color: Bool, width: Int = 120) -> String {
        let flagged = ["OVERDUE", "AFTER DEADLINE"]
        let body: [[TextTable.Cell]] = rows.map { r in
            var flags: [String] = []
            if r.overdue { flags.append(flagged[0]) }
            if r.dueAfterDeadline { flags.append(flagged[1]) }
            let w = r.work
            return [.init(w.isSection ? w.part : "(\(w.kind))"), .init(w.title), .init(w.owner), .init(w.role ?? "-"), .init(w.due.description),
                    .init(w.status.rawValue), .init(w.status == .done ? "-" : String(r.daysLeft)),
                    .init(flags.joined(separator: ", "))]
        }
        let table = TextTable(
            columns: [.init(), .init(), .init(), .init(), .init(), .init(), .init(alignment: .right), .init()],
            header: [["Part", "Section / task", "Owner", "Role", "Due", "Status", "Days left", "Flag"]], body: body)
        var rendered = table.render(maxWidth: width, style: .plain)
        if color {
            // Colour after layout, so escape codes never count toward column widths.
            for f in flagged { rendered = rendered.replacingOccurrences(of: f, with: "\u{1B}[1;31m\(f)\u{1B}[0m") }
        }
        func progress(_ list: [Progress]) -> String {
            TextTable(columns: [.init(), .init(alignment: .right), .init(alignment: .right)],
                      body: list.map { [.init($0.name), .init("\($0.done)/\($0.total)"), .init("\($0.percent)%")] })
                .lines(maxWidth: width, style: .plain).map { "  " + $0 }.joined(separator: "\n")
        }
        return """
            Tasks as of \(asOf) — deadline \(deadline.iso) (\(Self.distance(daysToDeadline)))

            \(rendered)

            By owner:
            \(progress(byOwner))
            By part:
            \(progress(byPart))

            \(summary); \(rows.filter(\.overdue).count) overdue; \(rows.filter(\.dueAfterDeadline).count) due after the deadline

            """
    }

    /// "3 days left", "1 day left", "due today", "deadline passed 1 day ago".
    static func distance(_ days: Int) -> String {
        if days == 0 { return "due today" }
        return days > 0 ? Counted.phrase(days, "day") + " left" : "deadline passed " + Counted.phrase(-days, "day") + " ago"
    }
}
