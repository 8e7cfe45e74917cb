import Foundation

/// The pieces of a tender sentence the classifier looks at: the printed clause number, the ★ / ▲
/// marker, the English modal verb, and the text without them.
enum ClauseText {
    /// Symbol-font code points Word and PDF producers leave for a star typed from the Symbol dialog
    /// (Wingdings 0xAB), read as the ★ they show; full-width spaces as plain ones.
    static func normalize(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u.value {
            case 0xF0AB: out.append("★")
            case 0x2605, 0x2606: out.append("★")  // ★ ☆ (a hollow star is still the marker)
            case 0x25B2, 0x25B3: out.append("▲")  // ▲ △
            case 0x3000, 0x00A0, 0x09: out.append(" ")
            default: out.append(u)
            }
        }
        var text = String(out)
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        return text.trimmingCharacters(in: .whitespaces)
    }

    enum NumberKind { case dotted, coded, item }

    /// A clause number at the start of `s`: "3.2", "1.1.4" (dotted), "T-05", "SOW-4.1" (coded), or a
    /// list item "1." / "1、" / "(3)" (item; not unique in a document). Returns the number and the rest.
    static func leadingNumber(_ s: String) -> (number: String, kind: NumberKind, rest: String)? {
        let patterns: [(String, NumberKind)] = [
            (#"^([0-9]+(?:\.[0-9]+)+)\.?(?=[\s★▲\p{Han}]|$)\s*"#, .dotted),
            (#"^([A-Z]{1,6}-[0-9]+(?:\.[0-9]+)*)(?=[\s:：]|$)[\s:：]*"#, .coded),
            (#"^([0-9]{1,3})(?:[\.、．]\s*|\s+(?=[★▲\p{Han}]))"#, .item),
            (#"^[（(]([0-9]{1,3})[）)]\s*"#, .item),
        ]
        for (pattern, kind) in patterns {
            guard let re = try? NSRegularExpression(pattern: pattern) else { continue }
            let ns = s as NSString
            if let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) {
                return (ns.substring(with: m.range(at: 1)), kind, ns.substring(from: m.range.location + m.range.length))
            }
        }
        return nil
    }

    /// A leading ★ or ▲ (after optional spaces) and the text after it.
    static func leadingMarker(_ s: String) -> (RequirementMarker, String) {
        let t = s.trimmingCharacters(in: .whitespaces)
        if t.hasPrefix("★") { return (.star, String(t.dropFirst()).trimmingCharacters(in: .whitespaces)) }
        if t.hasPrefix("▲") { return (.triangle, String(t.dropFirst()).trimmingCharacters(in: .whitespaces)) }
        return (.none, t)
    }

    /// Chinese chapter and section numbers: 第五章, 一、, （一）.
    static func chineseHeadingNumber(_ s: String) -> String? {
        for pattern in [#"^第[一二三四五六七八九十百]+[章节部分]+"#, #"^[一二三四五六七八九十]+、"#, #"^[（(][一二三四五六七八九十]+[）)]"#] {
            if let r = s.range(of: pattern, options: .regularExpression) { return String(s[r]) }
        }
        return nil
    }

    /// The first English modal verb that makes a sentence a requirement, lower-cased.
    static func modal(_ s: String) -> String? {
        guard let re = try? NSRegularExpression(pattern: #"\b(shall|must|should|may)\b"#, options: [.caseInsensitive]) else { return nil }
        let ns = s as NSString
        guard let m = re.firstMatch(in: s, range: NSRange(location: 0, length: ns.length)) else { return nil }
        return ns.substring(with: m.range(at: 1)).lowercased()
    }

    /// The words before the modal: who the sentence obliges.
    static func subject(_ s: String, modal: String) -> String {
        guard let r = s.range(of: #"\b\#(modal)\b"#, options: [.regularExpression, .caseInsensitive]) else { return "" }
        return String(s[..<r.lowerBound]).lowercased()
    }

    static func isCJK(_ u: Unicode.Scalar) -> Bool {
        (0x3000...0x303F).contains(u.value) || (0x3400...0x9FFF).contains(u.value) || (0xFF00...0xFFEF).contains(u.value)
    }

    /// Text compared without spaces and trailing punctuation (a PDF adds spaces between CJK and digits).
    static func key(_ s: String) -> String {
        var t = normalize(s).filter { !$0.isWhitespace }
        while let last = t.last, "。；;，,.".contains(last) { t.removeLast() }
        return t
    }

    /// Without a trailing full stop or semicolon, which list items carry and requirement texts do not need.
    static func trimmedEnd(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        while let last = t.last, "；;，,".contains(last) { t.removeLast() }
        return t
    }
}
