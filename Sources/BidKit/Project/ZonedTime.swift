import Foundation

/// An instant together with the UTC offset it was written with (the submission deadline).
public struct ZonedTime: Hashable, Sendable, CustomStringConvertible {
    public var date: Date
    public var zone: TimeZone
    /// The text as written, e.g. 2026-12-10T09:30:00+08:00.
    public var iso: String

    /// The UTC offsets in use on Earth, in seconds: −12:00 (Baker Island) to +14:00 (Line Islands).
    public static let offsetRange = -12 * 3600...14 * 3600

    /// Accepts ISO 8601 date-times with an explicit offset (`Z` or ±hh:mm) within `offsetRange`; nil otherwise.
    public init?(iso text: String) {
        guard let seconds = ZonedTime.writtenOffset(of: text), ZonedTime.offsetRange.contains(seconds),
              let zone = TimeZone(secondsFromGMT: seconds) else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        guard let date = formatter.date(from: text) else { return nil }
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

    /// The offset the text ends with (`Z`, `±hh:mm`) in seconds, whatever its size; nil when there is none.
    /// Minutes must be 00…59; hours are two digits, so the value is small whatever the text.
    public static func writtenOffset(of text: String) -> Int? {
        if text.hasSuffix("Z") { return 0 }
        let tail = Array(text.utf8.suffix(6))
        guard tail.count == 6, tail[0] == UInt8(ascii: "+") || tail[0] == UInt8(ascii: "-"), tail[3] == UInt8(ascii: ":") else { return nil }
        let digits = [tail[1], tail[2], tail[4], tail[5]]
        guard digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let value = digits.map { Int($0) - 48 }
        let (h, m) = (value[0] * 10 + value[1], value[2] * 10 + value[3])
        guard m < 60 else { return nil }
        return (tail[0] == UInt8(ascii: "-") ? -1 : 1) * (h * 3600 + m * 60)
    }
}
