/// Heading numbers: Chinese style (第一章 / 一、 / （一） / 1. / (1)) for zh, decimal (1 / 1.1 / 1.1.1) for en.
enum Numbering {
    /// `path` holds the 1-based counters from the part down to this heading: [part, section, h3, h4, …].
    static func number(_ path: [Int], language: Language) -> String {
        guard let last = path.last else { return "" }
        if language == .en { return path.map(String.init).joined(separator: ".") }
        switch path.count {
        case 1: return "第\(chinese(last))章"
        case 2: return "\(chinese(last))、"
        case 3: return "（\(chinese(last))）"
        case 4: return "\(last)."
        case 5: return "(\(last))"
        default: return ""
        }
    }

    private static let digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

    /// Chinese numerals for counting (1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五).
    static func chinese(_ n: Int) -> String {
        guard n > 0 else { return digits[0] }
        if n < 10 { return digits[n] }
        if n < 20 { return "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 100 { return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]) }
        if n < 1000 {
            let rest = n % 100
            let tail = rest == 0 ? "" : (rest < 10 ? "零" + digits[rest] : (rest < 20 ? "一" : "") + chinese(rest))
            return digits[n / 100] + "百" + tail
        }
        return String(n)
    }
}
