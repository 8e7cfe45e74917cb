/// How many terminal columns text occupies.
///
/// `String.count` counts characters, but a Chinese character or a fullwidth comma fills two
/// columns in a terminal or monospaced font, and a combining accent fills none. Every
/// alignment decision in this module (wrapping, padding, table columns) goes through here so
/// mixed Chinese and English text lines up.
public enum DisplayWidth {
    /// Columns for a whole string: the sum over its characters.
    public static func of(_ s: String) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// Columns for a substring, without copying it.
    public static func of(_ s: Substring) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// Columns for one character (a grapheme cluster): 2 for East Asian Wide and Fullwidth,
    /// 0 for marks, zero-width and control characters, 1 otherwise.
    ///
    /// A cluster takes the width of its widest scalar, so "e" + U+0301 is 1 and an emoji
    /// ZWJ sequence is 2. A variation selector 16 (U+FE0F) asks for emoji presentation, which
    /// terminals draw two columns wide even when the base character alone is narrow (❤️).
    public static func of(_ c: Character) -> Int {
        var widest = 0
        for scalar in c.unicodeScalars {
            if scalar.value == 0xFE0F, widest > 0 { return 2 }
            widest = max(widest, of(scalar))
        }
        return widest
    }

    /// Columns for one Unicode scalar, ignoring its neighbours.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        if WidthTable.contains(WidthTable.zero, v) { return 0 }
        if WidthTable.contains(WidthTable.wide, v) { return 2 }
        return 1
    }

    /// Whether a character is drawn two columns wide — in practice, whether it is CJK text,
    /// which wraps between characters and joins soft line breaks without a space.
    public static func isWide(_ c: Character) -> Bool { of(c) == 2 }
}
