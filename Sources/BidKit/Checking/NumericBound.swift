import Foundation

/// A numeric bound in a clause ("不低于 400 万", "≤ 30 days", "2 h 以内") and the quantities an offer
/// states, so a response's value can be compared with what the clause demands.
struct NumericBound: Equatable {
    enum Kind { case atLeast, atMost }
    var kind: Kind
    var value: Decimal
    var unit: String

    private static let quantity = #"(\d+(?:\.\d+)?)\s?([A-Za-z%℃]+|\p{Han}{1,3})?"#
    private static let prefix = try? NSRegularExpression(pattern:
        #"(≥|>=|不低于|不少于|不小于|至少|大于等于|≤|<=|不高于|不超过|不大于|不多于|小于等于|最多)\s*"# + quantity)
    private static let suffix = try? NSRegularExpression(pattern: quantity + #"\s*(以上|以内|以下)"#)
    private static let any = try? NSRegularExpression(pattern: quantity)

    /// The first bound a requirement's text states, if any.
    static func first(in text: String) -> NumericBound? {
        let ns = text as NSString
        let range = NSRange(location: 0, length: ns.length)
        func group(_ m: NSTextCheckingResult, _ i: Int) -> String {
            m.range(at: i).location == NSNotFound ? "" : ns.substring(with: m.range(at: i))
        }
        var candidates: [(Int, NumericBound)] = []
        if let m = prefix?.firstMatch(in: text, range: range), let v = Decimal(string: group(m, 2)) {
            let atLeast = ["≥", ">=", "不低于", "不少于", "不小于", "至少", "大于等于"].contains(group(m, 1))
            candidates.append((m.range.location, NumericBound(kind: atLeast ? .atLeast : .atMost, value: v, unit: group(m, 3))))
        }
        if let m = suffix?.firstMatch(in: text, range: range), let v = Decimal(string: group(m, 1)) {
            candidates.append((m.range.location, NumericBound(kind: group(m, 3) == "以上" ? .atLeast : .atMost, value: v, unit: group(m, 2))))
        }
        return candidates.min { $0.0 < $1.0 }?.1
    }

    /// The first quantity in `offer` stated in this bound's unit (a unit is needed: "24 口" is not "370 W").
    func offeredValue(in offer: String) -> Decimal? {
        guard !unit.isEmpty, let any = Self.any else { return nil }
        let ns = offer as NSString
        for m in any.matches(in: offer, range: NSRange(location: 0, length: ns.length)) {
            guard m.range(at: 2).location != NSNotFound else { continue }
            let u = ns.substring(with: m.range(at: 2))
            if u.hasPrefix(unit) || unit.hasPrefix(u) { return Decimal(string: ns.substring(with: m.range(at: 1))) }
        }
        return nil
    }

    func isMet(by value: Decimal) -> Bool { kind == .atLeast ? value >= self.value : value <= self.value }

    var description: String { "\(kind == .atLeast ? "≥" : "≤") \(value) \(unit)" }
}
