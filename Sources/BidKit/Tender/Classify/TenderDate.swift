import BidKitMoney
import Foundation

/// Deadlines and periods as tenders print them: "2026年12月18日 9:30（北京时间）", "2026 年 12 月 18
/// 日上午 9 时 30 分", "January 15, 2027, 2:00 PM Pacific Standard Time (UTC-08:00)". The result is
/// ISO 8601 with the buyer's UTC offset; a deadline whose zone cannot be told is not guessed, except
/// that a Chinese tender's clock is Beijing time (+08:00) unless it says otherwise.
enum TenderDate {
    private static let zones: [(String, String)] = [
        ("北京时间", "+08:00"), ("pacific standard time", "-08:00"), ("pacific daylight time", "-07:00"), ("pst", "-08:00"),
        ("pdt", "-07:00"), ("mountain standard time", "-07:00"), ("central standard time", "-06:00"),
        ("eastern standard time", "-05:00"), ("eastern daylight time", "-04:00"), ("est", "-05:00"), ("edt", "-04:00"),
        ("greenwich mean time", "+00:00"), ("british summer time", "+01:00"), ("central european time", "+01:00"),
        ("singapore time", "+08:00"), ("hong kong time", "+08:00"),
    ]
    private static let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                 "october", "november", "december"]

    static func deadline(in text: String, language: Language) -> String? {
        let t = ClauseText.normalize(text)
        var parts: (y: Int, m: Int, d: Int, h: Int, min: Int)?
        if let m = match(#"([0-9]{4})\s*年\s*([0-9]{1,2})\s*月\s*([0-9]{1,2})\s*日\s*(上午|下午)?\s*([0-9]{1,2})\s*[:：时点]\s*([0-9]{1,2})?"#, t) {
            var hour = Int(m[5]) ?? 0
            if m[4] == "下午", hour < 12 { hour += 12 }
            parts = (Int(m[1]) ?? 0, Int(m[2]) ?? 0, Int(m[3]) ?? 0, hour, Int(m[6]) ?? 0)
        } else if let m = match(#"(?i)(january|february|march|april|may|june|july|august|september|october|november|december)\s+([0-9]{1,2}),?\s+([0-9]{4}),?\s+(?:at\s+)?([0-9]{1,2})(?::([0-9]{2}))?\s*(a\.?m\.?|p\.?m\.?)?"#, t) {
            var hour = Int(m[4]) ?? 0
            let ampm = m[6].lowercased().filter { $0.isLetter }
            if ampm == "pm", hour < 12 { hour += 12 }
            if ampm == "am", hour == 12 { hour = 0 }
            parts = ((Int(m[3]) ?? 0), (months.firstIndex(of: m[1].lowercased()) ?? -1) + 1, Int(m[2]) ?? 0, hour, Int(m[5]) ?? 0)
        } else if let m = match(#"([0-9]{4})-([0-9]{2})-([0-9]{2})[ T]([0-9]{2}):([0-9]{2})"#, t) {
            parts = (Int(m[1]) ?? 0, Int(m[2]) ?? 0, Int(m[3]) ?? 0, Int(m[4]) ?? 0, Int(m[5]) ?? 0)
        }
        guard let p = parts, (1...12).contains(p.m), (1...31).contains(p.d), (0...23).contains(p.h), (0...59).contains(p.min),
              (1900...9999).contains(p.y), let offset = offset(in: t) ?? (language == .zh ? "+08:00" : nil)
        else { return nil }
        let iso = String(format: "%04d-%02d-%02dT%02d:%02d:00", p.y, p.m, p.d, p.h, p.min) + offset
        return ZonedTime(iso: iso) == nil ? nil : iso
    }

    /// "UTC-08:00", "GMT+8", "UTC−5" or a zone's name → "±hh:mm".
    static func offset(in text: String) -> String? {
        let t = text.replacingOccurrences(of: "−", with: "-")
        if let m = match(#"(?:UTC|GMT)\s*([+-])\s*([0-9]{1,2})(?::?([0-9]{2}))?"#, t), let h = Int(m[2]), h <= 14 {
            return String(format: "%@%02d:%02d", m[1], h, Int(m[3]) ?? 0)
        }
        let lower = t.lowercased()
        for (name, offset) in zones {
            if name.count <= 3 {
                if lower.range(of: #"\b\#(name)\b"#, options: .regularExpression) != nil { return offset }
            } else if lower.contains(name) { return offset }
        }
        return nil
    }

    /// "90 日历天", "120 days", "九十日" is not read (tenders print validity in figures).
    static func days(in text: String) -> Int? {
        guard let m = match(#"([0-9]{1,4})\s*(?:个)?\s*(?:日历天|天|日|calendar days|days)"#, ClauseText.normalize(text)) else { return nil }
        return Int(m[1])
    }

    /// The capture groups of every match.
    static func matches(_ pattern: String, _ text: String) -> [[String]] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    /// The capture groups of the first match ("" for a group that did not take part).
    static func match(_ pattern: String, _ text: String) -> [String]? {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return nil }
        let ns = text as NSString
        guard let m = re.firstMatch(in: text, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
    }
}

/// Amounts in a tender's wording: "人民币 3,680,000.00 元", "368 万元", "¥50,000.00",
/// "USD 850,000.00", "人民币伍万元整". Figures are read whole (thousands separators only in their
/// correct places), words through BidKitMoney's Chinese amount parser.
enum TenderMoney {
    static func amount(in text: String) -> (value: Decimal, currency: String?)? {
        let t = ClauseText.normalize(text)
        let figure = #"([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]{1,2})?"#
        if let m = TenderDate.match(figure + #"\s*(万)?\s*(元|美元)?"#, t), case .success(let whole) = DecimalText.parse(m[1] + m[2]) {
            let value = m[3] == "万" ? whole * 10000 : whole
            return (value, currency(in: t))
        }
        if let r = t.range(of: #"人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正]+"#, options: .regularExpression),
           let value = ChineseAmount.parse(String(t[r])) {
            return (value, "CNY")
        }
        return nil
    }

    /// The ISO 4217 code a text names (any code of BidKitMoney's table, "(USD)"), or its words and
    /// signs: "US dollars", 人民币, ¥, 元, €.
    static func currency(in text: String) -> String? {
        for m in TenderDate.matches(#"\b([A-Z]{3})\b"#, text) {
            if m[1] == "RMB" { return "CNY" }
            if let c = CurrencyTable.currency(code: m[1]), c.minorUnits != nil { return c.code }
        }
        let lower = text.lowercased()
        if lower.contains("us dollar") || text.contains("$") || text.contains("美元") { return "USD" }
        if lower.contains("euro") || text.contains("€") { return "EUR" }
        if text.contains("人民币") || text.contains("¥") || text.contains("￥") || text.contains("元") { return "CNY" }
        return nil
    }
}
