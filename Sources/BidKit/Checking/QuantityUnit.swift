import Foundation

/// Units of the quantities tenders bound, normalised so that an offer in a different but equivalent
/// unit is compared ("3 天" against "不超过 72 小时", "4 MP" against "不低于 400 万像素") and an offer in
/// another dimension is recognised as incomparable.
///
/// A hand-written table: the units are those of Chinese and English tender clauses (日历天, 槽位,
/// 万像素, 人次 …), which no units library lists, and comparing needs only a factor per unit.
struct QuantityUnit: Sendable, Equatable {
    /// What is measured ("time", "pixels"); units of one dimension compare after scaling.
    var dimension: String
    /// The unit in the dimension's base unit (hours → 3600 s).
    var factor: Decimal
    /// The unit as written.
    var written: String

    /// Decimal literal from a string the table controls.
    private static func d(_ s: String) -> Decimal { Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")) ?? 1 }

    /// (aliases, dimension, factor). Aliases are matched longest first, ASCII ones case-insensitively
    /// except where case carries meaning (MP, Mbps, m vs M).
    private static let table: [(names: [String], dimension: String, factor: Decimal)] = [
        (["毫秒", "ms", "millisecond", "milliseconds"], "time", d("0.001")),
        (["秒", "s", "sec", "secs", "second", "seconds"], "time", 1),
        (["分钟", "min", "mins", "minute", "minutes"], "time", 60),
        (["小时", "h", "hr", "hrs", "hour", "hours"], "time", 3600),
        (["日历天", "天", "日", "d", "day", "days", "calendar day", "calendar days"], "time", 86400),
        (["周", "星期", "week", "weeks"], "time", 604800),
        (["个月", "月", "month", "months"], "months", 1),
        (["年", "year", "years", "yr", "yrs"], "months", 12),
        (["工作日", "working day", "working days", "business day", "business days"], "working days", 1),
        (["个", "槽", "槽位", "slot", "slots"], "slots", 1),
        (["像素", "pixel", "pixels"], "pixels", 1),
        (["万像素"], "pixels", 10000),
        (["MP", "megapixel", "megapixels", "百万像素"], "pixels", 1_000_000),
        (["%", "％", "percent"], "percent", 1),
        (["B", "byte", "bytes"], "bytes", 1),
        (["KB"], "bytes", 1000), (["MB"], "bytes", 1_000_000), (["GB"], "bytes", 1_000_000_000),
        (["TB"], "bytes", d("1000000000000")), (["PB"], "bytes", d("1000000000000000")),
        (["bps"], "bit rate", 1), (["kbps", "Kbps"], "bit rate", 1000), (["Mbps"], "bit rate", 1_000_000),
        (["Gbps"], "bit rate", 1_000_000_000), (["Tbps"], "bit rate", d("1000000000000")),
        (["pps"], "packet rate", 1), (["kpps", "Kpps"], "packet rate", 1000), (["Mpps"], "packet rate", 1_000_000),
        (["mm", "毫米"], "length", d("0.001")), (["cm", "厘米"], "length", d("0.01")), (["m", "米"], "length", 1),
        (["km", "公里", "千米"], "length", 1000),
        (["W", "瓦"], "power", 1), (["kW", "千瓦"], "power", 1000), (["MW"], "power", 1_000_000),
        (["VA"], "apparent power", 1), (["kVA"], "apparent power", 1000),
        (["℃", "°C", "摄氏度"], "temperature", 1),
        (["g", "克"], "mass", 1), (["kg", "千克", "公斤"], "mass", 1000), (["t", "吨"], "mass", 1_000_000),
        (["元"], "yuan", 1), (["万元"], "yuan", 10000), (["亿元"], "yuan", 100_000_000),
        (["路", "channel", "channels", "ch"], "channels", 1),
        (["人次"], "person-times", 1), (["盘位"], "bays", 1),
        (["user", "users"], "users", 1),
    ]

    /// Every alias, longest first, with its unit: the tokenizer's vocabulary.
    static let aliases: [(String, QuantityUnit)] = table.flatMap { entry in
        entry.names.map { ($0, QuantityUnit(dimension: entry.dimension, factor: entry.factor, written: $0)) }
    }.sorted { $0.0.count > $1.0.count }

    /// Case matters for these (MP vs mp is fine, but m/M, s/S, t/T and B/b do not mix).
    private static let caseSensitive: Set<String> = ["m", "MW", "mm", "s", "t", "B", "MB", "Mbps", "Mpps", "MP", "g", "W", "h", "d", "ms"]

    /// The unit `text` starts with (longest alias), or an unknown word/character taken as its own unit.
    /// The aliases by their first character, lower-cased: a unit is looked up among a handful.
    private static let byFirst: [Character: [(String, QuantityUnit)]] = Dictionary(grouping: aliases) { Character($0.0.prefix(1).lowercased()) }

    static func prefix(of text: Substring) -> QuantityUnit? {
        let first = text.first.map { Character(String($0).lowercased()) }
        for (alias, unit) in first.flatMap({ byFirst[$0] }) ?? [] where matches(alias, at: text) {
            // An ASCII alias must end at a word boundary: "m" is not the start of "month".
            let rest = text.dropFirst(alias.count)
            if alias.last.map({ $0.isASCII && $0.isLetter }) == true, let next = rest.first, next.isASCII && next.isLetter { continue }
            return unit
        }
        if let word = text.prefix(while: { $0.isASCII && $0.isLetter }).nonEmpty {
            // "5,000 concurrent users": an adjective before a known unit word; look two words ahead.
            var rest = text.dropFirst(word.count)
            for _ in 0..<2 {
                guard rest.first == " " else { break }
                rest = rest.dropFirst()
                let next = rest.prefix(while: { $0.isASCII && $0.isLetter })
                if !next.isEmpty, let known = aliases.first(where: { $0.0.count == next.count && matches($0.0, at: next) })?.1 {
                    return QuantityUnit(dimension: known.dimension, factor: known.factor,
                                        written: String(text[..<rest.index(rest.startIndex, offsetBy: next.count)]))
                }
                rest = rest.dropFirst(next.count)
            }
            return QuantityUnit(dimension: "unit " + word.lowercased(), factor: 1, written: String(word))
        }
        if let han = text.first, han.unicodeScalars.first.map({ $0.properties.isIdeographic }) == true {
            return QuantityUnit(dimension: "unit " + String(han), factor: 1, written: String(han))
        }
        return nil
    }

    private static func matches(_ alias: String, at text: Substring) -> Bool {
        guard text.count >= alias.count else { return false }
        let head = text.prefix(alias.count)
        return caseSensitive.contains(alias) ? head == alias : head.lowercased() == alias.lowercased()
    }

    /// A unit named by a word the clause puts before its bound ("有效像素不低于 400 万"): the subject's
    /// last alias, so "像素" gives pixels.
    static func named(in subject: Substring) -> QuantityUnit? {
        // The subject is a short run of words: compare characters, not Foundation's range(of:).
        let chars = Array(subject)
        var best: (Int, QuantityUnit)?
        for (alias, unit) in hanAliases {
            let a = Array(alias)
            guard a.count <= chars.count else { continue }
            for start in stride(from: chars.count - a.count, through: 0, by: -1) where Array(chars[start..<start + a.count]) == a {
                if best.map({ start > $0.0 }) ?? true { best = (start, unit) }
                break
            }
        }
        return best?.1
    }

    /// The aliases written in CJK characters, longest first.
    private static let hanAliases = aliases.filter { $0.0.unicodeScalars.first.map { $0.properties.isIdeographic } == true }

    /// The unit a bound's data names (`unit: users`).
    static func parse(_ name: String) -> QuantityUnit? {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        if let unit = prefix(of: trimmed[...]), unit.written.count == trimmed.count { return unit }
        return QuantityUnit(dimension: "unit " + trimmed.lowercased(), factor: 1, written: trimmed)
    }

    func comparable(with other: QuantityUnit) -> Bool { dimension == other.dimension }
}

extension Substring {
    var nonEmpty: Substring? { isEmpty ? nil : self }
}
