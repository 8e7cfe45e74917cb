import Foundation

/// A price with conditions or alternatives attached (另行报价, 价格另议, 以…为前提, "subject to")
/// makes the bid non-responsive in most tenders: the price must be firm and unique.
struct ConditionalPrice: Rule {
    static let id = "conditional-price"
    static let severity = Finding.Severity.warning
    static let description = "No condition or alternative is attached to the price."

    static let phrases: [NSRegularExpression] = [
        "另行报价", "价格另议", "另行计价", "另行收费", "费用另计", "以[^，。；]{1,20}为前提", "备选报价", "可选报价",
        "(?i)subject to (?:change|availability|negotiation|confirmation)", "(?i)price(?:s)? (?:to be|are) negotiated",
        "(?i)alternative (?:price|offer)", "(?i)optional price",
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        TextScan.matches(of: Self.phrases, in: bid).map { m in
            finding("conditional or alternative price wording '\(m.text)' in section '\(m.section.title)'", section: m.section.id, at: m.location)
        }
    }
}
