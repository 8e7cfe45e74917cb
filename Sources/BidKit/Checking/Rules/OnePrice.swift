import Foundation

/// One price, consistently: the total the bid letter states (bid.yaml `pricing.stated_total` and any
/// "投标总价 …" figure written in a section) equals the price schedule's computed total, which is also
/// what the opening summary prints. Buyers resolve a disagreement by the usual correction order —
/// the opening summary over the body text, words over figures, unit price over line total — so the
/// finding names the figure that would bind.
struct OnePrice: Rule {
    static let id = "one-price"
    static let severity = Finding.Severity.error
    static let description = "The stated totals equal the computed total of the price schedule."

    static let triggering: [RuleExample] = [
        .replacing("stated_total: 13512.77", with: "stated_total: 13512.70"),
        .letter("投标总价：¥13,000.00"),
        .letter("The total price is USD 13,000.00.", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("投标总价：¥13,512.77"),
        .letter("The total price is USD 13,512.77.", .en),
    ]

    static let bindingOrder = "the opening summary prevails over the body text, words over figures, unit price over line total"

    private static let statedFigure: [ScanPattern] = [
        ScanPattern(#"(?:投标总价|投标总报价|投标报价|报价总额|总报价)(?:为|是|：|:)?\s*(?:[（(]?小写[）)]?[：:]?)?\s*(?:人民币)?\s*[¥￥]?\s*\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"#,
                    triggers: ["总价", "报价", "总额"]),
        ScanPattern(#"(?i)total (?:bid |proposal |contract )?price (?:is |of |:)?\s*(?:[A-Z]{3}\s*|\$|€)?\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"#,
                    triggers: ["otal", "OTAL"]),
    ].compactMap { $0 }

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let computed = bid.prices.total
        let binding = "binding: the opening summary's \(Money.format(computed)) (\(Self.bindingOrder))"
        var findings: [Finding] = []
        let pricing = bid.project.pricing
        if let stated = pricing.statedTotal, stated != computed {
            findings.append(finding("the stated total \(Money.format(stated)) (pricing.stated_total) differs from the computed total \(Money.format(computed)) by \(Money.format(computed - stated)); \(binding)",
                                    at: pricing.statedTotalLocation))
        }
        for m in TextScan.matches(of: Self.statedFigure, in: context.text, resolvingFields: true) {
            guard let figure = Self.lastAmount(in: m.text), figure != computed else { continue }
            findings.append(finding("section '\(m.section.title)' states a total of \(Money.format(figure)), the price schedule totals \(Money.format(computed)); \(binding)",
                                    section: m.section.id, at: m.location))
        }
        return findings
    }

    static func lastAmount(in text: String) -> Decimal? {
        guard let r = try? NSRegularExpression(pattern: #"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?"#) else { return nil }
        let ns = text as NSString
        return r.matches(in: text, range: NSRange(location: 0, length: ns.length)).last.flatMap { Money.parse(ns.substring(with: $0.range)) }
    }
}
