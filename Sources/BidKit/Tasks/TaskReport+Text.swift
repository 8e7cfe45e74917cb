import BidKitTextLayout

extension TaskReport {
    /// The progress table `bidkit tasks` prints, overdue rows flagged.
    public func text(color: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var rowsText: [[String]] = [["Part", "Section", "Owner", "Due", "Status", "Days left", "Flag"]]
        for r in rows {
            var flags: [String] = []
            if r.overdue { flags.append("OVERDUE") }
            if r.dueAfterDeadline { flags.append("AFTER DEADLINE") }
            rowsText.append([r.part, r.section.title, r.section.owner, r.section.due.description, r.section.status.rawValue,
                             r.section.status == .done ? "-" : String(r.daysLeft), flags.joined(separator: ", ")])
        }
        var out = "Tasks as of \(asOf) — deadline \(deadline.iso) (\(daysToDeadline) days left)\n\n"
        out += TaskReport.simpleTable(rowsText, flag: { paint($0, "1;31") })
        out += "\nBy owner:\n"
        for p in byOwner { out += "  \(p.name): \(p.done)/\(p.total) done (\(p.percent)%)\n" }
        out += "By part:\n"
        for p in byPart { out += "  \(p.name): \(p.done)/\(p.total) done (\(p.percent)%)\n" }
        out += "\n\(done)/\(rows.count) sections done; \(rows.filter(\.overdue).count) overdue; \(rows.filter(\.dueAfterDeadline).count) due after the deadline\n"
        return out
    }

    static func simpleTable(_ rows: [[String]], flag: (String) -> String) -> String {
        TextTable.plain(rows, flagLastColumn: flag)
    }
}
