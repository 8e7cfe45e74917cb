import Foundation

/// Every amount written in words (人民币壹佰捌拾伍万陆仟元整, or "… dollars only" in English bids) equals
/// the figure written beside it, to the fen. When they disagree the words are binding, which is
/// rarely the figure the bid meant.
struct AmountInWords: Rule {
    static let id = "amount-words"
    static let severity = Finding.Severity.error
    static let description = "Amounts in words equal the figures beside them."

    static let triggering: [RuleExample] = [
        .letter("投标保证金人民币贰万元整（¥20,000.01）。"),
        .letter("The bond is Twenty thousand dollars only (USD 20,000.01).", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("投标保证金人民币贰万元整（¥20,000.00）。"),
        .letter("The bond is Twenty thousand dollars only (USD 20,000.00).", .en),
    ]

    private static let figure = #"[（(]?\s*(?:小写[：:]?\s*)?(?:¥|￥|RMB|CNY|USD|EUR|\$|€)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?:元)?\s*[）)]?"#
    /// Grouped as a whole: it is an alternation and is concatenated with the figure pattern.
    private static let chineseWords = #"(?:(?:人民币|美元|欧元|港币)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿负]+[元圆][零壹贰叁肆伍陆柒捌玖角分整正]*|(?:人民币)?[零壹贰叁肆伍陆柒捌玖]+[角分][零壹贰叁肆伍陆柒捌玖分整正]*)"#
    private static let englishNumber = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion"
    private static let englishWords = #"(?i)\b(?:(?:"# + englishNumber + #")[\s-]+(?:and\s+)?)+(?:yuan|dollars?|euros?|[A-Z]{3})(?:\s+and\s+(?:(?:"# + englishNumber + #")[\s-]*)+(?:fen|cents?))?(?:\s+only)?"#

    /// A Chinese amount always has a capital digit (or is 零元); an English one names its currency.
    private static let chineseTriggers = ["壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "零元"]
    private static let englishTriggers = ["yuan", "dollar", "euro", "cent", "only", "Yuan", "Dollar", "Euro"]
    private static let patterns: [ScanPattern] = [
        ScanPattern(chineseWords + #"\s*"# + figure, label: "zh", triggers: chineseTriggers),
        ScanPattern(figure + #"\s*[（(]?\s*(?:大写[：:]?\s*)?"# + chineseWords, label: "zh-figure-first", triggers: chineseTriggers),
        ScanPattern(englishWords + #"\s*"# + figure, label: "en", triggers: englishTriggers),
    ].compactMap { $0 }

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        TextScan.matches(of: Self.patterns, in: context.text, resolvingFields: true).compactMap { m in
            guard let (words, figureText) = Self.split(m.text, figureFirst: m.label == "zh-figure-first"),
                  let figure = Money.parse(figureText)
            else { return nil }
            let value = m.label == "en" ? EnglishAmount.parse(words)?.amount : ChineseAmount.parse(words)
            guard let value else {
                return finding("'\(words)' is not a well-formed amount in words (next to \(figureText)) in section '\(m.section.title)'",
                               section: m.section.id, at: m.location)
            }
            guard value != figure else { return nil }
            return finding("amount in words '\(words)' = \(Money.format(value)) but the figure beside it is \(figureText) in section '\(m.section.title)'; the words are binding",
                           section: m.section.id, at: m.location)
        }
    }

    /// Separates the words from the figure in one match.
    static func split(_ text: String, figureFirst: Bool) -> (String, String)? {
        guard let figureRegex = try? NSRegularExpression(pattern: #"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?"#) else { return nil }
        let ns = text as NSString
        let all = figureRegex.matches(in: text, range: NSRange(location: 0, length: ns.length))
        guard let m = figureFirst ? all.first : all.last else { return nil }
        let figure = ns.substring(with: m.range)
        let rest = figureFirst ? ns.substring(from: m.range.location + m.range.length) : ns.substring(to: m.range.location)
        let trim = CharacterSet(charactersIn: " （()）¥￥$€:：小写大写RMBCNYUSDEUR\t")
        let words = rest.trimmingCharacters(in: trim)
        return words.isEmpty ? nil : (words, figure)
    }
}
