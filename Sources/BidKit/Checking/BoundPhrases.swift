import Foundation

/// Reads the bounds out of a clause's words: an operator before the quantity (不低于, ≥, at least,
/// within …), after it (以上, 以内, "N 小时内", "or more" …), or a range of two quantities.
extension NumericBound {
    /// Operators written before the quantity, longest first so "不小于" is never read as "小于".
    static let prefixOperators: [(String, Operator)] = [
        ("≥", .atLeast), (">=", .atLeast), ("⩾", .atLeast), ("不少于", .atLeast), ("不低于", .atLeast), ("不小于", .atLeast),
        ("不短于", .atLeast), ("不窄于", .atLeast), ("不得少于", .atLeast), ("不得低于", .atLeast), ("不得小于", .atLeast),
        ("不应少于", .atLeast), ("不应低于", .atLeast), ("应不少于", .atLeast), ("应不低于", .atLeast), ("至少", .atLeast),
        ("最少", .atLeast), ("大于等于", .atLeast), ("大于或等于", .atLeast), ("at least", .atLeast), ("a minimum of", .atLeast),
        ("minimum of", .atLeast), ("minimum", .atLeast), ("min.", .atLeast), ("no less than", .atLeast), ("not less than", .atLeast),
        ("no fewer than", .atLeast), ("not fewer than", .atLeast), ("greater than or equal to", .atLeast), ("no lower than", .atLeast),
        ("not lower than", .atLeast), ("no shorter than", .atLeast),
        ("≤", .atMost), ("<=", .atMost), ("⩽", .atMost), ("不超过", .atMost), ("不大于", .atMost), ("不高于", .atMost), ("不多于", .atMost),
        ("不长于", .atMost), ("不得超过", .atMost), ("不得大于", .atMost), ("不得高于", .atMost), ("不应超过", .atMost), ("应不超过", .atMost),
        ("最多", .atMost), ("最长", .atMost), ("小于等于", .atMost), ("小于或等于", .atMost), ("no more than", .atMost),
        ("not more than", .atMost), ("not exceed", .atMost), ("not to exceed", .atMost), ("not exceeding", .atMost),
        ("a maximum of", .atMost), ("maximum of", .atMost), ("maximum", .atMost), ("max.", .atMost), ("up to", .atMost),
        ("within", .atMost), ("less than or equal to", .atMost), ("no longer than", .atMost), ("no higher than", .atMost),
        (">", .above), ("大于", .above), ("高于", .above), ("more than", .above), ("greater than", .above), ("higher than", .above),
        ("<", .below), ("小于", .below), ("低于", .below), ("less than", .below), ("fewer than", .below), ("lower than", .below),
    ].sorted { $0.0.count > $1.0.count }

    /// Operators written after the quantity and its unit. "内" alone bounds a time ("60 日历天内", "2 h 内").
    static let suffixOperators: [(String, Operator)] = [
        ("及以上", .atLeast), ("或以上", .atLeast), ("以上", .atLeast), ("or more", .atLeast), ("or above", .atLeast),
        ("or higher", .atLeast), ("or greater", .atLeast), ("and above", .atLeast), ("or longer", .atLeast),
        ("及以内", .atMost), ("以内", .atMost), ("及以下", .atMost), ("或以下", .atMost), ("以下", .atMost), ("or less", .atMost),
        ("or fewer", .atMost), ("or lower", .atMost), ("or below", .atMost), ("or shorter", .atMost),
    ].sorted { $0.0.count > $1.0.count }

    /// Words that join two quantities into a range.
    static let rangeJoiners = ["～", "~", "〜", "至", "到", "－", "-", "–", "—", "to", "and"]
    /// Words near a range saying an offered range must cover it.
    static let coveringWords = ["范围", "不窄于", "宽于", "range", "operating", "wide"]
    /// Where the clause's subject (the noun naming a unit-less bound's unit) starts.
    private static let subjectStops: Set<Character> = ["，", "。", "；", "、", ",", ";", "：", ":", "（", "(", "\n"]

