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
            "pricing.tax_rate": prices.rateText(lang),
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
        guard Self.hasPlaceholder(text) else { return [] }
        var errors: [LoadError] = []
        // One suggestion per distinct name: a pasted line can repeat the same typo thousands of times.
        var hints: [String: String] = [:]
        for (lineIndex, line) in TextIndex.lines(of: text).enumerated() where Self.hasPlaceholder(String(line)) {
            // Columns counted onward from the previous unknown field: linear however many a line holds.
            var counted = line.startIndex, column = 1
            for (range, name) in Self.placeholders(in: line) where values[name] == nil {
                column += line[counted..<range.lowerBound].count
                counted = range.lowerBound
                let hint = hints[name] ?? DidYouMean.hint(for: name, among: names)
                hints[name] = hint
                errors.append(LoadError(SourceLocation(file: file, line: lineIndex + 1 + lineOffset, column: column),
                                        "unknown field '{{\(name)}}'" + hint))
            }
        }
        return errors
    }

    /// Replaces every known `{{name}}` in `text`; unknown ones are left for the leftover check.
    func substitute(_ text: String) -> String {
        guard Self.hasPlaceholder(text) else { return text }
        var out = ""
        var last = text.startIndex
        for (range, name) in Self.placeholders(in: text[...]) {
            guard let value = values[name] else { continue }
            out += text[last..<range.lowerBound]
            out += value
            last = range.upperBound
        }
        return out + text[last...]
    }

    /// A byte scan for "{{": most text has none, and Foundation's `range(of:)` is slow on Linux.
    static func hasPlaceholder(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buf in
            guard buf.count > 1 else { return false }
            for i in 1..<buf.count where buf[i] == 0x7B && buf[i - 1] == 0x7B { return true }
            return false
        }
    }

    /// The `{{name}}` occurrences in `text` (name trimmed), left to right.
    static func placeholders(in text: Substring) -> [(Range<String.Index>, String)] {
        var out: [(Range<String.Index>, String)] = []
        let utf8 = text.utf8
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let next = utf8.index(after: i)
            guard utf8[i] == 0x7B, next != utf8.endIndex, utf8[next] == 0x7B else {
                i = next
                continue
            }
            var j = utf8.index(after: next)
            var closed: String.Index?
            while j != utf8.endIndex {
                let k = utf8.index(after: j)
                if utf8[j] == 0x7D, k != utf8.endIndex, utf8[k] == 0x7D { closed = j; break }
                j = k
            }
            guard let close = closed else { break }
            let end = utf8.index(close, offsetBy: 2)
            let name = String(text[utf8.index(next, offsetBy: 1)..<close]).trimmingCharacters(in: .whitespaces)
            out.append((i..<end, name))
            i = end
        }
        return out
    }
}
