import Foundation

/// Every letter is addressed to this tender's buyer or its agent: an addressee line — 致：…, 尊敬的…：,
/// "To: …", "Dear …" — must name the buyer, the agent, the customer or one of the customer's
/// contacts ("Dear Mr. Becker"), or be a generic salutation (评标委员会, "Dear Sir or Madam"). A letter
/// to another buyer, left in reused boilerplate, tells the committee the bid was not written for them,
/// whether or not that buyer is in `known_names`.
struct Addressee: Rule {
    static let id = "addressee"
    static let severity = Finding.Severity.error
    static let description = "Every addressee line (致：/ To: / Dear …) names the tender's buyer or agent."

    static let triggering: [RuleExample] = [
        .letter("致：某市中心医院"),
        .letter("尊敬的某市自来水公司："),
        .letter("Dear City of Springfield,", .en),
        .letter("To: Lakeshore Plastics Group, Procurement", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .letter("致：评标委员会"),
        .letter("尊敬的{{tender.buyer}}："),
        .letter("Dear Sir or Madam,", .en),
        .letter("To: Procurement Department, {{tender.buyer}}", .en),
        .letter("To whom it may concern,", .en),
        .letter("Dear [TODO: salutation],", .en),
    ]

    /// Addressee lines: the marker and what follows it (up to the salutation's colon or comma).
    private static let patterns: [ScanPattern] = [
        ScanPattern(#"^[*_\s]*(?:致|至)\s*[:：]\s*(.+?)[*_\s]*$"#, label: "致", triggers: ["致：", "致:", "至：", "至:", "致 ", "至 "]),
        ScanPattern(#"^[*_\s]*尊敬的\s*(.+?)\s*[:：，,]?[*_\s]*$"#, label: "尊敬的", triggers: ["尊敬的"]),
        ScanPattern(#"^[*_\s]*(?:To|TO)\s*:\s*(.+?)[*_\s]*$"#, label: "To", triggers: ["To:", "TO:", "To :", "TO :"]),
        ScanPattern(#"^[*_\s]*(?:Dear|DEAR)\s+(.+?)\s*[,:，]?[*_\s]*$"#, label: "Dear", triggers: ["Dear", "DEAR"]),
    ].compactMap { $0 }

    /// Salutations that name no one in particular, which every tender accepts.
    static let generic = ["评标委员会", "招标人", "采购人", "招标代理机构", "采购代理机构", "贵方", "贵单位", "贵公司", "贵司",
                          "sir", "sirs", "madam", "sir or madam", "sir/madam", "sirs/madams", "evaluation committee", "selection committee",
                          "tender committee", "procurement committee", "whom it may concern", "colleagues", "team", "procurement officer",
                          "contracting authority", "purchaser", "buyer", "client", "evaluation panel", "tender board"]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let p = bid.project
        let ours = ([p.tender.buyer, p.tender.agent, p.customer?.name] + (p.customer?.contacts.map(\.name) ?? []))
            .compactMap { $0 }.filter { !$0.isEmpty }
        // "Dear Mr. Becker": a contact's family name alone is an address to them.
        let surnames = (p.customer?.contacts ?? []).compactMap { $0.name.split(separator: " ").last.map(String.init) }.filter { $0.count >= 2 }
        var findings: [Finding] = []
        for m in TextScan.matches(of: Self.patterns, in: context.text, resolvingFields: true) {
            // "Dear [TODO: salutation]" is a leftover to fill in, reported by that rule.
            guard let addressee = Self.addressee(m.text), !Leftovers.hasPlaceholder(addressee) else { continue }
            let lower = addressee.lowercased()
            if ours.contains(where: { addressee.contains($0) || $0.contains(addressee) }) || surnames.contains(where: { addressee.contains($0) }) { continue }
            if Self.generic.contains(where: { lower.hasSuffix($0) || lower.hasPrefix($0) || lower == "the " + $0 }) { continue }
            findings.append(finding(Say.wrongAddressee(m.section.title, addressee, buyer: p.tender.buyer, agent: p.tender.agent),
                                    section: m.section.id, at: m.location))
        }
        return findings
    }

    /// The name an addressee line gives ("某市中心医院" out of "**致：某市中心医院**").
    static func addressee(_ line: String) -> String? {
        for p in patterns {
            let ns = line as NSString
            guard let m = p.regex.firstMatch(in: line, range: NSRange(location: 0, length: ns.length)), m.numberOfRanges > 1,
                  m.range(at: 1).location != NSNotFound else { continue }
            let name = ns.substring(with: m.range(at: 1)).trimmingCharacters(in: CharacterSet(charactersIn: " ：:，,*_\t"))
            return name.isEmpty ? nil : name
        }
        return nil
    }
}

extension Addressee {
    enum Say {
        static func wrongAddressee(_ title: String, _ addressee: String, buyer: String, agent: String?) -> Wording {
            Wording("wrong-addressee",
                    zh: "章节“\(title)”致“\(addressee)”，而非采购人“\(buyer)”" + (agent.map { "或代理机构“\($0)”" } ?? ""),
                    en: "section '\(title)' is addressed to '\(addressee)', not the buyer '\(buyer)'" + (agent.map { " or the agent '\($0)'" } ?? ""))
        }
    }
}
