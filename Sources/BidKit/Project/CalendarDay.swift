import Foundation

/// A calendar day in a given time zone (due dates, expiry dates, the bid date).
/// Days are compared as days; converting to an instant needs the zone they belong to.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `yyyy-MM-dd`; nil when malformed or not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...CalendarDay.daysIn(month: m, year: y)).contains(d)
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The day an instant falls on in `zone`.
    public init(_ date: Date, in zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        self.init(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }

    /// 2026年12月8日
    public var chinese: String { formatted(.zh) }

    /// 8 December 2026
    public var english: String { formatted(.en) }

    /// As printed in the bid's language; the wording is `StandardWording`'s, like every printed date.
    public func formatted(_ language: Language) -> String {
        StandardWording.date(year: year, month: month, day: day, language: language.rawValue)
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// Days from `self` to `other` (positive when `other` is later). Proleptic Gregorian day numbers.
    public func days(until other: CalendarDay) -> Int { other.dayNumber - dayNumber }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (civil-from-days algorithm by Howard Hinnant).
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(dayNumber z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }
}

/// An instant together with the UTC offset it was written with (the submission deadline).
public struct ZonedTime: Hashable, Sendable, CustomStringConvertible {
    public var date: Date
    public var zone: TimeZone
    /// The text as written, e.g. 2026-12-10T09:30:00+08:00.
    public var iso: String

    /// Accepts ISO 8601 date-times with an explicit offset (`Z` or ±hh:mm); nil otherwise.
    public init?(iso text: String) {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text), let zone = ZonedTime.zone(of: text) else { return nil }
        self.date = date
        self.zone = zone
        self.iso = text
    }

    public var day: CalendarDay { CalendarDay(date, in: zone) }
    public var description: String { iso }

    /// 2026年12月10日 09:30 (UTC+08:00) / 10 December 2026 09:30 (UTC+08:00)
    public func formatted(_ language: Language) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        let time = String(format: "%02d:%02d", c.hour ?? 0, c.minute ?? 0)
        let seconds = zone.secondsFromGMT()
        let offset = String(format: "UTC%@%02d:%02d", seconds < 0 ? "-" : "+", abs(seconds) / 3600, abs(seconds) % 3600 / 60)
        return "\(day.formatted(language)) \(time) (\(offset))"
    }

    private static func zone(of text: String) -> TimeZone? {
        if text.hasSuffix("Z") { return TimeZone(secondsFromGMT: 0) }
        let tail = text.suffix(6)
        guard let sign = tail.first, sign == "+" || sign == "-" else { return nil }
        let hm = tail.dropFirst().split(separator: ":")
        guard hm.count == 2, let h = Int(hm[0]), let m = Int(hm[1]) else { return nil }
        return TimeZone(secondsFromGMT: (sign == "-" ? -1 : 1) * (h * 3600 + m * 60))
    }
}
