import Foundation

/// The bid names one bidder, one tender and one buyer: a tender number in another shape-alike
/// variant, a misspelt bidder name, or the name of another buyer or project left in reused
/// boilerplate (bid.yaml `project.known_names`) makes evaluators doubt the whole bid.
struct Identity: Rule {
    static let id = "identity"
    static let severity = Finding.Severity.error
    static let description = "Bidder, tender number and buyer are named identically everywhere; no other buyer or project is named."

    static let triggering: [RuleExample] = [
        RuleExample(.zh, "another buyer's name left in boilerplate", edits: [
            .replace(file: "bid.yaml", old: "  date: 2026-12-08\n", new: "  date: 2026-12-08\n  known_names: [某市自来水公司]\n"),
            .append(file: "sections/letter.md", text: "\n参照某市自来水公司项目经验实施。\n"),
        ]),
        .letter("我方某某科枝有限公司承诺按期供货。"),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("  date: 2026-12-08\n", with: "  date: 2026-12-08\n  known_names: [某市自来水公司]\n"),
        .letter("我方某某科技有限公司承诺按期供货。"),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let p = bid.project
        var findings: [Finding] = []
        // Names of other buyers and projects.
        let known = p.info.knownNames.compactMap { ScanPattern(literal: $0) }
        for m in TextScan.matches(of: known, in: context.text, resolvingFields: true) {
            findings.append(finding(Say.knownName(m.text, m.section.title),
                                    section: m.section.id, at: m.location))
        }
        // Tender numbers of the same shape that are not this tender's.
        if let shape = Self.shapePattern(of: p.tender.number) {
            for m in TextScan.matches(of: [shape], in: context.text, resolvingFields: true) where m.text != p.tender.number {
                findings.append(finding(Say.otherTenderNumber(m.text, p.tender.number, m.section.title),
                                        section: m.section.id, at: m.location))
            }
        }
        // Company names one or two characters away from the bidder's: a typo in our own name.
        let ours = [p.bidder.name, p.tender.buyer, p.tender.agent ?? "", p.customer?.name ?? ""]
        if let company = ScanPattern(#"[\p{Han}A-Za-z0-9（）()]{2,30}?(?:股份有限公司|有限责任公司|有限公司)"#, triggers: ["有限"]) {
            for m in TextScan.matches(of: [company], in: context.text, resolvingFields: true) where !ours.contains(m.text) {
                // The match may start early ("系某某公司"): compare the bidder's name with the match's tails.
                let chars = Array(m.text), name = Array(p.bidder.name)
                let tails = (max(1, name.count - 2)...(name.count + 2)).filter { $0 <= chars.count }.map { Array(chars.suffix($0)) }
                guard name.count >= 6, let closest = tails.min(by: { DidYouMean.distance($0, name) < DidYouMean.distance($1, name) }) else { continue }
                let d = DidYouMean.distance(closest, name)
                if d > 0, d <= 2 {
                    findings.append(finding(Say.nearBidderName(String(closest), p.bidder.name, m.section.title),
                                            section: m.section.id, at: m.location))
                }
            }
        }
        // Seals carry the bidder's name.
        for section in bid.package.sections {
            for case .signature(let s) in section.blocks {
                for slot in s.slots where slot.kind == .seal && slot.value != p.bidder.name {
                    findings.append(finding(Say.sealNamesOther(section.title, slot.value, p.bidder.name),
                                            section: section.id))
                }
            }
        }
        return findings
    }

    /// "LLGD-ZB-2026-0457" → a pattern for any string of the same shape (letters kept, digits free),
    /// triggered by the number's longest run of non-digits.
    static func shapePattern(of number: String) -> ScanPattern? {
        guard number.contains(where: \.isNumber), number.count >= 6 else { return nil }
        var pattern = "(?<![A-Za-z0-9-])"
        for c in number {
            pattern += c.isASCII && c.isNumber ? "[0-9]" : NSRegularExpression.escapedPattern(for: String(c))
        }
        let runs = number.split(omittingEmptySubsequences: true, whereSeparator: { (c: Character) in c.isASCII && c.isNumber })
        let literal = runs.max { $0.count < $1.count }.map(String.init) ?? ""
        return ScanPattern(pattern + "(?![A-Za-z0-9])", triggers: literal.isEmpty ? [] : [literal])
    }
}

extension Identity {
    enum Say {
        static func knownName(_ name: String, _ title: String) -> Wording {
            Wording("known-name", zh: "章节“\(title)”中出现“\(name)”（其他采购人或项目，见 project.known_names）",
                    en: "'\(name)' (another buyer or project, see project.known_names) appears in section '\(title)'")
        }

        static func otherTenderNumber(_ found: String, _ ours: String, _ title: String) -> Wording {
            Wording("other-tender-number", zh: "章节“\(title)”中的招标编号“\(found)”与“\(ours)”不符",
                    en: "tender number '\(found)' differs from '\(ours)' in section '\(title)'")
        }

        static func nearBidderName(_ found: String, _ bidder: String, _ title: String) -> Wording {
            Wording("near-bidder-name", zh: "章节“\(title)”中的“\(found)”与投标人名称“\(bidder)”相近但不同",
                    en: "'\(found)' looks like the bidder's name '\(bidder)' but differs in section '\(title)'")
        }

        static func sealNamesOther(_ title: String, _ seal: String, _ bidder: String) -> Wording {
            Wording("seal-names-other", zh: "章节“\(title)”的印章为“\(seal)”，而非投标人“\(bidder)”",
                    en: "the seal in section '\(title)' names '\(seal)', not the bidder '\(bidder)'")
        }
    }
}
