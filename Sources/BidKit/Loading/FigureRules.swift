import BidKitMoney
import Foundation

/// What a figure in a project may be, beyond being a decimal (docs/bid-project.md, "Figures"):
/// amounts and quantities below 10^15 in magnitude, so that products, sums and every later step stay
/// exact in `Decimal` (38 digits), and the sign each key's meaning allows.
enum FigureRules {
    /// 10^15: a quadrillion, far above any tender, and small enough that quantity × unit price
    /// of 10,000 lines never leaves Decimal's exact range.
    static let limit = Decimal(sign: .plus, exponent: 15, significand: 1)

    enum Sign {
        case positive, nonNegative, negative
        /// Any sign (a stated line amount is checked against quantity × unit price instead).
        case any
    }

    /// "expected a decimal amount, found '2.000.000' for 'tender.ceiling'; a number has one decimal point, …"
    static func notADecimal(_ text: String, field: String, reason: DecimalText.Failure) -> String {
        "expected a decimal amount, found '\(text)' for \(field); \(reason)"
    }

    /// `value` if it has the sign and size the key allows; otherwise an error at `location`.
    @discardableResult
    static func check(_ value: Decimal, _ sign: Sign, field: String, at location: SourceLocation, why: String = "") throws -> Decimal {
        let reason = why.isEmpty ? "" : " (\(why))"
        switch sign {
        case .positive where value <= 0:
            throw LoadError(location, "\(field) must be greater than 0, found \(value)\(reason)")
        case .nonNegative where value < 0:
            throw LoadError(location, "\(field) must not be negative, found \(value)\(reason)")
        case .negative where value >= 0:
            throw LoadError(location, "\(field) must be negative, found \(value)\(reason)")
        default:
            break
        }
        guard abs(value) < limit else {
            throw LoadError(location, "\(field) is \(value); amounts and quantities must be below 10^15 (1,000,000,000,000,000)")
        }
        return value
    }
}

extension YAMLValue {
    /// A decimal figure of the given sign, below 10^15.
    func figure(_ sign: FigureRules.Sign, why: String = "") throws -> Decimal {
        try FigureRules.check(try decimal(), sign, field: label, at: location, why: why)
    }
}

extension YAMLValue {
    /// A rate or fraction written either way people write one: `0.13` or `13%` (also `13 %` and the
    /// full-width `13％` a Chinese input method types). A percentage is divided by 100, exactly.
    func rate(_ sign: FigureRules.Sign) throws -> Decimal {
        guard let percent = try percentage() else { return try figure(sign) }
        return try FigureRules.check(percent, sign, field: label, at: location)
    }

    /// The fraction a `…%` scalar means, or nil when the scalar is not written as a percentage.
    func percentage() throws -> Decimal? {
        guard case .scalar = node else { return nil }
        let text = try string().trimmingCharacters(in: .whitespaces)
        guard let last = text.last, last == "%" || last == "％" else { return nil }
        let number = String(text.dropLast()).trimmingCharacters(in: .whitespaces)
        switch DecimalText.parse(number) {
        case .success(let p): return p / 100
        case .failure(let reason): throw error("expected a percentage such as 13% (or a fraction such as 0.13), found '\(text)' for \(label); \(reason)")
        }
    }
}
