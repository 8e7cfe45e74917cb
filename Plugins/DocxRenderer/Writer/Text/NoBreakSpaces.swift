/// Spaces a line must not break at, written as narrow no-break spaces (U+202F): between a number
/// and its unit (`110 kV`, `4 Mbps`, `20 %`) and between a standard's, certificate's or currency's
/// code and its number (`GB/T 28181`, `ISO 9001`, `USD 1,018,806.03`), with a word joiner (U+2060)
/// after the slash of a code (`GB/T`). A committee reading `GB/T` at the end of one line and `28181`
/// at the start of the next, or `110` / `kV`, takes the bid for careless.
///
/// Why these characters (measured with LibreOffice 7 and the templates' fonts, every break position
/// of each pair in a narrow cell): next to Chinese text (`，5.4 kW`, `、GB 50395`, `（ISO 45001`)
/// LibreOffice does not break before a word holding U+00A0 and cuts the word itself instead
/// (`GB/T 281` / `81`, `5.4 k` / `W`); with U+202F it moves the pair to the next line whole. It also
/// breaks after a slash (`GB/` / `T`) unless a word joiner follows. pdftotext reads U+202F as a
/// space and drops the joiner, so the PDF's text is still `GB/T 28181`.
///
/// Numbers themselves (`1,872,941.80`, `91330108573126481K`) need nothing here: with Latin text
/// marked as English (`LatinLanguage`) Word and LibreOffice keep them whole; column widths see that
/// they fit (`ColumnSizing`). Hand-written: a few lines of scanning, no pattern library needed.
enum NoBreakSpaces {
    static let noBreakSpace: Unicode.Scalar = "\u{202F}"
    static let wordJoiner: Unicode.Scalar = "\u{2060}"

    /// Units written after a number, case as written (`kV`, not `KV` — that is a code).
    static let units: Set<String> = [
        "nm", "μm", "um", "mm", "cm", "dm", "m", "km", "m2", "m²", "m3", "m³", "mm2", "mm²", "L", "mL", "ml",
        "mg", "g", "kg", "t", "ns", "μs", "us", "ms", "s", "min", "h", "d",
        "V", "mV", "kV", "MV", "A", "mA", "kA", "W", "mW", "kW", "MW", "GW", "Wh", "kWh", "MWh", "VA", "kVA", "MVA",
        "Ah", "mAh", "Ω", "kΩ", "Hz", "kHz", "MHz", "GHz", "rpm",
        "b", "bit", "kb", "Kb", "kbit", "Mb", "Mbit", "Gb", "Gbit", "KB", "kB", "MB", "GB", "TB", "PB",
        "bps", "kbps", "Kbps", "Mbps", "Gbps", "Tbps", "fps", "dpi", "ppi", "px", "P", "MP", "lux", "lx", "dB", "dBm",
        "℃", "°C", "°F", "K", "%", "‰",
    ]

    static func apply(_ text: String) -> String {
        // Fast path: most text has no space next to a digit (both rules need one: a number before
        // its unit, a number after its code).
        guard hasSpaceNextToDigit(text) else { return text }
        var scalars = Array(text.unicodeScalars)
        var changed = false
        var joinedSlashes = Set<Int>()
        for i in scalars.indices where scalars[i] == " " && i > 0 && i + 1 < scalars.count {
            let left = token(in: scalars, endingBefore: i)
            let right = token(in: scalars, startingAfter: i)
            guard let l = left.last, let r = right.first else { continue }
            if isDigit(l) && isUnit(right) {
                scalars[i] = noBreakSpace
            } else if isDigit(r) && isCode(left) {
                scalars[i] = noBreakSpace
                joinedSlashes.formUnion((i - left.count..<i).filter { scalars[$0] == "/" })
            } else {
                continue
            }
            changed = true
        }
        guard changed else { return text }
        var out = String.UnicodeScalarView()
        for (i, s) in scalars.enumerated() {
            out.append(s)
            if joinedSlashes.contains(i) { out.append(wordJoiner) }
        }
        return String(out)
    }

    /// Scalars that belong to a Latin token: letters, digits and the punctuation inside codes and
    /// numbers (`GB/T`, `1,018.50`, `ISO/IEC`), plus the unit signs above.
    private static func isTokenScalar(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        default: return "/-.,_²³°℃‰%Ωμ".unicodeScalars.contains(s)
        }
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }

    private static func hasSpaceNextToDigit(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if (b == 0x20 && (0x30...0x39).contains(previous)) || ((0x30...0x39).contains(b) && previous == 0x20) { return true }
            previous = b
        }
        return false
    }

    private static func token(in scalars: [Unicode.Scalar], endingBefore end: Int) -> [Unicode.Scalar] {
        var start = end
        while start > 0, isTokenScalar(scalars[start - 1]) { start -= 1 }
        return Array(scalars[start..<end])
    }

    /// The token after a space, without the punctuation that ends a phrase (`kV,` `kV)` `Mbps/路`).
    private static func token(in scalars: [Unicode.Scalar], startingAfter space: Int) -> [Unicode.Scalar] {
        var end = space + 1
        while end < scalars.count, isTokenScalar(scalars[end]) { end += 1 }
        var token = Array(scalars[(space + 1)..<end])
        while let last = token.last, "/-.,".unicodeScalars.contains(last) { token.removeLast() }
        return token
    }

    private static func isUnit(_ token: [Unicode.Scalar]) -> Bool {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: token)
        return units.contains(String(s))
    }

    /// Standards bodies and currencies whose code is written before a number: `GB 50348`, `ISO 9001`,
    /// `USD 1,018.00`. Other capitals before a number (`SATA 6Gb/s`, `RAID 5`) are ordinary words.
    static let codes: Set<String> = [
        "GB", "GBJ", "DL", "GA", "YD", "JGJ", "CJJ", "JB", "JT", "HJ", "SJ", "QB", "NB", "CECS",
        "ISO", "IEC", "ISO/IEC", "IEEE", "EN", "ANSI", "BS", "DIN", "UL", "ITU-T", "ASTM", "NFPA",
        "CNY", "RMB", "USD", "EUR", "GBP", "HKD", "JPY", "AUD", "CAD", "SGD", "CHF",
    ]

    /// A code before a number: one of `codes`, or a Chinese standard's prefix with its kind (`GB/T`, `DL/T`, `GA/T`, `JGJ/T`, `GB/Z`).
    private static func isCode(_ token: [Unicode.Scalar]) -> Bool {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: token)
        let text = String(s)
        if codes.contains(text) { return true }
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && codes.contains(String(parts[0])) && ["T", "Z"].contains(parts[1])
    }
}
