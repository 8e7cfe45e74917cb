import Foundation

/// An amount split into the pieces every amount-in-words writer needs: the sign, the decimal
/// digits of the whole units, and the minor units (fen / cents, 0...99).
///
/// Why a separate type: the words writers and `Money.format` must agree exactly on the value
/// they print, and must never go through `Double` (a bid price of 2.675 has to print as 2.68,
/// not 2.67). Everything is derived from the half-up rounded `Decimal` and its exact digits,
/// so the result is the same on every platform and in every locale.
struct AmountParts: Equatable, Sendable {
    /// True for amounts below zero after rounding (so -0.001 is not negative).
    var isNegative: Bool
    /// Decimal digits of the whole units, most significant first, no leading zeros ("0" → [0]).
    var integerDigits: [UInt8]
    /// Minor units after rounding to two decimal places, 0...99.
    var minor: Int

    /// Splits `value` after rounding it half-up to two decimal places.
    /// Returns nil only for NaN, which has no digits to print.
    init?(_ value: Decimal) {
        if value.isNaN { return nil }
        let rounded = Money.round(value, scale: 2)
        let magnitude = rounded < 0 ? -rounded : rounded
        // After rounding to 2 places, magnitude × 100 is an integer; its digits are the
        // whole units followed by exactly two minor-unit digits.
        guard var digits = AmountParts.integerDigits(of: magnitude * 100) else { return nil }
        while digits.count < 3 { digits.insert(0, at: 0) }
        let tens = Int(digits[digits.count - 2])
        let ones = Int(digits[digits.count - 1])
        var whole = Array(digits.dropLast(2))
        while whole.count > 1, whole.first == 0 { whole.removeFirst() }
        self.integerDigits = whole
        self.minor = tens * 10 + ones
        self.isNegative = rounded < 0
    }

    /// True when both the whole and the minor part are zero.
    var isZero: Bool { minor == 0 && integerDigits.allSatisfy { $0 == 0 } }

    /// Digits of a non-negative integral `Decimal`, most significant first.
    ///
    /// `Decimal.description` prints plain digits (no exponent, no grouping) on both Foundation
    /// implementations; we still validate it and fall back to exact long division, so a change
    /// in that format can never produce wrong words.
    static func integerDigits(of value: Decimal) -> [UInt8]? {
        if value.isNaN || value < 0 { return nil }
        let text = value.description
        if !text.isEmpty, text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            return text.utf8.map { $0 - 48 }
        }
        return integerDigitsByDivision(of: value)
    }

    /// Exact digit extraction by repeated division by ten; independent of any string format.
    /// Non-integral input is rounded half-up to an integer first.
    static func integerDigitsByDivision(of value: Decimal) -> [UInt8]? {
        if value.isNaN || value < 0 { return nil }
        var remaining = Money.round(value, scale: 0)
        if remaining == 0 { return [0] }
        var digits: [UInt8] = []
        while remaining > 0 {
            var quotient = remaining / 10
            var truncated = Decimal()
            NSDecimalRound(&truncated, &quotient, 0, .down)
            let digit = remaining - truncated * 10
            guard let small = (0...9).first(where: { Decimal($0) == digit }) else { return nil }
            digits.append(UInt8(small))
            remaining = truncated
        }
        return digits.reversed()
    }
}
