import Foundation

/// Every place in one document that needs a seal or a signature, with its page in the PDF, so the
/// person applying the CA e-seal in the platform's client knows every page to stamp.
///
/// Sources: each signature block (its seal and signature slots), each section marked `sealed:`
/// that has no block of its own (a buyer's Word form carries its own seal and signature lines), and,
/// for Chinese bids, the 骑缝章 (paging seal) across the whole document.
public struct SigningMap: Sendable {
    public struct Entry: Sendable, Hashable {
        /// Physical page in the PDF (what the platform client shows), when a layout pass ran.
        public var page: Int?
        /// The number printed on that page.
        public var pageLabel: String
        public var sectionID: String
        /// "一、投标函" / "1.1 Cover letter".
        public var section: String
        /// What to apply: 公章, 法定代表人签字或盖章, 授权代表签字, 骑缝章 …
        public var needs: [String]
        /// Millimetres from the top edge of the page where the block starts, when known.
        public var fromTopMillimetres: Int?
        /// Where on the page: "right" (signature blocks are right-aligned), "page" (a whole form), "edge".
        public var placement: String
    }

    public var document: String
    public var volume: String?
    public var pageCount: Int?
    public var entries: [Entry]

    public init(bid: AssembledBid, document: BidDocument, pages: PageMap?) {
        self.document = document.baseName
        volume = document.volume
        pageCount = pages.map(\.pageCount)
        let zh = bid.project.language == .zh
        let package = document.package
        var entries: [Entry] = []
        var titles: [String: String] = [:]
        for section in package.sections { titles[section.id] = section.numberedTitle }
        let inDocument = Set(package.sections.map(\.id))
        // Numbered within the document, as the renderer that bookmarked them counted.
        for placed in package.signatureBlocks {
            let needs = Self.needs(placed.signature, zh: zh)
            guard !needs.isEmpty else { continue }
            let place = pages?[Signature.anchor(placed.ordinal)]
            entries.append(Entry(page: place?.page, pageLabel: place?.label ?? "", sectionID: placed.sectionID,
                                 section: titles[placed.sectionID] ?? placed.sectionID, needs: needs,
                                 fromTopMillimetres: place?.fromTop.map { Int(($0 * 25.4 / 72).rounded()) }, placement: "right"))
        }
        let withBlocks = Set(entries.map(\.sectionID))
        // Documents that must be sealed or signed (SigningNeeds) but carry no block, like a buyer's form.
        for plan in bid.project.sections where inDocument.contains(plan.id) && !withBlocks.contains(plan.id) {
            let signing = SigningNeeds.of(plan)
            guard !signing.isEmpty else { continue }
            let place = pages?[plan.id]
            let needs = (signing.seal ? [zh ? "公章" : "company seal"] : []) + (signing.signature ? [zh ? "法定代表人或授权代表签字" : "authorised signature"] : [])
            entries.append(Entry(page: place?.page, pageLabel: place?.label ?? "", sectionID: plan.id,
                                 section: titles[plan.id] ?? plan.title, needs: needs, fromTopMillimetres: nil, placement: "page"))
        }
        entries.sort { ($0.page ?? Int.max, $0.fromTopMillimetres ?? 0) < ($1.page ?? Int.max, $1.fromTopMillimetres ?? 0) }
        if zh {
            entries.append(Entry(page: nil, pageLabel: pageCount.map { "1–\($0)" } ?? "", sectionID: "", section: "（全册）",
                                 needs: ["骑缝章"], fromTopMillimetres: nil, placement: "edge"))
        }
        self.entries = entries
    }

    /// The seal and signature slots of a block in words; date lines need nothing.
    static func needs(_ s: Signature, zh: Bool) -> [String] {
        s.slots.compactMap { slot in
            switch slot.kind {
            case .seal: return zh ? "公章" : "company seal"
            case .signature:
                let words = slot.label.replacingOccurrences(of: "（", with: "").replacingOccurrences(of: "）", with: "")
                    .replacingOccurrences(of: "(", with: "").replacingOccurrences(of: ")", with: "")
                return words.isEmpty ? (zh ? "签字" : "signature") : words
            case .date: return nil
            }
        }
    }
}
