import Foundation

/// A price with conditions or alternatives attached (另行报价, 价格另议, 以…为前提, "subject to")
/// makes the bid non-responsive in most tenders: the price must be firm and unique.
struct ConditionalPrice: Rule {
    static let id = "conditional-price"
    static let severity = Finding.Severity.warning
    static let description = "No condition or alternative is attached to the price."

    static let triggering: [RuleExample] = [
        .letter("运输费用另行报价。"),
        .letter("以招标人提供场地为前提。"),
        .letter("All prices are subject to change without notice.", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("报价已包含运输费用，不再另行收取。"),
        .letter("The price is firm and includes all travel.", .en),
    ]

    static let phrases: [ScanPattern] = [
        ScanPattern(literal: "另行报价"), ScanPattern(literal: "价格另议"), ScanPattern(literal: "另行计价"),
        ScanPattern(literal: "另行收费"), ScanPattern(literal: "费用另计"), ScanPattern(literal: "备选报价"), ScanPattern(literal: "可选报价"),
        ScanPattern("以[^，。；]{1,20}为前提", triggers: ["为前提"]),
        ScanPattern("(?i)subject to (?:change|availability|negotiation|confirmation)", triggers: ["subject to", "Subject to", "SUBJECT TO"]),
        ScanPattern("(?i)price(?:s)? (?:to be|are) negotiated", triggers: ["negotiated", "Negotiated"]),
        ScanPattern("(?i)alternative (?:price|offer)", triggers: ["lternative", "LTERNATIVE"]),
        ScanPattern("(?i)optional price", triggers: ["ptional price", "PTIONAL PRICE"]),
    ].compactMap { $0 }

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        TextScan.matches(of: Self.phrases, in: context.text).map { m in
            finding(Say.conditional(m.text, m.section.title), section: m.section.id, at: m.location)
        }
    }
}

extension ConditionalPrice {
    enum Say {
        static func conditional(_ text: String, _ title: String) -> Wording {
            Wording("conditional", zh: "章节“\(title)”中有附条件或备选报价的措辞“\(text)”",
                    en: "conditional or alternative price wording '\(text)' in section '\(title)'")
        }
    }
}
