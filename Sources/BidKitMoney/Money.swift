import Foundation

/// Figures: rounding, display and parsing of money amounts.
///
/// Bid documents are compared character by character by reviewers and by our checker, so
/// everything here is deterministic and locale-independent: the same `Decimal` prints the same
/// string on every machine, and nothing ever passes through `Double`.
public enum Money {
    /// The POSIX locale pins `Decimal(string:)` to '.' as the decimal separator regardless of
    /// where the tool runs.
    static let posix = Locale(identifier: "en_US_POSIX")

    /// Currency signs accepted in front of a figure: the half-width yen sign and the full-width
    /// one that Chinese input methods produce. Both mean RMB in a Chinese bid.
    static let currencySigns: Set<Character> = ["¥", "￥"]

    /// Round half-up (away from zero for .5) to `scale` decimal places (default 2).
    ///
    /// Half-up, not banker's rounding, because that is what tender rules and Chinese
    /// accounting practice (四舍五入) expect: 2.345 → 2.35, -2.345 → -2.35.
    public static func round(_ value: Decimal, scale: Int = 2) -> Decimal {
        var input = value
        var result = Decimal()
        NSDecimalRound(&result, &input, scale, .plain)
        return result
    }

    /// "1,856,000.00": thousands separators, exactly 2 decimals, leading "-" for negatives.
    ///
    /// The value is rounded half-up to the cent first. Hand-built rather than NumberFormatter so
    /// that output never depends on the current locale. NaN prints as "NaN".
    public static func format(_ value: Decimal) -> String {
        guard let parts = AmountParts(value) else { return "NaN" }
        var grouped = ""
        for (index, digit) in parts.integerDigits.enumerated() {
            let remaining = parts.integerDigits.count - index
            if index > 0, remaining % 3 == 0 { grouped.append(",") }
            grouped.append(Character(String(digit)))
        }
        let minor = parts.minor < 10 ? "0\(parts.minor)" : "\(parts.minor)"
        return (parts.isNegative ? "-" : "") + grouped + "." + minor
    }

    /// Parses "1,856,000.00", "1856000", "¥1,856,000.00", "￥1,856,000.00", "-12.5", "-¥12.5":
    /// a figure as it appears in a bid's text, with an optional yen sign, read by `DecimalText`.
    ///
    /// Returns nil for anything else, including badly grouped figures ("1,85,600"), a dangling
    /// decimal point ("12."), exponents or trailing text: `Decimal(string:)` alone would
    /// silently read "12abc" as 12, which is exactly the kind of mistake a checker must catch.
    /// The value is exact (no rounding); at most 38 digits, the precision of `Decimal`.
    public static func parse(_ text: String) -> Decimal? {
        var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
        var negative = false
        if body.first == "-" {
            negative = true
            body = body.dropFirst()
        }
        if let first = body.first, currencySigns.contains(first) {
            body = body.dropFirst()
            if !negative, body.first == "-" {
                negative = true
                body = body.dropFirst()
            }
            body = Substring(body.trimmingCharacters(in: .whitespaces))
        }
        guard body.first != "-", case .success(let value) = DecimalText.parse(body) else { return nil }
        return negative ? -value : value
    }

    /// Percentage display: 0.13 → "13%", 0.065 → "6.5%", 0.123456 → "12.35%".
    ///
    /// The percentage is rounded half-up to two decimal places (tax and discount rates never
    /// need more) and trailing zeros are dropped. No thousands separators.
    public static func percent(_ fraction: Decimal) -> String {
        guard let parts = AmountParts(fraction * 100) else { return "NaN%" }
        var text = parts.integerDigits.map(String.init).joined()
        if parts.minor != 0 {
            let minor = parts.minor < 10 ? "0\(parts.minor)" : "\(parts.minor)"
            text += "." + (minor.hasSuffix("0") ? String(minor.prefix(1)) : minor)
        }
        return (parts.isNegative ? "-" : "") + text + "%"
    }
}
