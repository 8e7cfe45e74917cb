import Foundation

/// A number as a spreadsheet stores it — the `<v>` text of an .xlsx cell, xsd:double's lexical form:
/// `1234.5`, `-0.13`, `1.5E-3`, `1E+20` — read exactly into a `Decimal`, never through `Double`.
///
/// The mantissa goes through `DecimalText` (so the same strictness holds: the whole token or nothing),
/// the exponent shifts it by powers of ten, and the result is rounded half-up to the 15 significant
/// digits Excel itself keeps and shows. Excel saves a computed value with up to 17 digits
/// (`=0.1*3` is stored as `0.30000000000000004`); 15 digits give back the number Excel displays
/// (`0.3`), which is what the person who made the sheet priced.
public enum SpreadsheetNumber {
    /// Excel's precision (its specifications and limits: "number precision 15 digits").
    public static let significantDigits = 15
    /// Exponents beyond this are not prices; refused before any arithmetic.
    public static let maxExponent = 100

    public static func parse(_ text: String) -> Result<Decimal, DecimalText.Failure> {
        let pieces = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "E" || $0 == "e" })
        guard pieces.count <= 2, !pieces[0].contains(",") else { return .failure(.notANumber) }
        let mantissa: Decimal
        switch DecimalText.parse(pieces[0]) {
        case .success(let m): mantissa = m
        case .failure(let f): return .failure(f == .exponent ? .notANumber : f)
        }
        var exponent = 0
        if pieces.count == 2 {
            var digits = pieces[1]
            let negative = digits.first == "-"
            if digits.first == "-" || digits.first == "+" { digits = digits.dropFirst() }
            guard !digits.isEmpty, digits.count <= 3, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let e = Int(digits),
                  e <= maxExponent else { return .failure(.notANumber) }
            exponent = negative ? -e : e
        }
        let value = exponent == 0 ? mantissa : mantissa * Decimal(sign: .plus, exponent: exponent, significand: 1)
        return .success(rounded(value))
    }

    /// `value` rounded half-up to `significantDigits` significant digits.
    static func rounded(_ value: Decimal) -> Decimal {
        guard !value.isZero else { return 0 }
        var magnitude = abs(value)
        var power = 0  // value = m × 10^power with 1 ≤ m < 10
        while magnitude >= 10 { magnitude /= 10; power += 1 }
        while magnitude < 1 { magnitude *= 10; power -= 1 }
        return Money.round(value, scale: significantDigits - 1 - power)
    }
}
