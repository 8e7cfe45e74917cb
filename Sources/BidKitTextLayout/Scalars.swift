/// Facts about single Unicode scalars that let layout work on UTF-8 bytes instead of
/// `Character`s, with exactly the results the `Character` walk gives.
///
/// Walking a `String` by `Character` runs the grapheme-breaking rules between every pair of
/// scalars and compares characters by canonical equivalence (`c == " "` on a Chinese character
/// takes Swift's slow path); for a 500-page bid that was most of the text renderer's time.
enum Scalars {
    /// Whether a grapheme break always falls on both sides of `s` when its neighbour is such a
    /// scalar too, so each is a `Character` of its own. The ranges are the standard library's own
    /// fast path (`_hasGraphemeBreakBetween`: Latin and other scalars below U+0300, CJK
    /// ideographs, kana, Hangul syllables, general and CJK punctuation, fullwidth forms, modern
    /// Cyrillic and Arabic letters) plus symbol blocks bids use (‰ ℃ № Ⅲ → ≤ ① ─ ■ ★ ✓ 〻 ゝ ㎡ ￥),
    /// checked to hold no marks, format characters or other grapheme extenders. None of them is
    /// canonically equivalent to another scalar (U+2329/U+232A, which equal 〈 〉, are left out),
    /// so comparing them as scalars is comparing them as characters. `ScalarPathTests` checks both.
    ///
    /// CR LF is the one pair inside these ranges that forms one character; line splitting treats
    /// it as one line break.
    @inline(__always)
    static func standsAlone(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x0000...0x02FF, 0x3400...0xA4CF, 0x3041...0x3096, 0x30A1...0x30FC, 0x0400...0x0482,
             0x061D...0x064A, 0xAC00...0xD7AF, 0x2010...0x2029, 0x3000...0x3029, 0xFF01...0xFF9D:
            return true
        case 0x2030...0x205F, 0x2100...0x2328, 0x232B...0x27BF, 0x3030...0x303F, 0x309B...0x309F,
             0x30FD...0x30FF, 0x31C0...0x31EF, 0x3200...0x33FF, 0xFFE0...0xFFE6:
            return true
        default:
            return false
        }
    }

    /// Scalars that are `Character.isNewline` on their own (CR LF together is one).
    @inline(__always)
    static func isNewline(_ v: UInt32) -> Bool {
        (0x0A...0x0D).contains(v) || v == 0x85 || v == 0x2028 || v == 0x2029
    }
}

/// Decoding UTF-8 that Swift already validated (a `String`'s own bytes).
enum UTF8Scalars {
    /// The scalar starting at byte `i` and its length in bytes.
    @inline(__always)
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let value: UInt32
        let length: Int
        if b0 < 0xE0 {
            value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            length = 2
        } else if b0 < 0xF0 {
            value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            length = 3
        } else {
            value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                | UInt32(bytes[i + 3] & 0x3F)
            length = 4
        }
        // Valid UTF-8 never decodes to a surrogate or past U+10FFFF; U+FFFD keeps this total.
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
