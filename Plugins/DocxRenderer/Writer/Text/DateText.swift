/// The bid date as printed on the cover: `2026年12月8日` (zh) or `8 December 2026` (en).
/// Parsed by hand from `yyyy-MM-dd`: no calendar, locale or clock is involved.
enum DateText {
    static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }

    private static let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                                 "September", "October", "November", "December"]

    static func display(_ text: String, language: String) -> String {
        guard let (y, m, d) = parse(text) else { return text }
        return language == "zh" ? "\(y)年\(m)月\(d)日" : "\(d) \(months[m - 1]) \(y)"
    }
}
