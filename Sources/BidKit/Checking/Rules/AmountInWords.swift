import BidKitMoney
import Foundation

/// Every amount written in words (人民币壹佰捌拾伍万陆仟元整; "Nine hundred thirty-two thousand four
/// hundred pounds only") equals the figure written beside it — in either order, in any ISO 4217 code
/// or common symbol (¥, £, €, HK$, GBP …) — to the cent, and in the same currency; across a table too
/// (the 大写 row against the 小写 row of the same amount). When they disagree the words are binding,
/// which is rarely the figure the bid meant.
struct AmountInWords: Rule {
    static let id = "amount-words"
    static let severity = Finding.Severity.error
    static let description = "Amounts in words equal the figures beside them."

    static let triggering: [RuleExample] = [
        .letter("投标保证金人民币贰万元整（¥20,000.01）。"),
        .letter("投标保证金 ¥20,000.00（大写：人民币贰万零壹元整）。"),
        .letter("| 项目 | 金额 |\n|---|---|\n| 投标保证金（小写） | ¥20,000.00 |\n| 投标保证金（大写） | 人民币贰万壹仟元整 |"),
        .letter("A bond of Nine hundred thirty-two thousand four hundred pounds only (£932,400.01).", .en),
        .letter("A bond of Twenty thousand dollars only (£20,000.00).", .en),
        .letter("A bond of Eleven thousand Hong Kong dollars only (HKD 11,100.00).", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("投标保证金人民币贰万元整（¥20,000.00）。"),
        .letter("投标保证金 ¥20,000.00（大写：人民币贰万元整）。"),
        .letter("| 项目 | 金额 |\n|---|---|\n| 投标保证金（小写） | ¥20,000.00 |\n| 投标保证金（大写） | 人民币贰万元整 |"),
        .letter("A bond of Nine hundred thirty-two thousand four hundred pounds only (£932,400.00).", .en),
        .letter("Seven thousand euros only (EUR 7,000.00) and Eleven thousand Hong Kong dollars only (HK$11,000.00).", .en),
        .letter("Eight hundred pounds sterling and fifty pence (GBP 800.50).", .en),
    ]


    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        var findings: [Finding] = []
        for (line, text) in context.text.lines(containingAnyOf: AmountMentions.wordTriggers) {
            let section = context.text.sections[line.section]
            for (words, figure) in AmountMentions.pairs(in: text, AmountMentions.find(in: text)) {
                let at = context.text.location(of: line, utf16Offset: words.range.location, in: text)
                findings += Self.compare(words, figure).map { finding(Say.inSection($0, section.title), section: section.id, at: at) }
            }
        }
        findings += TableAmounts.wordsAgainstFigures(bid, context.text.tables).map { finding($0.message, section: $0.section, at: $0.location) }
        return findings
    }

    /// What is wrong with an amount in words written beside `figure`, if anything.
    static func compare(_ words: AmountMention, _ figure: AmountMention) -> [Wording] {
        guard let value = words.value else { return [Say.malformed(words.text, figure: figure.text)] }
        var problems: [Wording] = []
        if let figureValue = figure.value, value != figureValue {
            problems.append(Say.differs(words.text, value: Money.format(value), figure: figure.text))
        }
        if !AmountMentions.currenciesAgree(words, figure) {
            problems.append(Say.otherCurrency(words.text, words.currencies.joined(separator: "/"), figure: figure.text,
                                              figure.currencies.joined(separator: "/")))
        }
        return problems
    }
}

extension AmountInWords {
    enum Say {
        static func malformed(_ words: String, figure: String) -> Wording {
            Wording("malformed", zh: "“\(words)”不是规范的大写金额（旁边的小写为“\(figure)”）",
                    en: "'\(words)' is not a well-formed amount in words (next to '\(figure)')")
        }

        static func differs(_ words: String, value: String, figure: String) -> Wording {
            Wording("differs", zh: "大写金额“\(words)” = \(value)，但旁边的小写为“\(figure)”；以大写为准",
                    en: "amount in words '\(words)' = \(value) but the figure beside it is '\(figure)'; the words are binding")
        }

        static func otherCurrency(_ words: String, _ currency: String, figure: String, _ figureCurrency: String) -> Wording {
            Wording("other-currency", zh: "大写金额“\(words)”的币种为 \(currency)，而旁边的小写“\(figure)”为 \(figureCurrency)",
                    en: "amount in words '\(words)' is in \(currency) but the figure beside it, '\(figure)', is in \(figureCurrency)")
        }

        static func inSection(_ problem: Wording, _ title: String) -> Wording {
            problem.adding(zh: "（章节“\(title)”）", en: " in section '\(title)'")
        }

        static func inTableRow(_ problem: Wording, row: String, section: String) -> Wording {
            problem.adding(zh: "（章节“\(section)”表格“\(row)”一行）", en: " in the table row '\(row)' of section '\(section)'")
        }
    }
}
