import Foundation

/// A numeric bound a clause states — "不低于 400 万像素", "≥ 99.9%", "at least 5,000 users", "60 日历天内",
/// "-30℃～+60℃", "2~4 人" — or its `bound:` data, and the test of an offered quantity against it.
/// The one place bound phrasing is understood (the checker and the tender importer both read it).
public struct NumericBound: Sendable, Equatable, CustomStringConvertible {
    public enum Operator: String, Sendable, CaseIterable {
        case atLeast = ">=", atMost = "<=", above = ">", below = "<", between
    }

    public var op: Operator
    /// The bound (the lower one for `between`), in `unit`.
    public var value: Decimal
    /// The upper bound for `between`.
    public var upper: Decimal?
    /// The unit as written ("万像素", "days"); empty when the clause names none.
    public var unit: String
    /// For `between`: an offered range must cover the required one (operating temperatures,
    /// "范围不窄于"), rather than lie inside it (staffing "2~4 人").
    public var covering = false
    /// The phrase as the clause writes it, for messages.
    public var phrase: String
    var quantityUnit: QuantityUnit?

    public init(op: Operator, value: Decimal, upper: Decimal? = nil, unit: String, covering: Bool = false, phrase: String? = nil) {
        self.op = op
        self.value = value
        self.upper = upper
        self.unit = unit
        self.covering = covering
        self.quantityUnit = QuantityUnit.parse(unit)
        self.phrase = phrase ?? NumericBound.describe(op, value, upper, unit)
    }

    public var description: String { phrase }

    private static func describe(_ op: Operator, _ value: Decimal, _ upper: Decimal?, _ unit: String) -> String {
        let u = unit.isEmpty ? "" : " " + unit
        switch op {
        case .between: return "\(value)～\(upper ?? value)\(u)"
        case .atLeast: return "≥ \(value)\(u)"
        case .atMost: return "≤ \(value)\(u)"
        case .above: return "> \(value)\(u)"
        case .below: return "< \(value)\(u)"
        }
    }

    /// The bound's value in its dimension's base unit.
    var normalizedValue: Decimal { value * (quantityUnit?.factor ?? 1) }
    var normalizedUpper: Decimal? { upper.map { $0 * (quantityUnit?.factor ?? 1) } }

    /// Whether one offered quantity (already in a comparable unit) meets the bound.
    func isMet(by q: Quantity) -> Bool {
        let v = q.normalized, b = normalizedValue
        if quantityUnit?.dimension == "ip rating", op == .atLeast || op == .above {
            // IP67 meets IP66: each digit (solids, water) at least the required one.
            func digits(_ d: Decimal) -> (Decimal, Decimal) {
                let tens = (d / 10).rounded(down: ())
                return (tens, d - tens * 10)
            }
            let (vs, vw) = digits(v), (bs, bw) = digits(b)
            return vs >= bs && vw >= bw && (op == .atLeast || v != b)
        }
        switch op {
        case .atLeast: return v >= b
        case .atMost: return v <= b
        case .above: return v > b
        case .below: return v < b
        case .between: return v >= b && v <= (normalizedUpper ?? b)
        }
    }

    /// Whether an offered range [low, high] meets a `between` bound.
    func isMet(low: Quantity, high: Quantity) -> Bool {
        let lo = min(low.normalized, high.normalized), hi = max(low.normalized, high.normalized)
        let b = normalizedValue, u = normalizedUpper ?? b
        return covering ? lo <= b && hi >= u : lo >= b && hi <= u
    }

    func comparable(with unit: QuantityUnit?) -> Bool {
        guard let mine = quantityUnit, let unit else { return false }
        return mine.comparable(with: unit)
    }
}

extension Decimal {
    /// Rounded toward negative infinity to an integer.
    func rounded(down: ()) -> Decimal {
        var value = self, result = Decimal()
        NSDecimalRound(&result, &value, 0, .down)
        return result
    }
}
