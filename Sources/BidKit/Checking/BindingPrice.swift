import BidKitMoney
import Foundation

/// The price that binds when the bid states more than one, by the usual correction order: the opening
/// summary prevails over the body text, words over figures, unit price over line total. The one
/// decision `one-price` and `price-ceiling` both name, so they never disagree about which figure binds.
struct BindingPrice {
    var value: Decimal
    /// "the opening summary's" / "the price schedule's", for messages.
    var source: String
    var location: SourceLocation?

    static let order = "the opening summary prevails over the body text, words over figures, unit price over line total"

    static func of(_ bid: AssembledBid, _ tables: [TableAmounts.Located]) -> BindingPrice {
        let computed = bid.prices.total
        let summaries = bid.package.sections.filter { SigningNeeds.titleNamesOpeningSummary($0.title) || $0.kind == GeneratedKind.openingSummary.rawValue }
        // A generated opening summary prints the computed total; one the team wrote binds with what it states.
        for summary in summaries where summary.kind != GeneratedKind.openingSummary.rawValue {
            let stated = TableAmounts.statedTotals(tables, includingMarkdown: true).filter { $0.1.section.id == summary.id }
            if let words = stated.first(where: { $0.0.isWords }) ?? stated.first, let value = words.0.value {
                return BindingPrice(value: value, source: "the opening summary's",
                                    location: TableAmounts.locate(words.2, in: summary, bid))
            }
        }
        let plan = summaries.first.flatMap { s in bid.project.sections.first { $0.id == s.id } }
        return BindingPrice(value: computed, source: summaries.isEmpty ? "the price schedule's" : "the opening summary's", location: plan?.location)
    }

    var described: String { "binding: \(source) \(Money.format(value)) (\(Self.order))" }
}

extension SigningNeeds {
    /// 开标一览表 / price summary: the document whose figure prevails.
    static func titleNamesOpeningSummary(_ title: String) -> Bool {
        ["开标一览表", "报价一览表", "Price Summary", "Form of Tender Price", "Bid Summary"].contains { title.localizedCaseInsensitiveContains($0) }
    }
}
