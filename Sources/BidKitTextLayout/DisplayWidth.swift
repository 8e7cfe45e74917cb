/// How many terminal columns text occupies.
///
/// `String.count` counts characters, but a Chinese character or a fullwidth comma fills two
/// columns in a terminal or monospaced font, and a combining accent fills none. Every
/// alignment decision in this module (wrapping, padding, table columns) goes through here so
/// mixed Chinese and English text lines up.
///
/// Strings are measured on their UTF-8 bytes: where every scalar is its own grapheme cluster
/// (`Scalars.standsAlone`, nearly all bid text) a character's width is its scalar's, and only
/// text with combining marks, emoji sequences or flags walks `Character`s.
public enum DisplayWidth {
    /// Columns for a whole string: the sum over its characters.
    public static func of(_ s: String, ambiguous: AmbiguousWidth = .narrow) -> Int {
        var s = s
        return s.withUTF8 { of(utf8: $0, ambiguous: ambiguous) } ?? s.reduce(0) { $0 + of($1, ambiguous: ambiguous) }
    }

    /// Columns for a substring, without copying it.
    public static func of(_ s: Substring, ambiguous: AmbiguousWidth = .narrow) -> Int {
        var s = s
        return s.withUTF8 { of(utf8: $0, ambiguous: ambiguous) } ?? s.reduce(0) { $0 + of($1, ambiguous: ambiguous) }
    }

    /// The sum of scalar widths when every scalar stands alone, else nil (the caller walks
    /// characters).
    static func of(utf8 bytes: UnsafeBufferPointer<UInt8>, ambiguous: AmbiguousWidth) -> Int? {
        var total = 0
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                total += b >= 0x20 && b != 0x7F ? 1 : 0
                i += 1
                continue
            }
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            guard Scalars.standsAlone(scalar) else { return nil }
            total += of(scalar, ambiguous: ambiguous)
            i += length
        }
        return total
    }

    /// Columns for one character (a grapheme cluster): 2 for East Asian Wide and Fullwidth
    /// (and Ambiguous under `.wide`), 0 for marks, zero-width and control characters, 1 otherwise.
    ///
    /// A cluster takes the width of its widest scalar, so "e" + U+0301 is 1 and an emoji
    /// ZWJ sequence is 2. A variation selector 16 (U+FE0F) asks for emoji presentation, which
    /// terminals draw two columns wide even when the base character alone is narrow (❤️).
    public static func of(_ c: Character, ambiguous: AmbiguousWidth = .narrow) -> Int {
        var widest = 0
        for scalar in c.unicodeScalars {
            if scalar.value == 0xFE0F, widest > 0 { return 2 }
            widest = max(widest, of(scalar, ambiguous: ambiguous))
        }
        return widest
    }

    /// Columns for one Unicode scalar, ignoring its neighbours.
    public static func of(_ scalar: Unicode.Scalar, ambiguous: AmbiguousWidth = .narrow) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0xA1 { return 1 }
        if (0x4E00...0x9FFF).contains(v) { return 2 }  // the common ideographs, inside `wide`
        if ambiguous == .narrow, v < 0x300 { return 1 }
        if WidthTable.contains(WidthTable.zero, v) { return 0 }
        if WidthTable.contains(WidthTable.wide, v) { return 2 }
        if ambiguous == .wide, WidthTable.contains(WidthTable.ambiguous, v) { return 2 }
        return 1
    }

    /// Whether a character is drawn two columns wide whatever the locale (East Asian Wide or
    /// Fullwidth) — in practice, whether it is CJK text, which wraps between characters and
    /// joins soft line breaks without a space. Ambiguous characters never count here: a curly
    /// quote or a Greek letter glues its word together in every language.
    public static func isWide(_ c: Character) -> Bool { of(c) == 2 }
}

/// How East Asian Ambiguous characters (° × ★ “ ” — • ─ │, Greek, Cyrillic …) are counted.
///
/// A Western terminal draws them one column wide; a Chinese font (宋体 in Notepad, a terminal
/// in a CJK locale) draws them two columns wide, as GBK stored them in two bytes. Text laid out
/// for one misaligns in the other wherever such a character appears, so the width follows the
/// document's language (UAX #11: "ambiguous characters … are wide in East Asian contexts").
public enum AmbiguousWidth: Sendable, Hashable {
    /// One column: English documents, the CLI's reports.
    case narrow
    /// Two columns: Chinese documents.
    case wide

    /// `.wide` for Chinese, Japanese and Korean language tags ("zh", "zh-CN", "ja", "ko").
    public init(language: String) {
        let tag = language.lowercased()
        let primary = tag.split(separator: "-").first.map(String.init) ?? tag
        self = ["zh", "ja", "ko"].contains(primary) ? .wide : .narrow
    }
}
