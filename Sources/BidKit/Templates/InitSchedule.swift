import Foundation

/// The dates of a new project: the submission deadline, the bid's date and each section's due day.
/// Due days count back from the deadline's day by the template's `due_days_before`, but never fall
/// before the day the project starts: a project made three days before the deadline must not open
/// with overdue tasks (the `schedule` check would flag them), so those sections are due at once.
public struct InitSchedule: Sendable, Equatable {
    public var deadline: ZonedTime
    /// The day the project starts (today, in the deadline's time zone, unless told).
    public var startDay: CalendarDay
    public var projectDate: CalendarDay

    /// `deadlineText`: ISO 8601 with an offset, or a bare `yyyy-MM-dd` taking the template's time and
    /// offset; nil for the template's default (`days_from_today` after the start day).
    public init(template: BidTemplate, deadlineText: String?, startDay: CalendarDay?, now: Date = Date(),
                localZone: TimeZone = .current) throws {
        let d = template.deadline
        let deadline: ZonedTime
        if let text = deadlineText {
            if let zoned = ZonedTime(iso: text) {
                deadline = zoned
            } else if let day = CalendarDay(iso: text) {
                deadline = try Self.zoned(day, d, localZone: localZone)
            } else {
                throw UsageError("--deadline expects an ISO 8601 date-time with a UTC offset (2026-12-10T09:30:00+08:00) or a date (2026-12-10), got '\(text)'")
            }
        } else {
            let zone: TimeZone
            switch d.offset {
            case .fixed(let seconds): zone = TimeZone(secondsFromGMT: seconds) ?? localZone
            case .local: zone = localZone
            }
            let today = startDay ?? CalendarDay(now, in: zone)
            deadline = try Self.zoned(today.adding(days: d.daysFromToday), d, localZone: localZone)
        }
        let start = startDay ?? CalendarDay(now, in: deadline.zone)
        guard deadline.day >= start else {
            throw UsageError("the deadline \(deadline.iso) is before the project's start day \(start)")
        }
        self.startDay = start
        projectDate = Self.clamp(deadline.day.adding(days: -template.projectDateDaysBefore), start, deadline.day)
        self.deadline = deadline
    }

    /// The due day of a section `daysBefore` the deadline's day, kept between the start day and the deadline's day.
    public func due(daysBefore: Int) -> CalendarDay {
        Self.clamp(deadline.day.adding(days: -daysBefore), startDay, deadline.day)
    }

    private static func clamp(_ day: CalendarDay, _ low: CalendarDay, _ high: CalendarDay) -> CalendarDay {
        min(max(day, low), high)
    }

    /// `day` at the template's time of day and offset, written as ISO 8601 (2026-12-10T09:30:00+08:00).
    static func zoned(_ day: CalendarDay, _ d: DeadlineDefault, localZone: TimeZone) throws -> ZonedTime {
        let seconds: Int
        switch d.offset {
        case .fixed(let s):
            seconds = s
        case .local:
            // The offset on that day, daylight saving included.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = localZone
            let instant = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: d.hour, minute: d.minute))
            seconds = localZone.secondsFromGMT(for: instant ?? Date())
        }
        let sign = seconds < 0 ? "-" : "+"
        let iso = "\(day)T" + String(format: "%02d:%02d:00", d.hour, d.minute) + sign
            + String(format: "%02d:%02d", abs(seconds) / 3600, abs(seconds) % 3600 / 60)
        guard let zoned = ZonedTime(iso: iso) else { throw UsageError("cannot form a deadline from \(iso)") }
        return zoned
    }
}
