import Foundation

/// SplitMix64: a tiny, well-mixed, deterministic generator so property tests draw the same
/// values on every run and platform (failures are reproducible from the seed alone).
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random amounts spread across magnitudes rather than uniformly (a uniform draw up to 10^12
/// would almost never produce small amounts or runs of zeros, where the writing rules differ).
struct AmountSampler {
    var generator: SplitMix64

    init(seed: UInt64) { generator = SplitMix64(seed: seed) }

    /// An amount in [0.01, 10^maxDigits): a random number of integer digits (0 = below one),
    /// each digit zero half of the time so that zero runs and empty sections are common,
    /// plus random fen. Built with exact Decimal arithmetic.
    mutating func next(maxDigits: Int) -> Decimal {
        let digitCount = Int.random(in: 0...maxDigits, using: &generator)
        var whole = Decimal(0)
        for position in 0..<digitCount {
            let digit: Int
            if position == 0 {
                digit = Int.random(in: 1...9, using: &generator)
            } else {
                digit = Bool.random(using: &generator) ? 0 : Int.random(in: 1...9, using: &generator)
            }
            whole = whole * 10 + Decimal(digit)
        }
        var fen = Bool.random(using: &generator) ? 0 : Int.random(in: 0...99, using: &generator)
        if whole == 0, fen == 0 { fen = Int.random(in: 1...99, using: &generator) }
        return whole + Decimal(fen) / 100
    }
}

/// Exact decimal literal without going through a floating-point literal.
func dec(_ text: String) -> Decimal {
    Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? .nan
}
