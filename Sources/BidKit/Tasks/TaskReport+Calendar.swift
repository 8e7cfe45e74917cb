import Foundation

/// `bidkit tasks --format ics`: each open section's and task's due day as an all-day event, and the submission
/// deadline at its time, so owners import their dates into any calendar (RFC 5545).
///
/// Hand-written: the format is a few fixed lines, and no calendar package is among the allowed Swift
/// packages. The output is deterministic (DTSTAMP is the as-of day, UIDs come from the project and
/// section ids), so re-importing a newer file updates the events instead of doubling them.
extension TaskReport {
    public var ics: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//BidKit//bidkit tasks//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:" + Self.escaped(projectName.isEmpty ? projectID : projectName)]
        let stamp = String(format: "%04d%02d%02dT000000Z", asOf.year, asOf.month, asOf.day)
        for row in rows where row.work.status != .done {
            let work = row.work, due = work.due
            let next = due.adding(days: 1)
            lines += ["BEGIN:VEVENT", "UID:\(projectID)-\(work.id)@bidkit", "DTSTAMP:\(stamp)",
                      "DTSTART;VALUE=DATE:\(Self.compact(due))", "DTEND;VALUE=DATE:\(Self.compact(next))",
                      "SUMMARY:" + Self.escaped("Due: \(work.title) (\(work.isSection ? work.part : work.kind))"),
                      "DESCRIPTION:" + Self.escaped("Owner: \(work.owner)" + (work.role.map { " (\($0))" } ?? "")
                                                    + "; status: \(work.status.rawValue); bid \(projectID)"),
                      "END:VEVENT"]
        }
        let utc = Self.utc(deadline.date)
        lines += ["BEGIN:VEVENT", "UID:\(projectID)-deadline@bidkit", "DTSTAMP:\(stamp)", "DTSTART:\(utc)", "DTEND:\(utc)",
                  "SUMMARY:" + Self.escaped("Submission deadline: \(projectName.isEmpty ? projectID : projectName)"), "END:VEVENT",
                  "END:VCALENDAR"]
        return lines.map(Self.folded).joined(separator: "\r\n") + "\r\n"
    }

    private static func compact(_ day: CalendarDay) -> String { String(format: "%04d%02d%02d", day.year, day.month, day.day) }

    private static func utc(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d%02d%02dT%02d%02d%02dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0, c.second ?? 0)
    }

    /// TEXT values escape backslash, semicolon, comma and newlines.
    static func escaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "\\", ";", ",": out += "\\" + String(c)
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    /// Lines longer than 75 octets continue on the next line after a space, never inside a UTF-8 character.
    static func folded(_ line: String) -> String {
        var out = "", octets = 0
        for c in line {
            let size = String(c).utf8.count
            if octets + size > 75 {
                out += "\r\n "
                octets = 1
            }
            out.append(c)
            octets += size
        }
        return out
    }
}
