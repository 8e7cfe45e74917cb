import Foundation

/// Every document that must be sealed and signed carries a seal/signature block — the sections the
/// template marks `sealed: true`, and, for projects not made from a template, documents whose titles
/// name them (投标函, 授权委托书, …); when anyone but the legal representative signs, a power of
/// attorney is in the bid; and signers are named consistently.
struct Signatures: Rule {
    static let id = "signatures"
    static let severity = Finding.Severity.error
    static let description = "Sealed documents carry their seal and signature; a power of attorney backs an agent's signature."

    /// Titles of documents that are void without the bidder's seal and an authorised signature.
    static let sealedTitles = ["投标函", "授权委托书", "法定代表人身份证明", "承诺", "声明函", "开标一览表", "报价表", "偏离表",
                               "Cover Letter", "Bid Letter", "Power of Attorney", "Declaration", "Commitment"]
    static let powerOfAttorneyTitles = ["授权委托书", "Power of Attorney"]
    /// How a buyer's .docx form marks its seal and signature lines.
    static let formSealWords = ["盖章", "公章", "seal"]
    static let formSignatureWords = ["签字", "签名", "签章", "signature", "signed by"]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let p = bid.project
        var findings: [Finding] = []
        let plans = Dictionary(p.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var agentSigns = false
        for section in bid.package.sections {
            let slots = section.blocks.flatMap { block -> [Signature.Slot] in
                if case .signature(let s) = block { return s.slots }
                return []
            }
            let needsSeal = plans[section.id]?.sealed == true
                || Self.sealedTitles.contains { section.title.localizedCaseInsensitiveContains($0) }
            if needsSeal, section.kind == "docx-form" {
                // A buyer's Word form lays out its own seal and signature lines: look for them in its text.
                let text = Block.textUnits(section.blocks).joined(separator: "\n")
                if !Self.formSealWords.contains(where: { text.localizedCaseInsensitiveContains($0) })
                    || !Self.formSignatureWords.contains(where: { text.localizedCaseInsensitiveContains($0) }) {
                    findings.append(finding("form '\(section.title)' has no seal line (盖章) or no signature line (签字) for the bidder",
                                            section: section.id, at: section.source.map { SourceLocation(file: p.display($0)) }))
                }
            } else if needsSeal, !slots.contains(where: { $0.kind == .seal }) || !slots.contains(where: { $0.kind == .signature }) {
                findings.append(finding("section '\(section.title)' must carry the bidder's seal and an authorised signature (add a ```signature block)",
                                        section: section.id, at: plans[section.id]?.location))
            }
            for slot in slots where slot.kind == .signature {
                if slot.value == p.bidder.authorizedAgent, slot.value != p.bidder.legalRepresentative { agentSigns = true }
                if !slot.value.isEmpty, slot.value != p.bidder.legalRepresentative, slot.value != p.bidder.authorizedAgent {
                    findings.append(finding("section '\(section.title)' is signed by '\(slot.value)', who is neither the legal representative nor the authorised agent",
                                            section: section.id, at: plans[section.id]?.location))
                }
            }
        }
        let hasPowerOfAttorney = bid.package.sections.contains { s in
            Self.powerOfAttorneyTitles.contains { s.title.localizedCaseInsensitiveContains($0) } && !SectionContentInspector.isEmpty(s)
        }
        if agentSigns, !hasPowerOfAttorney {
            findings.append(finding("the authorised agent \(p.bidder.authorizedAgent ?? "") signs, but the bid has no power of attorney (授权委托书)",
                                    at: SourceLocation(file: p.display("bid.yaml"))))
        }
        return findings
    }
}
