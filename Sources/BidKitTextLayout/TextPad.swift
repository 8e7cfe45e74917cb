/// Horizontal placement of text inside a wider slot (a table column, a centred cover line).
public enum TextAlignment: String, Sendable, Hashable, CaseIterable {
    case left, center, right
}

/// Padding by display width, so a slot filled with Chinese text ends in the same column as
/// one filled with ASCII. `String.padding(toLength:)` counts characters and would misalign it.
public enum TextPad {
    /// `s` placed in a slot `width` columns wide. Text already wider than the slot is returned
    /// unchanged (never cut: losing words is worse than a ragged edge). Centring puts the odd
    /// column on the right, so the result is the same on every run.
    public static func pad(_ s: String, to width: Int, alignment: TextAlignment = .left, ambiguous: AmbiguousWidth = .narrow) -> String {
        let gap = width - DisplayWidth.of(s, ambiguous: ambiguous)
        guard gap > 0 else { return s }
        switch alignment {
        case .left:
            return s + spaces(gap)
        case .right:
            return spaces(gap) + s
        case .center:
            let before = gap / 2
            return spaces(before) + s + spaces(gap - before)
        }
    }

    /// `s` centred in `width` columns without trailing spaces — for lines of running text,
    /// where trailing blanks are noise.
    public static func center(_ s: String, in width: Int, ambiguous: AmbiguousWidth = .narrow) -> String {
        let gap = width - DisplayWidth.of(s, ambiguous: ambiguous)
        guard gap > 1 else { return s }
        return spaces(gap / 2) + s
    }

    /// `s` pushed against the right edge of `width` columns.
    public static func right(_ s: String, in width: Int, ambiguous: AmbiguousWidth = .narrow) -> String {
        pad(s, to: width, alignment: .right, ambiguous: ambiguous)
    }

    /// `count` spaces (none for a negative count).
    public static func spaces(_ count: Int) -> String {
        count > 0 ? String(repeating: " ", count: count) : ""
    }

    /// `s` without trailing U+0020 spaces. Only spaces: a form feed or tab at the end of a line
    /// is content. (Bytewise: a trailing 0x20 byte is always a space character of its own.)
    public static func trimTrailingSpaces(_ s: String) -> String {
        let utf8 = s.utf8
        guard utf8.last == 0x20 else { return s }
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let before = utf8.index(before: end)
            guard utf8[before] == 0x20 else { break }
            end = before
        }
        return String(s[..<end])
    }
}
