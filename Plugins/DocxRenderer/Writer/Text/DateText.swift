/// Checks the bid's ISO date (`yyyy-MM-dd`) for the document properties; the printed date comes
/// finished in the package's front matter. Parsed by hand: no calendar, locale or clock is involved.
enum DateText {
    static func parse(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }
}
