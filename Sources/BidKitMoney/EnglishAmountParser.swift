import Foundation

extension EnglishAmount {
    /// Inverse of `words`: "One thousand two hundred thirty-four dollars and fifty-six cents"
    /// → (1234.56, "USD").
    ///
    /// Tolerant of case, extra spaces, commas, a final full stop, "twenty one" without the
    /// hyphen, "and" inside the number ("one hundred and five"), a missing "only", "minus" or
    /// "negative" in front. The currency comes from the major unit: yuan/renminbi/RMB → CNY,
    /// dollar(s) → USD, euro(s) → EUR, any other three-letter word → that code in capitals.
    /// An amount with no unit at all ("one thousand") gives a nil currency, as does a minor-only
    /// amount in cents ("fifty cents"; "five fen" gives CNY). The minor unit must match the
    /// currency (fen for CNY, cent(s) otherwise) and lie in 0...99.
    /// Returns nil for anything that is not a well-formed amount, and for amounts of 10^36 and
    /// above (more than two "trillion"s), beyond which `Decimal` is no longer exact.
    public static func parse(_ text: String) -> (amount: Decimal, currency: String?)? {
        // "Hong Kong dollars", "pounds sterling": several words for one unit, folded into its code.
        var folded = " " + text.lowercased().replacingOccurrences(of: "u.s.", with: "us") + " "
        for (phrase, code) in CurrencyWords.phrases where folded.contains(phrase) {
            folded = folded.replacingOccurrences(of: phrase, with: " " + code.lowercased() + " ")
        }
        let cleaned = folded.map { ",.-;".contains($0) ? " " : $0 }
        var tokens = String(cleaned).split(whereSeparator: \.isWhitespace).map(String.init)
        var negative = false
        if let first = tokens.first, first == "minus" || first == "negative" {
            negative = true
            tokens.removeFirst()
        }
        if tokens.last == "only" { tokens.removeLast() }
        // Real amounts need a few dozen words; the cap bounds the recursion on "trillion" and
        // keeps values well inside Decimal's 38 exact digits.
        guard !tokens.isEmpty, tokens.count <= maxTokens else { return nil }

        let result: (Decimal, String?)?
        if let majorIndex = tokens.firstIndex(where: { EnglishNumberWords.currencyCode(for: $0) != nil }) {
            result = parseWithMajorUnit(tokens, majorIndex: majorIndex)
        } else if let last = tokens.last, CurrencyWords.minorWords.contains(last) {
            // Minor units only: "fifty cents", "five fen", "ninety pence".
            guard let minor = EnglishNumberWords.minorValue(tokens.dropLast()) else { return nil }
            let owners = CurrencyWords.known.filter { $0.minorNames.contains(last) }
            result = (Decimal(minor) / 100, owners.count == 1 ? owners[0].code : nil)
        } else {
            result = EnglishNumberWords.integer(tokens[...]).map { ($0, nil) }
        }
        guard let (amount, currency) = result else { return nil }
        return (negative ? -amount : amount, currency)
    }

    /// More words than any amount below 10^36 needs.
    static let maxTokens = 120

    /// "<number> <major unit> [and <number> <minor unit>]".
    private static func parseWithMajorUnit(_ tokens: [String], majorIndex: Int) -> (Decimal, String?)? {
        guard let code = EnglishNumberWords.currencyCode(for: tokens[majorIndex]),
              let whole = EnglishNumberWords.integer(tokens[..<majorIndex])
        else { return nil }
        var rest = tokens[(majorIndex + 1)...]
        guard !rest.isEmpty else { return (whole, code) }
        if rest.first == "and" { rest = rest.dropFirst() }
        let expectedMinor = CurrencyWords.forCode(code).minorNames
        guard let last = rest.last, expectedMinor.contains(last),
              let minor = EnglishNumberWords.minorValue(rest.dropLast())
        else { return nil }
        return (whole + Decimal(minor) / 100, code)
    }
}

/// Number words → values, shared by the major and minor parts of an English amount.
enum EnglishNumberWords {
    static let scaleValues: [String: Int] = ["thousand": 3, "million": 6, "billion": 9]

