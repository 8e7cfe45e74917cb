/// Text widths for column sizing (`ColumnSizing`).
extension Double {
    /// Ems at a font size in half-points → dxa (1 pt = 20 dxa).
    func dxa(_ halfPoints: Int) -> Int { Int((self * Double(halfPoints) * 10).rounded(.up)) }
}

/// Width of one paragraph of a cell in ems, and of its widest unbreakable pieces.
struct TextMetrics {
    private(set) var width = 0.0
    /// The widest piece between break opportunities (spaces; either side of a CJK character, with
    /// closing punctuation kept to the character before it and opening punctuation to the one after).
    private(set) var longestToken = 0.0
    /// The widest figure or code among the pieces (`1,872,941.80`, `91330108573126481K`,
    /// `KJ-IPC-B4T4-0Z`, `110 kV`): it must never break, where a long word or file name may.
    private(set) var longestFigure = 0.0
    private(set) var scalars = 0

    /// Bold text (header rows) is measured a little wider.
    init(_ text: String, bold: Bool) {
        var token = Token()
        var afterCJK = false
        func end() {
            longestToken = max(longestToken, token.width)
            if token.isFigure { longestFigure = max(longestFigure, token.width) }
            token = Token()
        }
        for s in text.unicodeScalars {
            scalars += 1
            let w = Self.ems(s) * (bold ? 1.06 : 1)
            width += w
            if s == " " || s == "\t" || s == "\n" {
                end()
                afterCJK = false
            } else if CJK.isWide(s) {
                if Self.closing.contains(s) {
                    token.width += w
                    afterCJK = true
                } else if Self.opening.contains(s) {
                    end()
                    token.width = w
                    afterCJK = false  // what follows stays on its line
                } else {
                    end()
                    token.width = w
                    afterCJK = true
                }
            } else {
                // A line may break between a CJK character and the Latin text after it.
                if afterCJK { end() }
                token.add(s, w)
                afterCJK = false
            }
        }
        end()
    }

    /// A piece being measured: a figure has a digit and no run of three lowercase letters (`7200rpm`
    /// and `iso9001.pdf` are words).
    private struct Token {
        var width = 0.0
        var digits = false
        var lowercase = 0
        var wordlike = false
        var isFigure: Bool { digits && !wordlike }

        mutating func add(_ s: Unicode.Scalar, _ w: Double) {
            width += w
            if (0x30...0x39).contains(s.value) { digits = true }
            if (0x61...0x7A).contains(s.value) {
                lowercase += 1
                if lowercase >= 3 { wordlike = true }
            } else {
                lowercase = 0
            }
        }
    }

    private static let closing: Set<Unicode.Scalar> = Set("，。、；：！？）】》」』”’".unicodeScalars)
    private static let opening: Set<Unicode.Scalar> = Set("（【《「『“‘".unicodeScalars)

    /// Advance widths in ems: Times New Roman's for ASCII (Calibri is a little narrower), a full em
    /// for CJK and full-width forms, about half an em for other Latin letters and symbols.
    static func ems(_ s: Unicode.Scalar) -> Double {
        let v = Int(s.value)
        if v >= 0x20, v < 0x7F { return Double(ascii[v - 0x20]) / 1000 }
        if CJK.isWide(s) { return 1 }
        if v == 0x202F || v == 0x2060 { return v == 0x2060 ? 0 : 0.2 }
        return 0.55
    }

    /// Times New Roman advance widths, U+0020 … U+007E, in thousandths of an em.
    private static let ascii: [Int] = [
        250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278,
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444,
        921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722,
        556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500,
        333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500,
        500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
    ]
}
