import Foundation

/// The `{{name}}` fields a section may use, with their values for one project.
public struct FieldTable: Sendable {
    public private(set) var values: [String: String]

    public init(project: Project, prices: PriceSummary) {
        let lang = project.language
        let t = project.tender, b = project.bidder
        func money(_ d: Decimal?) -> String { d.map(Money.format) ?? "" }
        values = [
            "project.id": project.info.id,
            "project.name": project.info.name,
            "project.date": project.info.date.formatted(lang),
            "tender.number": t.number,
            "tender.buyer": t.buyer,
            "tender.agent": t.agent ?? "",
            "tender.lot": t.lot ?? "",
            "tender.deadline": t.deadline.formatted(lang),
            "tender.validity_days": String(t.validityDays),
            "tender.ceiling": money(t.ceiling),
            "tender.bid_bond": money(t.bidBond),
            "bidder.name": b.name,
            "bidder.legal_representative": b.legalRepresentative,
            "bidder.authorized_agent": b.authorizedAgent ?? "",
            "bidder.address": b.address,
            "bidder.contact.name": b.contact?.name ?? "",
            "bidder.contact.phone": b.contact?.phone ?? "",
            "bidder.contact.email": b.contact?.email ?? "",
            "bidder.validity_days": String(b.validityDays),
            "bidder.bid_bond": money(b.bidBond),
            "customer.name": project.customer?.name ?? "",
            "pricing.currency": prices.currency,
            "pricing.tax_rate": Money.percent(prices.taxRate),
            "pricing.subtotal": Money.format(prices.subtotal),
            "pricing.discount": Money.format(prices.discount),
            "pricing.tax": Money.format(prices.tax),
            "pricing.total": Money.format(prices.total),
            "pricing.total_in_words": prices.totalInWords(lang),
        ]
    }

    public var names: [String] { values.keys.sorted() }

    /// True for "{{bidder.name}}" when bidder.name is a field.
    func isKnownField(_ placeholder: String) -> Bool {
        guard placeholder.hasPrefix("{{"), placeholder.hasSuffix("}}") else { return false }
        return values[placeholder.dropFirst(2).dropLast(2).trimmingCharacters(in: .whitespaces)] != nil
    }

    /// Every `{{…}}` in `text` with the location of its opening braces; unknown names are errors.
    func validate(_ text: String, file: String, lineOffset: Int = 0) -> [LoadError] {
        var errors: [LoadError] = []
        for (lineIndex, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                if values[name] == nil {
                    let column = line[..<open.lowerBound].count + 1
                    errors.append(LoadError(SourceLocation(file: file, line: lineIndex + 1 + lineOffset, column: column),
                                            "unknown field '{{\(name)}}'" + DidYouMean.hint(for: name, among: names)))
                }
                rest = rest[close.upperBound...]
            }
        }
        return errors
    }

    /// Replaces every known `{{name}}` in `text`; unknown ones are left for the leftover check.
    func substitute(_ text: String) -> String {
        guard text.contains("{{") else { return text }
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            out += rest[..<open.lowerBound]
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            out += values[name] ?? String(rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return out + rest
    }
}
