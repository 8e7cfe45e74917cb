import Foundation

/// A calendar day in a given time zone (due dates, expiry dates, the bid date).
/// Days are compared as days; converting to an instant needs the zone they belong to.
///
/// Input reaches this type (bid.yaml dates plus validity days, template offsets), so no operation
/// may trap: the loader keeps years in `supportedYears` and day counts small, and the arithmetic
/// here is overflow-checked anyway, saturating at the supported range rather than trapping.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The years the loader accepts (docs/bid-project.md, "Limits").
    public static let supportedYears = 1900...9999

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `yyyy-MM-dd` (ASCII digits only); nil when malformed or not a real date.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
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
    public func days(until other: CalendarDay) -> Int {
        let (difference, overflow) = other.dayNumber.subtractingReportingOverflow(dayNumber)
        return overflow ? (other > self ? Int.max : Int.min) : difference
    }

    /// The day `days` later (earlier when negative), held within year 1 … 9999 instead of overflowing.
    public func adding(days: Int) -> CalendarDay {
        let (sum, overflow) = dayNumber.addingReportingOverflow(days)
        let target = overflow ? (days > 0 ? Int.max : Int.min) : sum
        return CalendarDay(dayNumber: min(max(target, Self.firstDayNumber), Self.lastDayNumber))
    }

    /// 0001-01-01 and 9999-12-31 as day numbers: the range `adding` keeps to.
    static let firstDayNumber = CalendarDay(year: 1, month: 1, day: 1).dayNumber
    static let lastDayNumber = CalendarDay(year: 9999, month: 12, day: 31).dayNumber

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 (civil-from-days algorithm by Howard Hinnant). The year is clamped to
    /// ±10^9 first, so the products below cannot overflow whatever a caller put into `year`.
    var dayNumber: Int {
        let clampedYear = min(max(year, -1_000_000_000), 1_000_000_000)
        let m = min(max(month, 1), 12), d = min(max(day, 1), 31)
        let y = m <= 2 ? clampedYear - 1 : clampedYear
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    init(dayNumber z0: Int) {
        let z = min(max(z0, -400_000_000_000), 400_000_000_000) + 719468
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
