import ArgumentParser
import BidKit

/// `--as-of yyyy-MM-dd`, shared by `check` and `tasks`.
enum DayArgument {
    static func parse(_ text: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: text), CalendarDay.supportedYears.contains(day.year) else {
            throw ValidationError("--as-of expects a date yyyy-MM-dd from 1900-01-01 to 9999-12-31, got '\(text)'")
        }
        return day
    }
}
