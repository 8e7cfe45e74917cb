import Foundation

/// One price, consistently: every total the bid states — bid.yaml `pricing.stated_total`, any
/// "投标总价 / 投标总报价 / 总报价 / total price / fixed price of …" in a section, words first or figures
/// first, and the total rows of tables — equals the figure that binds (`BindingPrice`: the opening
/// summary's, which a generated summary computes from the price schedule). Buyers resolve a
/// disagreement by the usual correction order, so the finding names the figure that would bind.
struct OnePrice: Rule {
    static let id = "one-price"
    static let severity = Finding.Severity.error
    static let description = "The stated totals equal the computed total of the price schedule."

    static let triggering: [RuleExample] = [
        .replacing("stated_total: 13512.77", with: "stated_total: 13512.70"),
        .letter("投标总价：¥13,000.00"),
        .letter("投标总价为人民币壹万叁仟伍佰元整（¥13,500.00）。"),
        .letter("| 项目 | 内容 |\n|---|---|\n| 投标总价（小写） | ¥13,500.00 |"),
        .letter("The total price is GBP 13,000.00.", .en),
        .letter("We offer a firm fixed price of Thirteen thousand pounds only (£13,000.00).", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("投标总价：¥13,512.77"),
        .letter("投标总价为人民币壹万叁仟伍佰壹拾贰元柒角柒分（¥13,512.77）。"),
        .letter("投标报价的 10% 作为履约保证金，总价已含税。"),
        .letter("The total price is GBP 13,512.77.", .en),
        .letter("Our total price includes a discount of £312.00 on the list price.", .en),
    ]


    /// Phrases that state the bid's total, followed (after a few filler words) by the amount.
    private static let statedTotal = try? NSRegularExpression(pattern:
        #"(?i)(?:投标总价|投标总报价|投标报价总额|总报价|报价总额|投标报价|total\s+(?:bid\s+|proposal\s+|contract\s+|tender\s+)?price|(?:firm\s+)?fixed\s+price|grand\s+total)"#)
    static let triggers = ["总价", "总报价", "报价总额", "投标报价"] + ["total", "fixed"].flatMap { [$0, $0.capitalized, $0.uppercased()] }
    /// A byte search for the phrases' literal parts before any regex runs.
    static func candidates(_ line: String) -> [Int] { triggerSet.candidates(in: line) }
    private static let triggerSet = TriggerSet([ScanPattern(".", triggers: triggers)].compactMap { $0 })

    /// What may stand between the phrase and its amount: "为", "：", "（小写）", "of", "is" … (a line break too).
    private static let gap = try? NSRegularExpression(pattern:
        #"(?i)^[\s（）()【】\[\]:：*_|]*(?:(?:为|是|共计|合计|即|人民币|小写|大写|of|is|amounts\s+to|equal\s+to|a\s+total\s+of|in\s+words|in\s+figures)[\s（）()【】\[\]:：*_|]*)*$"#)

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let computed = bid.prices.total
        let binding = BindingPrice.of(bid, context.text.tables)
        var findings: [Finding] = []
        let pricing = bid.project.pricing
        if let stated = pricing.statedTotal, stated != binding.value {
            findings.append(finding(Say.statedTotalDiffers(Money.format(stated), binding, by: Money.format(binding.value - stated)),
                                    at: pricing.statedTotalLocation))
        }
        if binding.value != computed {
            findings.append(finding(Say.bindingDiffersFromSchedule(binding, schedule: Money.format(computed)),
                                    at: binding.location))
        }
        // Every "投标总价 …" / "total price …" in the text, in either order of words and figures; the amount
        // may start the next line of the paragraph ("…愿以投标总报价\n人民币…元整（¥…）").
        let lines = context.text.lines
        // A phrase that starts in a line holds one of the trigger words in that line ("firm fixed⏎price of").
        for (i, line) in lines.enumerated() where !OnePrice.candidates(line.resolved).isEmpty {
            let next = i + 1 < lines.count && lines[i + 1].section == line.section && line.fromSource ? lines[i + 1] : nil
            let first = line.resolved as NSString
            let text = line.resolved + (next.map { "\n" + $0.resolved } ?? "")
            let section = context.text.sections[line.section]
            for m in Self.statedAmounts(in: text, phrasesBefore: first.length) where m.value != binding.value {
                let onNext = m.range.location > first.length
                let at = onNext && next != nil
                    ? context.text.location(of: lines[i + 1], utf16Offset: m.range.location - first.length - 1, in: lines[i + 1].resolved)
                    : context.text.location(of: line, utf16Offset: m.range.location, in: line.resolved)
                findings.append(finding(Say.sectionStatesOther(section.title, m.text, figure: m.isWords ? Money.format(m.value ?? 0) : nil, binding),
                                        section: section.id, at: at))
            }
        }
        // … and in tables ("投标总价（小写）| ¥…"), the opening summary's own rows aside when they bind.
        // Generated tables print the computed total: their disagreement is the one reported above.
        for (m, table, row) in TableAmounts.statedTotals(context.text.tables) where m.value != binding.value && GeneratedKind(rawValue: table.section.kind) == nil {
            findings.append(finding(Say.tableRowStatesOther(row.label, table.section.title, m.text, binding),
                                    section: table.section.id, at: TableAmounts.locate(row, in: table.section, bid)))
        }
        return findings
    }

    /// The amounts a line states as the total: the first amount after each total phrase, or the words
    /// of the words-and-figure pair it starts.
    /// `phrasesBefore`: only phrases starting before this UTF-16 offset count (the rest of the text is
    /// the next line, read for its amount only).
    static func statedAmounts(in text: String, phrasesBefore limit: Int = .max) -> [AmountMention] {
        guard let statedTotal, let gap else { return [] }
        let ns = text as NSString
        let mentions = AmountMentions.find(in: text)
        let pairs = AmountMentions.pairs(in: text, mentions)
        var out: [AmountMention] = []
        for phrase in statedTotal.matches(in: text, range: NSRange(location: 0, length: ns.length)) where phrase.range.location < limit {
            let end = phrase.range.location + phrase.range.length
            guard let first = mentions.first(where: { $0.range.location >= end }),
                  first.isWords || first.text.contains(".") || first.text.contains(",") || !first.currencies.isEmpty,
                  gap.firstMatch(in: ns.substring(with: NSRange(location: end, length: first.range.location - end)),
                                 range: NSRange(location: 0, length: first.range.location - end)) != nil
            else { continue }
            // Words and a figure side by side state one total, the words binding: a figure that
            // disagrees with its words is amount-words' finding.
            if let pair = pairs.first(where: { $0.words == first || $0.figure == first }) {
                var words = pair.words
                words.text += "（\(pair.figure.text)）"
                out.append(words)
            } else {
                out.append(first)
            }
        }
        return out.filter { $0.value != nil }
    }
}

extension OnePrice {
    enum Say {
        static func statedTotalDiffers(_ stated: String, _ binding: BindingPrice, by difference: String) -> Wording {
            Wording("stated-total-differs",
                    zh: "填写的总价 \(stated)（pricing.stated_total）与\(binding.sourceWording.zh) \(Money.format(binding.value)) 相差 \(difference)；\(binding.describedWording.zh)",
                    en: "the stated total \(stated) (pricing.stated_total) differs from \(binding.source) \(Money.format(binding.value)) by \(difference); \(binding.described)")
        }

        static func bindingDiffersFromSchedule(_ binding: BindingPrice, schedule: String) -> Wording {
            Wording("binding-differs-from-schedule",
                    zh: "\(binding.sourceWording.zh)写明 \(Money.format(binding.value))，而分项报价表合计 \(schedule)；\(binding.describedWording.zh)",
                    en: "\(binding.source.dropLast(2)) states \(Money.format(binding.value)) but the price schedule totals \(schedule); \(binding.described)")
        }

        /// `figure`: the amount the words say, when the total is stated in words.
        static func sectionStatesOther(_ title: String, _ stated: String, figure: String?, _ binding: BindingPrice) -> Wording {
            let value = figure.map { " = \($0)" } ?? ""
            return Wording("section-states-other",
                    zh: "章节“\(title)”写明总价“\(stated)”\(value)，而不是 \(Money.format(binding.value))；\(binding.describedWording.zh)",
                    en: "section '\(title)' states a total of '\(stated)'\(value), not \(Money.format(binding.value)); \(binding.described)")
        }

        static func tableRowStatesOther(_ row: String, _ title: String, _ stated: String, _ binding: BindingPrice) -> Wording {
            Wording("table-row-states-other",
                    zh: "章节“\(title)”表格中“\(row)”一行写明总价“\(stated)”，而不是 \(Money.format(binding.value))；\(binding.describedWording.zh)",
                    en: "the table row '\(row)' of section '\(title)' states a total of '\(stated)', not \(Money.format(binding.value)); \(binding.described)")
        }
    }
}

extension BindingPrice {
    /// Which figure binds, in both languages (`source` is the English one).
    var sourceWording: (zh: String, en: String) {
        (source.contains("opening") ? "开标一览表" : "分项报价表", source)
    }

    /// `described` in both languages.
    var describedWording: (zh: String, en: String) {
        ("以\(sourceWording.zh) \(Money.format(value)) 为准（开标一览表优先于正文，大写优先于小写，单价优先于总价）", described)
    }
}