    /// The currency a token names: a unit word ("pounds", "yen", "yuan") or an ISO 4217 code.
    static func currencyCode(for token: String) -> String? {
        if let code = CurrencyWords.words[token] { return code }
        guard token.count == 3, token.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return CurrencyTable.currency(code: token.uppercased())?.code
    }

    /// A whole number: "zero", or groups with decreasing scales; "X trillion Y" with any X.
    /// "and" may sit between words but not at either end or twice in a row.
    static func integer(_ tokens: ArraySlice<String>) -> Decimal? {
        guard tokens.first != "and", tokens.last != "and",
              !zip(tokens, tokens.dropFirst()).contains(where: { $0 == "and" && $1 == "and" })
        else { return nil }
        let words = Array(tokens.filter { $0 != "and" })
        if words == ["zero"] { return 0 }
        guard !words.isEmpty else { return nil }
        guard words.filter({ $0 == "trillion" }).count <= 2 else { return nil }
        if let trillion = words.lastIndex(of: "trillion") {
            guard let high = integer(words[..<trillion]), high > 0,
                  let low = belowTrillion(words[(trillion + 1)...])
            else { return nil }
            return high * Decimal(sign: .plus, exponent: 12, significand: 1) + low
        }
        return belowTrillion(words[...]).flatMap { $0 > 0 ? $0 : nil }
    }

    /// Groups of 1...999 each followed by a strictly smaller scale word (or none, last).
    /// Empty input is zero (the part after "trillion" may be empty).
    static func belowTrillion(_ words: ArraySlice<String>) -> Decimal? {
        var total = Decimal(0)
        var lastScale = 12
        var groupStart = words.startIndex
        var index = words.startIndex
        while index <= words.endIndex {
            let atEnd = index == words.endIndex
            if atEnd, groupStart == words.endIndex { break }
            let scale = atEnd ? 0 : scaleValues[words[index]]
            if let scale {
                guard scale < lastScale, let value = group(words[groupStart..<index]) else { return nil }
                total += Decimal(value) * Decimal(sign: .plus, exponent: scale, significand: 1)
                lastScale = scale
                groupStart = index + 1
                if atEnd { break }
            }
            index += 1
        }
        return total
    }

    /// 1...999: ["two", "hundred", "thirty", "four"]. Nil for anything else.
    static func group(_ words: ArraySlice<String>) -> Int? {
        var rest = words
        var value = 0
        if rest.count >= 2, rest[rest.startIndex + 1] == "hundred" {
            guard let hundreds = EnglishAmount.ones.firstIndex(of: rest[rest.startIndex]),
                  (1...9).contains(hundreds)
            else { return nil }
            value = hundreds * 100
            rest = rest.dropFirst(2)
        }
        guard let below = belowHundred(rest) else { return nil }
        value += below
        return value > 0 ? value : nil
    }

    /// 0...99 without "zero": [], ["seven"], ["fifteen"], ["forty"], ["forty", "two"].
    static func belowHundred(_ words: ArraySlice<String>) -> Int? {
        let list = Array(words)
        switch list.count {
        case 0:
            return 0
        case 1:
            if let small = EnglishAmount.ones.firstIndex(of: list[0]), small > 0 { return small }
            if let ten = EnglishAmount.tens.firstIndex(of: list[0]), ten >= 2 { return ten * 10 }
            return nil
        case 2:
            guard let ten = EnglishAmount.tens.firstIndex(of: list[0]), ten >= 2,
                  let unit = EnglishAmount.ones.firstIndex(of: list[1]), (1...9).contains(unit)
            else { return nil }
            return ten * 10 + unit
        default:
            return nil
        }
    }

    /// Minor units 0...99 ("zero" allowed, as in "and zero cents").
    static func minorValue(_ words: ArraySlice<String>) -> Int? {
        if Array(words) == ["zero"] { return 0 }
        guard !words.isEmpty, let value = belowHundred(words), value > 0 else { return nil }
        return value
    }
}
