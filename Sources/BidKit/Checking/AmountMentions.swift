import BidKitMoney
import Foundation

/// An amount written in a line of the bid: a figure ("£932,400.00", "(GBP 932,400.00)", "¥2,448,350.00",
/// "2,448,350.00 元"), Chinese capital numerals (人民币贰佰肆拾肆万…元整) or English words ("Nine hundred
/// thirty-two thousand four hundred pounds only"). The one place amounts are found in text: the
/// words/figure check, the stated-total check and the table checks all read these.
struct AmountMention: Sendable, Equatable {
    enum Kind: Sendable { case figure, chineseWords, englishWords }

    var kind: Kind
    var text: String
    /// nil for words that are not a well-formed amount.
    var value: Decimal?
    /// ISO 4217 codes the mention may be in: one for a code or a specific symbol (£, HK$), several for
    /// "$" or "¥", empty when it names none.
    var currencies: [String]
    /// UTF-16 range in the line.
    var range: NSRange

    var isWords: Bool { kind != .figure }
}

enum AmountMentions {
    /// Quantifiers are bounded (38 digits is all a Decimal holds, 40 words all an amount needs): a
    /// hostile line of digits or number words cannot make matching quadratic in its length.
    private static let number = #"\d{1,3}(?:,\d{3}){1,12}(?:\.\d{1,2})?|\d{1,38}(?:\.\d{1,2})?"#
    /// Currency signs before a figure, longest first: "HK$" before "$".
    private static let symbols: [String] = Array(Set(CurrencyTable.all.flatMap(\.symbols)
        .filter { !$0.isEmpty && !$0.allSatisfy { $0.isLetter && $0.isASCII } || ["RMB"].contains($0) })).sorted { $0.count > $1.count }
    private static let codes = CurrencyTable.all.map(\.code)
    private static let figure = try? NSRegularExpression(pattern:
        #"(?<![A-Za-z\d.,])(?:(?<sym>"# + symbols.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|") + #")|(?<code>\b(?:"# + codes.joined(separator: "|")
        + #")\b))?\s*(?<num>"# + number + #")(?![\d,]{0,40}\d)(?:\s*(?<after>万元|元|圆|\b(?:"# + codes.joined(separator: "|") + #")\b))?"#)

    private static let chineseUnits: Set<Unicode.Scalar> = ["元", "圆", "角", "分"]

    /// Grouped as a whole: capital numerals with 元/角/分.
    private static let chinese = try? NSRegularExpression(pattern:
        #"(?:人民币|美元|欧元|港币|港元|英镑|日元)?(?:[零壹贰叁肆伍陆柒捌玖拾佰仟万亿负]{1,40}[元圆][零壹贰叁肆伍陆柒捌玖角分整正]{0,6}|[零壹贰叁肆伍陆柒捌玖]{1,4}[角分][零壹贰叁肆伍陆柒捌玖分整正]{0,4})"#)
    private static let numberWord = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion"
    private static let majorWords = (CurrencyWords.phrases.map(\.0) + CurrencyWords.words.keys).sorted { $0.count > $1.count }
        .map { NSRegularExpression.escapedPattern(for: $0).replacingOccurrences(of: " ", with: #"\s+"#) }
    private static let english = try? NSRegularExpression(pattern:
        #"(?i)\b(?:minus\s+)?(?:(?:"# + numberWord + #")(?:[\s-]{1,4}|,\s{0,4})(?:and\s{1,4})?){1,40}(?:"# + majorWords.joined(separator: "|")
        + #"|(?-i:[A-Z]{3}))\b(?:\s+and\s+(?:(?:"# + numberWord + #")[\s-]{0,4}){1,4}(?:"# + CurrencyWords.minorWords.joined(separator: "|")
        + #")\b)?(?:\s+only)?"#)

    /// Strings one of which a line must hold to contain an amount in words: a capital digit or a unit word.
    static let wordTriggers = ["壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "零元"]
        + ["yuan", "dollar", "euro", "cent", "only", "pound", "pence", "penny", "sterling", "yen", "franc", "rupee", "renminbi"]
        .flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst(), $0.uppercased()] }

    /// Every amount in `line`, left to right; figures inside words never occur (words hold no digits).
    static func find(in line: String) -> [AmountMention] {
        let ns = line as NSString
        let all = NSRange(location: 0, length: ns.length)
        var out: [AmountMention] = []
        // Every Chinese amount ends its numerals with 元/圆 or 角/分: a line without them skips that regex
        // (its cost, run on every cell and line with a trigger word, was a tenth of `check`).
        let mayHoldChinese = line.unicodeScalars.contains { chineseUnits.contains($0) }
        if mayHoldChinese { chinese?.enumerateMatches(in: line, range: all) { m, _, _ in
            guard let m else { return }
            let text = ns.substring(with: m.range)
            out.append(AmountMention(kind: .chineseWords, text: text, value: ChineseAmount.parse(text), currencies: chineseCurrency(text), range: m.range))
        } }
        if mayHoldEnglish(line) { english?.enumerateMatches(in: line, range: all) { m, _, _ in
            guard let m else { return }
            let text = ns.substring(with: m.range)
            let parsed = EnglishAmount.parse(text)
            out.append(AmountMention(kind: .englishWords, text: text, value: parsed?.amount, currencies: parsed?.currency.map { [$0] } ?? [], range: m.range))
        } }
        // A figure holds a digit (ICU's \d: any decimal digit, so non-ASCII ones are looked for too).
        let mayHoldFigure = line.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
            || (line.utf8.contains { $0 >= 0x80 } && line.unicodeScalars.contains { $0.properties.generalCategory == .decimalNumber })
        if mayHoldFigure { figure?.enumerateMatches(in: line, range: all) { m, _, _ in
            guard let m else { return }
            func group(_ name: String) -> String? {
                let r = m.range(withName: name)
                return r.location == NSNotFound ? nil : ns.substring(with: r)
            }
            guard let num = group("num"), let value = Money.parse(num) else { return }
            var currencies: [String] = []
            if let code = group("code") ?? group("after").flatMap({ codes.contains($0) ? $0 : nil }) { currencies = [code] }
            if let sym = group("sym") { currencies = sym == "RMB" ? ["CNY"] : CurrencyTable.currencies(symbol: sym).map(\.code) }
            if let after = group("after"), after.hasSuffix("元") || after == "圆" { currencies = ["CNY"] }
            let scaled = group("after") == "万元" ? value * 10000 : value
            out.append(AmountMention(kind: .figure, text: ns.substring(with: m.range).trimmingCharacters(in: .whitespaces),
                                     value: scaled, currencies: currencies, range: m.range))
        } }
        return out.sorted { $0.range.location < $1.range.location }
    }

    private static let numberWords = Set(numberWord.split(separator: "|").map { Array($0.utf8) })
    /// Scalars ICU's case-insensitive matching may fold into the ASCII letters of a number word
    /// (ſ → s, K → k, ﬁ → fi, ß → ss, İ → i̇): a line holding one goes to the regex unfiltered.
    private static let foldingToASCII: Set<Unicode.Scalar> = ["\u{DF}", "\u{130}", "\u{17F}", "\u{1E9E}", "\u{212A}",
        "\u{FB00}", "\u{FB01}", "\u{FB02}", "\u{FB03}", "\u{FB04}", "\u{FB05}", "\u{FB06}"]

    /// Whether `line` may hold an amount in English words: every match starts at a word boundary with a
    /// number word followed by a space, hyphen or comma, so some whole run of ASCII letters is one.
    /// Lines with a trigger ("Central" holds "cent") but no number word skip the regex, which cost a
    /// tenth of `check` run on every price-schedule row.
    static func mayHoldEnglish(_ line: String) -> Bool {
        var run: [UInt8] = []
        run.reserveCapacity(16)
        var overlong = false
        var found = false
        for byte in line.utf8 {
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") {
                if run.count < 16 { run.append(lower) } else { overlong = true }
                continue
            }
            if !overlong, !run.isEmpty, numberWords.contains(run) { found = true; break }
            run.removeAll(keepingCapacity: true)
            overlong = false
        }
        if found || (!overlong && !run.isEmpty && numberWords.contains(run)) { return true }
        return line.utf8.contains(where: { $0 >= 0x80 }) && line.unicodeScalars.contains(where: foldingToASCII.contains)
    }

    private static func chineseCurrency(_ words: String) -> [String] {
        let prefixes = ["人民币": "CNY", "美元": "USD", "欧元": "EUR", "港币": "HKD", "港元": "HKD", "英镑": "GBP", "日元": "JPY"]
        return prefixes.first { words.hasPrefix($0.key) }.map { [$0.value] } ?? []
    }

    /// What may stand between an amount in words and its figure: brackets, colons, labels.
    private static let filler = try? NSRegularExpression(pattern:
        #"^[\s（）()\[\]【】:：,，*_|]*(?:(?:大写|小写|即|in\s+words|in\s+figures|i\.e\.)[\s（）()\[\]【】:：,，*_|]*)*$"#, options: [.caseInsensitive])

    static func isFiller(_ text: String) -> Bool {
        filler?.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }

    /// Words and figures written side by side ("人民币…元整（¥2,448,350.00）", "¥2,448,350.00（大写：…）",
    /// "… pounds only (GBP 932,400.00)"): each words mention with the figure next to it.
    static func pairs(in line: String, _ mentions: [AmountMention]) -> [(words: AmountMention, figure: AmountMention)] {
        let ns = line as NSString
        var out: [(AmountMention, AmountMention)] = []
        var used = Set<Int>()
        for (i, m) in mentions.enumerated() where m.isWords {
            let neighbours = [i + 1, i - 1].filter { mentions.indices.contains($0) && !used.contains($0) && mentions[$0].kind == .figure }
            for j in neighbours {
                let (a, b) = j > i ? (m.range, mentions[j].range) : (mentions[j].range, m.range)
                let gapStart = a.location + a.length
                guard b.location >= gapStart, isFiller(ns.substring(with: NSRange(location: gapStart, length: b.location - gapStart))) else { continue }
                out.append((m, mentions[j]))
                used.insert(j)
                break
            }
        }
        return out
    }

    /// Whether two mentions could be in the same currency (no currency stated counts as any).
    static func currenciesAgree(_ a: AmountMention, _ b: AmountMention) -> Bool {
        a.currencies.isEmpty || b.currencies.isEmpty || !Set(a.currencies).isDisjoint(with: b.currencies)
    }
}

extension TextIndex {
    /// The lines (fields filled in) holding one of `triggers`, each with its text: a byte search decides
    /// before any regex runs.
    func lines(containingAnyOf triggers: [String]) -> [(line: Line, text: String)] {
        guard let any = ScanPattern(".", triggers: triggers) else { return [] }
        let set = TriggerSet([any])
        return lines.compactMap { line in set.candidates(in: line.resolved).isEmpty ? nil : (line, line.resolved) }
    }

    /// Where a match at UTF-16 `offset` of `line` is: its column for a Markdown line, the file otherwise.
    func location(of line: Line, utf16Offset offset: Int, in text: String) -> SourceLocation {
        var location = line.location
        if line.fromSource {
            location.column = ((text as NSString).substring(to: offset) as String).count + 1
        } else if let data = dataLocation(of: text, in: text) {
            location = data
        }
        return location
    }
}
