/// Where a line may break when there is no space: a small subset of UAX #14 plus the
/// Chinese/Japanese line-breaking rules (kinsoku) that matter for bid documents.
///
/// Latin text breaks only at spaces, so a word stays whole. CJK text has no spaces and may
/// break between any two ideographs — but a line must not start with closing punctuation
/// (，。）》) and must not end with opening punctuation (（《“), or the page looks broken.
enum LineBreakRules {
    /// Characters that must not begin a line: closing brackets and quotes, sentence and clause
    /// punctuation, small kana, the prolonged sound mark, percent and degree signs.
    static let noLineStart: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〕", "〗", "〙", "〛",
        "〉", "｝", "］", "”", "’", "〞", "〟", "．", "・", "·", "…", "‥", "—", "～", "％", "‰",
        "℃", "°", "′", "″", "々", "〻", "ー", "ぁ", "ぃ", "ぅ", "ぇ", "ぉ", "っ", "ゃ", "ゅ", "ょ",
        "ゎ", "ァ", "ィ", "ゥ", "ェ", "ォ", "ッ", "ャ", "ュ", "ョ", "ヮ", "ヵ", "ヶ", "｡", "､",
        ",", ".", ";", ":", "?", "!", ")", "]", "}", "%",
    ]

    /// Characters that must not end a line: opening brackets and quotes, and currency signs
    /// that belong to the amount after them.
    static let noLineEnd: Set<Character> = [
        "（", "《", "「", "『", "【", "〔", "〖", "〘", "〚", "〈", "｛", "［", "“", "‘", "〝",
        "￥", "＄", "(", "[", "{", "$", "£", "€", "¥",
    ]

    /// Whether a break is allowed between two adjacent non-space characters.
    static func canBreak(between before: Character, and after: Character) -> Bool {
        canBreak(between: BreakClass(before), and: BreakClass(after))
    }

    static func canBreak(between before: BreakClass, and after: BreakClass) -> Bool {
        if after.contains(.noLineStart) || before.contains(.noLineEnd) { return false }
        return before.contains(.ideographic) || after.contains(.ideographic)
    }

    /// CJK-like: breaks are allowed on either side (subject to the kinsoku sets). Only wide
    /// characters count, so narrow curly quotes and dashes in English ("don’t", "a—b") keep
    /// gluing their word together, while in Chinese they sit next to an ideograph that breaks.
    static func isIdeographic(_ c: Character) -> Bool { DisplayWidth.isWide(c) }

    /// The kinsoku sets as scalar values (every member is one scalar), for `BreakClass`.
    static let classOfScalar: [UInt32: BreakClass] = {
        var table: [UInt32: BreakClass] = [:]
        for c in noLineStart { for s in c.unicodeScalars { table[s.value, default: []].insert(.noLineStart) } }
        for c in noLineEnd { for s in c.unicodeScalars { table[s.value, default: []].insert(.noLineEnd) } }
        return table
    }()
}

/// What the line-breaking rules need to know about one character, computed once per character.
struct BreakClass: OptionSet, Sendable, Hashable {
    let rawValue: UInt8
    static let noLineStart = BreakClass(rawValue: 1)
    static let noLineEnd = BreakClass(rawValue: 2)
    /// Wide whatever the locale: breaks are allowed on either side.
    static let ideographic = BreakClass(rawValue: 4)
    /// A space or a tab: a break, and the gap before the next chunk.
    static let space = BreakClass(rawValue: 8)
    /// An ASCII character (never hangs past the margin).
    static let ascii = BreakClass(rawValue: 16)
    /// A figure or what belongs to one (`,` `.` `%` `¥` …): a chunk of these and punctuation is
    /// an amount, which is never split.
    static let numeric = BreakClass(rawValue: 32)
    static let digit = BreakClass(rawValue: 64)

    init(rawValue: UInt8) { self.rawValue = rawValue }

    /// The class of a scalar that is a character of its own (`Scalars.standsAlone`).
    @inline(__always)
    init(scalar s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 {
            self = Self.asciiClasses[Int(v)]
            return
        }
        if (0x4E00...0x9FFF).contains(v) {
            self = .ideographic
            return
        }
        var c = LineBreakRules.classOfScalar[v] ?? []
        if DisplayWidth.of(s) == 2 { c.insert(.ideographic) }
        if Self.currency.contains(v) || v == 0x2030 { c.insert(.numeric) }
        if (0xFF10...0xFF19).contains(v) { c.formUnion([.numeric, .digit]) }
        self = c
    }

    /// The class of any character (a cluster of several scalars included), by the `Character`
    /// sets: the reference the scalar path agrees with.
    init(_ c: Character) {
        var result: BreakClass = []
        if c == " " || c == "\t" { result.insert(.space) }
        if LineBreakRules.noLineStart.contains(c) { result.insert(.noLineStart) }
        if LineBreakRules.noLineEnd.contains(c) { result.insert(.noLineEnd) }
        if DisplayWidth.isWide(c) { result.insert(.ideographic) }
        if c.isASCII { result.insert(.ascii) }
        if c.unicodeScalars.count == 1, let s = c.unicodeScalars.first {
            let single = s.value < 0x80 ? Self.asciiClasses[Int(s.value)] : BreakClass(scalar: s)
            result.formUnion(single.intersection([.numeric, .digit]))
        }
        self = result
    }

    private static let currency: Set<UInt32> = [0xA3, 0xA5, 0x20AC, 0xFFE5, 0xFF04, 0xFFE1]

    private static let asciiClasses: [BreakClass] = (0..<128).map { v -> BreakClass in
        var c: BreakClass = .ascii
        let ch = Character(Unicode.Scalar(UInt8(v)))
        if v == 0x20 || v == 0x09 { c.insert(.space) }
        if LineBreakRules.noLineStart.contains(ch) { c.insert(.noLineStart) }
        if LineBreakRules.noLineEnd.contains(ch) { c.insert(.noLineEnd) }
        if (0x30...0x39).contains(v) { c.formUnion([.numeric, .digit]) }
        if ",.%+-$".unicodeScalars.contains(Unicode.Scalar(UInt8(v))) { c.insert(.numeric) }
        return c
    }
}