    /// Every bound `text` states, left to right.
    public static func all(in text: String) -> [NumericBound] {
        let ns = text as NSString
        let quantities = QuantityScanner.quantities(in: text)
        var out: [NumericBound] = []
        var i = 0
        while i < quantities.count {
            let q = quantities[i]
            let before = ns.substring(to: q.offset)
            let prefix = operatorBefore(before)
            // A range: "-30℃～+60℃", "2~4 人"; "-" and "to" only between quantities with a known unit.
            if i + 1 < quantities.count, let joiner = joiner(between: q, quantities[i + 1], in: ns),
               let unit = quantities[i + 1].unit ?? q.unit, !(["-", "－", "to", "and"].contains(joiner) && unit.dimension.hasPrefix("unit ")) {
                let r = quantities[i + 1]
                let phrase = ns.substring(with: NSRange(location: q.offset, length: r.offset + r.length - q.offset))
                let around = before.suffix(12) + phrase
                var bound = NumericBound(op: .between, value: q.value, upper: r.value, unit: unit.written,
                                         covering: unit.dimension == "temperature" || coveringWords.contains { around.localizedCaseInsensitiveContains($0) },
                                         phrase: (prefix?.0 ?? "") + phrase)
                bound.quantityUnit = unit
                out.append(bound)
                i += 2
                continue
            }
            let after = ns.substring(from: q.offset + q.length)
            let suffix = operatorAfter(after, unit: q.unit)
            if let (written, op) = prefix ?? suffix.map({ ($0.0, $0.1) }) {
                let unit = q.unit ?? QuantityUnit.named(in: subject(of: before, dropping: prefix?.0 ?? ""))
                let body = ns.substring(with: NSRange(location: q.offset, length: q.length))
                let phrase = prefix != nil ? written + " " + body : body + " " + written
                var bound = NumericBound(op: op, value: q.value, unit: unit?.written ?? "", phrase: phrase)
                bound.quantityUnit = unit
                out.append(bound)
            }
            i += 1
        }
        return out
    }

    /// The operator `before` ends with (spaces and a colon allowed between it and the number).
    private static func operatorBefore(_ before: String) -> (String, Operator)? {
        var trimmed = Substring(before)
        while let last = trimmed.last, last == " " || last == "：" || last == ":" || last == "\u{00A0}" { trimmed = trimmed.dropLast() }
        let lower = trimmed.lowercased()
        for (word, op) in prefixOperators where lower.hasSuffix(word) {
            // An English operator is a whole word: "within" but not "notwithin".
            if let first = word.first, first.isLetter, first.isASCII {
                let start = lower.index(lower.endIndex, offsetBy: -word.count)
                if start > lower.startIndex, lower[lower.index(before: start)].isLetter { continue }
            }
            return (String(trimmed.suffix(word.count)), op)
        }
        return nil
    }

    private static func operatorAfter(_ after: String, unit: QuantityUnit?) -> (String, Operator)? {
        let trimmed = after.drop { $0 == " " }
        let lower = trimmed.lowercased()
        for (word, op) in suffixOperators where lower.hasPrefix(word) { return (String(trimmed.prefix(word.count)), op) }
        // "60 日历天内", "24 小时内", "2 h 内": a deadline.
        if trimmed.first == "内", unit?.dimension == "time" || unit?.dimension == "months" || unit?.dimension == "working days" {
            return ("内", .atMost)
        }
        return nil
    }

    private static func joiner(between a: Quantity, _ b: Quantity, in ns: NSString) -> String? {
        let start = a.offset + a.length
        guard b.offset >= start, b.offset - start <= 5 else { return nil }
        let gap = ns.substring(with: NSRange(location: start, length: b.offset - start)).trimmingCharacters(in: .whitespaces)
        return rangeJoiners.first { $0 == gap.lowercased() }
    }

    /// The words between the last clause break and the operator: "有效像素" in "摄像机有效像素不低于 400 万".
    private static func subject(of before: String, dropping op: String) -> Substring {
        var text = Substring(before)
        while let last = text.last, last == " " { text = text.dropLast() }
        text = text.dropLast(op.count)
        if let stop = text.lastIndex(where: { subjectStops.contains($0) }) { text = text[text.index(after: stop)...] }
        return text
    }
}
