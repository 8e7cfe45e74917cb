/// Several patterns can match one piece of text ("某某科技有限公司" and its short name "某某科技", a
/// 【TODO：…】 that is also a 【】 prompt): one finding is enough.
enum Overlaps {
    /// `items` without those that overlap a better-ranked one (lower `rank`, then earlier) at the same
    /// `place`, in their original order.
    static func removed<M>(_ items: [M], place: (M) -> String, column: (M) -> Int, length: (M) -> Int, rank: (M) -> Int) -> [M] {
        var kept: [String: [Range<Int>]] = [:]
        var out: [(M, Int)] = []
        for (order, m) in items.enumerated().sorted(by: { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }) {
            let range = column(m)..<(column(m) + max(1, length(m)))
            if kept[place(m), default: []].contains(where: { $0.overlaps(range) }) { continue }
            kept[place(m), default: []].append(range)
            out.append((m, order))
        }
        return out.sorted { $0.1 < $1.1 }.map(\.0)
    }
}
