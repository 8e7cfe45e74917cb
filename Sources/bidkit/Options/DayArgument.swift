import ArgumentParser
import BidKit

/// `--as-of yyyy-MM-dd`, shared by `check` and `tasks`.
enum DayArgument {
    static func parse(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text) else { throw ValidationError("--as-of expects a date yyyy-MM-dd, got '\(text)'") }
        return day
    }
}
