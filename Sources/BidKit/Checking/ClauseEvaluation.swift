import Foundation

/// How a clause response's offer fares against the clause's numeric bounds: the one evaluation behind
/// the `mandatory-clauses` findings and the compliance status of every report.
struct ClauseEvaluation: Sendable {
    enum Result: Equatable, Sendable {
        /// The offered quantity (as written) meets the bound.
        case met(String)
        /// It falls short.
        case notMet(String)
        /// The offer states quantities, none in a unit comparable with the bound's.
        case incomparable(String)
    }

    var bound: NumericBound
    var result: Result

    /// The bound data of the requirement, else the bounds its text states; each paired with the offered
    /// quantity of the same dimension in the same order (the second bound in hours with the second
    /// offered hours: "不超过 2 h 响应，24 h 内修复" against "2 h 内响应，4 h 内到场，24 h 内修复"). An offer
    /// without any quantity gives no verdict: "满足" cannot be measured.
    static func evaluate(_ requirement: Requirement, offer: String?) -> [ClauseEvaluation] {
        guard let offer, !offer.isEmpty else { return [] }
        let bounds = requirement.bound.map { [$0] } ?? NumericBound.all(in: requirement.text)
        guard !bounds.isEmpty else { return [] }
        let offered = QuantityScanner.quantities(in: offer)
        guard !offered.isEmpty else { return [] }
        let ranges = offeredRanges(offered, in: offer)
        var seen: [String: Int] = [:]
        return bounds.compactMap { bound -> ClauseEvaluation? in
            guard let unit = bound.quantityUnit else { return nil }
            let index = seen[unit.dimension, default: 0]
            seen[unit.dimension] = index + 1
            if bound.op == .between {
                let candidates = ranges.filter { bound.comparable(with: $0.1.unit) }
                if !candidates.isEmpty {
                    let (low, high, text) = candidates[min(index, candidates.count - 1)]
                    return ClauseEvaluation(bound: bound, result: bound.isMet(low: low, high: high) ? .met(text) : .notMet(text))
                }
            }
            let same = offered.filter { bound.comparable(with: $0.unit) }
            guard !same.isEmpty else {
                let units = offered.compactMap(\.unit).map(\.written)
                return units.isEmpty ? nil : ClauseEvaluation(bound: bound, result: .incomparable(units.joined(separator: ", ")))
            }
            let q = same[min(index, same.count - 1)]
            let text = (offer as NSString).substring(with: NSRange(location: q.offset, length: q.length))
            return ClauseEvaluation(bound: bound, result: bound.isMet(by: q) ? .met(text) : .notMet(text))
        }
    }

    /// Offered ranges ("-40℃～+70℃"): two quantities joined by a range word, with the range's text.
    private static func offeredRanges(_ quantities: [Quantity], in offer: String) -> [(Quantity, Quantity, String)] {
        let ns = offer as NSString
        return zip(quantities, quantities.dropFirst()).compactMap { a, b in
            let start = a.offset + a.length
            guard b.offset >= start, b.offset - start <= 5 else { return nil }
            let gap = ns.substring(with: NSRange(location: start, length: b.offset - start)).trimmingCharacters(in: .whitespaces)
            guard NumericBound.rangeJoiners.contains(gap.lowercased()) else { return nil }
            var low = a
            if low.unit == nil { low.unit = b.unit }
            return (low, b, ns.substring(with: NSRange(location: a.offset, length: b.offset + b.length - a.offset)))
        }
    }

    var failed: Bool { if case .notMet = result { return true } else { return false } }
}
