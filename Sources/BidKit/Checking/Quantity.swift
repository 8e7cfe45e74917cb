import Foundation

/// A number with its unit as a clause or an offer states it ("400 万像素", "5,000 users", "-30℃").
public struct Quantity: Sendable, Equatable {
    public var value: Decimal
    var unit: QuantityUnit?
    /// Where it starts in the scanned text (characters), for pairing bounds with their operators.
    var offset: Int = 0
    var length: Int = 0

    /// The value in its dimension's base unit.
    var normalized: Decimal { value * (unit?.factor ?? 1) }

    public var unitName: String { unit?.written ?? "" }
}

/// Finds the quantities in a clause or an offer. Numbers are written in digits, with or without
/// thousands separators ("5,000"); dates, products ("7×24 小时") and numbers inside identifiers
/// ("H.265", "SM2", "GB/T 28181-2022") are not quantities.
enum QuantityScanner {
    /// Signed decimal not glued to a letter, digit, dot or product sign on its left.
    private static let number = try? NSRegularExpression(pattern:
        #"(?<![A-Za-z0-9.×*/_])([-+－−﹣]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(?!\.?\d)(?!\s*[×xX*]\s*\d)"#)
    /// Dates and times are not quantities; they are blanked out before scanning. Each pattern comes
    /// with a string the text must hold for it to match at all: ICU's per-call cost is far above a byte search.
    private static let dates: [(NSRegularExpression, [String])] = [
        (#"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?"#, ["年"]), (#"\d{1,2}\s*月\s*\d{1,2}\s*日"#, ["月"]), (#"\d{4}-\d{1,2}-\d{1,2}"#, ["-"]),
        (#"\d{1,2}:\d{2}"#, [":"]),
        (#"(?i)\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}"#, months),
        (#"(?i)\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}"#, months),
        (#"\bIP\d{2}\b"#, ["IP"]),
    ].compactMap { pattern, needles in (try? NSRegularExpression(pattern: pattern)).map { ($0, needles) } }
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].flatMap { [$0, $0.lowercased(), $0.uppercased()] }
    private static let ipCode = try? NSRegularExpression(pattern: #"\bIP(\d)(\d)\b"#)

    /// Every quantity in `text`, left to right.
    static func quantities(in text: String) -> [Quantity] {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return [] }
        let ns = NSMutableString(string: text)
        var out: [Quantity] = []
        // IP ratings first ("IP67": solids 6, water 7), then blank every date so its digits are not read.
        if text.utf8.contains(bytes: "IP") { ipCode?.enumerateMatches(in: text, range: NSRange(location: 0, length: ns.length)) { m, _, _ in
            guard let m, let v = Decimal(string: (text as NSString).substring(with: m.range).dropFirst(2).description) else { return }
            out.append(Quantity(value: v, unit: QuantityUnit(dimension: "ip rating", factor: 1, written: "IP"), offset: m.range.location, length: m.range.length))
        } }
        for (pattern, needles) in dates where needles.contains(where: { text.utf8.contains(bytes: $0) }) {
            for m in pattern.matches(in: ns as String, range: NSRange(location: 0, length: ns.length)).reversed() {
                ns.replaceCharacters(in: m.range, with: String(repeating: " ", count: m.range.length))
            }
        }
        let blanked = ns as String
        guard let number else { return out }
        let utf16 = blanked as NSString
        for m in number.matches(in: blanked, range: NSRange(location: 0, length: utf16.length)) {
            let sign = utf16.substring(with: m.range(at: 1))
            // A sign glued to a digit before it is a range dash ("2-4"), not a minus.
            var start = m.range.location
            if !sign.isEmpty, start > 0, let previous = Unicode.Scalar(utf16.character(at: start - 1)),
               CharacterSet.decimalDigits.contains(previous) || CharacterSet.letters.contains(previous) {
                start += m.range(at: 1).length
            }
            let negative = start == m.range.location && ["-", "－", "−", "﹣"].contains(sign)
            let whole = utf16.substring(with: m.range(at: 2)).replacingOccurrences(of: ",", with: "")
            let fraction = m.range(at: 3).location == NSNotFound ? "" : "." + utf16.substring(with: m.range(at: 3))
            guard var value = Decimal(string: whole + fraction, locale: Locale(identifier: "en_US_POSIX")) else { continue }
            if negative { value = -value }
            var end = m.range.location + m.range.length
            let (unit, consumed, scale) = unitAfter(utf16.substring(from: end))
            end += consumed
            out.append(Quantity(value: value * scale, unit: unit, offset: start, length: end - start))
        }
        return out.sorted { $0.offset < $1.offset }
    }

    /// The unit after a number (an optional space, an optional 万/亿 magnitude, then the unit), the
    /// UTF-16 length it took, and the magnitude's factor.
    static func unitAfter(_ rest: String) -> (QuantityUnit?, Int, Decimal) {
        var text = Substring(rest)
        var consumed = 0
        if text.first == " " || text.first == "\u{00A0}" {
            text = text.dropFirst()
            consumed += 1
        }
        var scale: Decimal = 1
        if let unit = QuantityUnit.prefix(of: text), unit.dimension != "unit 万", unit.dimension != "unit 亿" {
            return (unit, consumed + unit.written.utf16.count, scale)
        }
        if let magnitude = text.first, magnitude == "万" || magnitude == "亿" {
            scale = magnitude == "万" ? 10000 : 100_000_000
            text = text.dropFirst()
            consumed += 1
            if let unit = QuantityUnit.prefix(of: text), unit.dimension.hasPrefix("unit ") == false {
                return (unit, consumed + unit.written.utf16.count, scale)
            }
            return (nil, consumed, scale)
        }
        return (nil, 0, scale)
    }
}

extension String.UTF8View {
    /// A byte search for `needle`'s UTF-8 (Foundation's `contains` goes through the slow `range(of:)` on Linux).
    func contains(bytes needle: String) -> Bool {
        let n = Array(needle.utf8), h = Array(self)
        guard !n.isEmpty, n.count <= h.count else { return n.isEmpty }
        for i in 0...(h.count - n.count) where h[i] == n[0] {
            var k = 1
            while k < n.count && h[i + k] == n[k] { k += 1 }
            if k == n.count { return true }
        }
        return false
    }
}
