import Foundation

/// The one strict reader of decimal figures typed by people: bid.yaml, the requirements file, CSV
/// price lists, and any later input (xlsx price lists, tender import, amounts found in a bid's text).
///
/// `Decimal(string:)` reads a prefix and stops ("2.000.000" → 2, "2000-000" → 2000, "1e127" → an
/// exponent, "." → 0), which turns a typo into a wrong price. Here the whole token is a number or
/// the input is rejected, with the reason:
///
/// - an optional `-`, then ASCII digits, then optionally `.` and at least one digit;
/// - thousands separators only as `,` every three digits from the decimal point (`1,234,567.89`);
/// - no `+`, exponent, spaces, underscores, currency signs, `NaN`/`Infinity`, or full-width digits;
/// - at most 38 significant digits, what `Decimal` holds exactly (more would be rounded silently).
public enum DecimalText {
    /// Significant digits a `Decimal` holds exactly (its mantissa is 128 bits: 10^38 < 2^128).
    public static let maxSignificantDigits = 38

    /// Why a text is not a decimal figure, phrased as advice to the person who typed it.
    public enum Failure: Error, Equatable, Sendable, CustomStringConvertible {
        case empty
        case exponent
        case multiplePoints
        case grouping
        case tooManyDigits(Int)
        case notANumber

        public var description: String {
            switch self {
            case .empty: return "the value is empty"
            case .exponent: return "exponents are not accepted; write the digits out"
            case .multiplePoints: return "a number has one decimal point, and thousands separators are commas: 1,234,567.89"
            case .grouping: return "thousands separators go every three digits: 1,234,567.89"
            case .tooManyDigits(let n): return "\(n) significant digits; at most \(DecimalText.maxSignificantDigits) are kept exactly"
            case .notANumber: return "write digits with an optional '-' and one decimal point, e.g. 1234.50 or 1,234.50"
            }
        }
    }

    /// Parses the whole of `text` (no trimming: callers trim what their format allows).
    public static func parse(_ text: some StringProtocol) -> Result<Decimal, Failure> {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return .failure(.empty) }
        var body = bytes[...]
        let negative = body.first == UInt8(ascii: "-")
        if negative { body = body.dropFirst() }
        guard body.allSatisfy({ isDigit($0) || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ".") }) else {
            if body.contains(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }),
               body.first.map(isDigit) == true, body.allSatisfy({ isDigit($0) || "eE.+-".utf8.contains($0) }) {
                return .failure(.exponent)
            }
            return .failure(.notANumber)
        }
        let pieces = body.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard pieces.count <= 2 else {
            return .failure(pieces.allSatisfy { !$0.isEmpty } ? .multiplePoints : .notANumber)
        }
        let integer = pieces[0]
        let fraction = pieces.count == 2 ? pieces[1] : []
        guard !integer.isEmpty, pieces.count == 1 || !fraction.isEmpty else { return .failure(.notANumber) }
        guard !fraction.contains(UInt8(ascii: ",")) else { return .failure(.grouping) }
        guard let digits = ungrouped(integer) else { return .failure(.grouping) }
        // Digits of the mantissa when the value is stored exactly: leading zeros and the fraction's
        // trailing zeros do not count. A fraction longer than that is refused too (its scale would be).
        let isZero: (UInt8) -> Bool = { $0 == UInt8(ascii: "0") }
        let fractionDigits = fraction.count - fraction.reversed().prefix(while: isZero).count
        let significant = (digits + fraction.prefix(fractionDigits)).drop(while: isZero).count
        let counted = max(significant, fractionDigits)
        guard counted <= maxSignificantDigits else { return .failure(.tooManyDigits(counted)) }
        if let value = exactly(digits, fraction, negative: negative) { return .success(value) }
        let normalized = (negative ? "-" : "") + String(decoding: digits, as: UTF8.self)
            + (fraction.isEmpty ? "" : "." + String(decoding: fraction, as: UTF8.self))
        guard let value = Decimal(string: normalized, locale: Money.posix), !value.isNaN else { return .failure(.notANumber) }
        return .success(value)
    }

    /// A non-zero figure of at most 18 significant digits, built from its digits: the same Decimal,
    /// bit for bit, as `Decimal(string:)` makes of it (both compact the mantissa) at a tenth of the
    /// cost, which was a third of loading a 5,000-line CSV price list. Zero (whose sign and exponent
    /// `Decimal(string:)` treats its own way) and longer figures go through `Decimal(string:)`.
    private static func exactly(_ digits: [UInt8], _ fraction: ArraySlice<UInt8>, negative: Bool) -> Decimal? {
        var mantissa: UInt64 = 0
        var significant = 0
        for byte in digits + fraction {
            let digit = UInt64(byte &- UInt8(ascii: "0"))
            if mantissa == 0 && digit == 0 { continue }
            significant += 1
            guard significant <= 18 else { return nil }
            mantissa = mantissa &* 10 &+ digit
        }
        guard mantissa != 0 else { return nil }
        return Decimal(sign: negative ? .minus : .plus, exponent: -fraction.count, significand: Decimal(mantissa))
    }

    /// Digits of an integer part that is plain ("1856000") or grouped in threes ("1,856,000").
    private static func ungrouped(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        let groups = text.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        guard groups.count > 1 else { return Array(text) }
        for (index, group) in groups.enumerated() {
            guard index == 0 ? (1...3).contains(group.count) : group.count == 3 else { return nil }
        }
        return groups.flatMap { $0 }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
