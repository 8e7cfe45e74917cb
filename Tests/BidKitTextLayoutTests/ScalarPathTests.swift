import Testing
@testable import BidKitTextLayout

/// The byte-and-scalar path that measures and wraps text must give exactly what walking
/// `Character`s gives (the reference, and the path for text with combining marks or emoji).
@Suite struct ScalarPathTests {
    /// What bid text is made of: ASCII, ideographs, kinsoku punctuation on both sides, amounts,
    /// kana, Hangul, curly quotes, newlines (CR LF too), tabs and runs of spaces.
    static let pool: [String] = [
        "a", "b", "Z", "1", "9", "0", ",", ".", "%", "-", "(", ")", "$", " ", " ", " ", "  ", "\t", "\n", "\r\n", "\r",
        "投", "标", "文", "件", "设", "备", "，", "。", "、", "：", "；", "（", "）", "《", "》", "“", "”", "‘", "’",
        "—", "…", "·", "￥", "¥", "％", "ー", "ぁ", "ッ", "か", "カ", "한", "국", "Ａ", "１", "\u{3000}", "¡", "×", "é", "Ж",
    ]

    static func randomText(_ rng: inout SplitMix64, length: Int) -> String {
        var s = ""
        for _ in 0..<length { s += pool[Int(rng.next() % UInt64(pool.count))] }
        return s
    }

    @Test func scalarPathEqualsCharacterPath() {
        var rng = SplitMix64(seed: 12)
        for round in 0..<400 {
            let text = Self.randomText(&rng, length: 1 + round % 60)
            for ambiguous in [AmbiguousWidth.narrow, .wide] {
                let fast = MeasuredText(text, ambiguous: ambiguous)
                let slow = MeasuredText(text, ambiguous: ambiguous, walkingCharacters: true)
                #expect(fast.standsAlone && !slow.standsAlone)
                #expect(Self.describe(fast) == Self.describe(slow), "\(text.debugDescription)")
                for width in [1, 2, 3, 5, 8, 13, 21] {
                    for kinsoku in [TextWrap.Kinsoku.hang, .strict] {
                        var a = WrappedLines(), b = WrappedLines()
                        fast.wrap(width: width, kinsoku: kinsoku, into: &a)
                        slow.wrap(width: width, kinsoku: kinsoku, into: &b)
                        #expect(a.strings == b.strings, "\(text.debugDescription) at \(width)")
                        #expect(a.lines.map(\.width) == a.strings.map { DisplayWidth.of($0, ambiguous: ambiguous) })
                    }
                }
            }
        }
    }

    @Test func textThatNeedsCharactersTakesTheCharacterPath() {
        for text in ["e\u{301}", "👨‍👩‍👧 family", "🇨🇳", "❤️", "℃ and \u{F900}"] {
            #expect(!MeasuredText(text, ambiguous: .narrow).standsAlone, "\(text)")
        }
        #expect(TextWrap.wrap("ab e\u{301}e\u{301}e\u{301} cd", width: 4) == ["ab", "e\u{301}e\u{301}e\u{301}", "cd"])
    }

    @Test func stringWidthsAgreeWithCharacterSums() {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<300 {
            let text = Self.randomText(&rng, length: 40) + (rng.next() % 5 == 0 ? "e\u{301}👍" : "")
            for ambiguous in [AmbiguousWidth.narrow, .wide] {
                #expect(DisplayWidth.of(text, ambiguous: ambiguous) == text.reduce(0) { $0 + DisplayWidth.of($1, ambiguous: ambiguous) })
            }
        }
    }

    static func describe(_ m: MeasuredText) -> [String] {
        m.chunks.map { "\($0.start)-\($0.end) w\($0.width) h\($0.hang) s\($0.spacesBefore) \($0.isAmount)" }
            + m.paragraphs.map { "p\($0.chunks) w\($0.width)" } + ["widest \(m.widestCharacter)"]
    }
}

/// A small seeded generator, so the random texts are the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// `Scalars.standsAlone` against the standard library's own grapheme breaking and `Character`
/// equality, over every scalar it admits.
@Suite struct StandaloneScalarTests {
    static let admitted: [Unicode.Scalar] = (0..<0x10000).compactMap { v in
        Unicode.Scalar(UInt32(v)).flatMap { Scalars.standsAlone($0) ? $0 : nil }
    }

    @Test func neighboursAreSeparateCharacters() {
        var rng = SplitMix64(seed: 3)
        let all = Self.admitted
        for _ in 0..<20000 {
            let a = all[Int(rng.next() % UInt64(all.count))], b = all[Int(rng.next() % UInt64(all.count))]
            if a == "\r" && b == "\n" { continue }
            var s = String.UnicodeScalarView()
            s.append(a)
            s.append(b)
            #expect(String(s).count == 2, "U+\(String(a.value, radix: 16)) U+\(String(b.value, radix: 16))")
        }
    }

    @Test func scalarClassesEqualCharacterClasses() {
        for s in Self.admitted where !Scalars.isNewline(s.value) {
            let byScalar = BreakClass(scalar: s).intersection([.noLineStart, .noLineEnd, .ideographic, .space, .ascii])
            #expect(byScalar == BreakClass(Character(s)).intersection([.noLineStart, .noLineEnd, .ideographic, .space, .ascii]),
                    "U+\(String(s.value, radix: 16))")
            #expect(DisplayWidth.of(s) == DisplayWidth.of(Character(s)))
        }
    }
}
