import Foundation

/// Every document that must be sealed or signed carries the seal and/or signature it needs
/// (`SigningNeeds`: the section's `sealed:` / `signed:`, else its title — 投标函 sealed and signed,
/// 中小企业声明函 sealed only, …); when anyone but the legal representative signs, a power of
/// attorney is in the bid; and signers are named consistently.
struct Signatures: Rule {
    static let id = "signatures"
    static let severity = Finding.Severity.error
    static let description = "Sealed documents carry their seal, signed ones their signature; a power of attorney backs an agent's signature."

    static let triggering: [RuleExample] = [
        .replacing("```signature\nseal: bidder\nsigner: legal-representative\ndate: true\n```\n", with: "", in: "sections/letter.md"),
        .replacing("signer: legal-representative\n", with: "", in: "sections/letter.md"),
        .replacing("```signature\nseal: bidder\nsigner: legal-representative\ndate: true\n```\n", with: "", in: "sections/letter.md", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        RuleExample(.zh, "中小企业声明函 carries the seal alone", edits: [
            .replace(file: "bid.yaml", old: "{id: letter, title: 投标函,", new: "{id: letter, title: 中小企业声明函,"),
            .replace(file: "sections/letter.md", old: "signer: legal-representative\n", new: ""),
        ]),
        RuleExample(.zh, "signed: false overrides the title list", edits: [
            .replace(file: "bid.yaml", old: "covers: [D-01]}", new: "covers: [D-01], signed: false}"),
            .replace(file: "sections/letter.md", old: "signer: legal-representative\n", new: ""),
        ]),
    ]

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
            // A section that could not be read is reported by `load`.
            if bid.unloadedSections.contains(section.id) { continue }
            let needs = SigningNeeds.of(section, plan: plans[section.id])
            if section.kind == "docx-form" {
                // A buyer's Word form lays out its own seal and signature lines: look for them in its text.
                let text = Block.textUnits(section.blocks).joined(separator: "\n")
                let lacking = needs.lacking(seal: Self.formSealWords.contains { text.localizedCaseInsensitiveContains($0) },
                                            signature: Self.formSignatureWords.contains { text.localizedCaseInsensitiveContains($0) })
                if !lacking.isEmpty {
                    let lines = lacking.map { $0 == .seal ? "no seal line (盖章)" : "no signature line (签字)" }.joined(separator: " or ")
                    findings.append(finding("form '\(section.title)' has \(lines) for the bidder",
                                            section: section.id, at: section.source.map { SourceLocation(file: p.display($0)) }))
                }
            } else {
                let lacking = needs.lacking(seal: slots.contains { $0.kind == .seal }, signature: slots.contains { $0.kind == .signature })
                if !lacking.isEmpty {
                    let what = lacking.map { $0 == .seal ? "the bidder's seal" : "an authorised signature" }.joined(separator: " and ")
                    let keys = lacking.map { $0 == .seal ? "seal: bidder" : "signer: …" }.joined(separator: ", ")
                    findings.append(finding("section '\(section.title)' must carry \(what) (add a ```signature block with \(keys))",
                                            section: section.id, at: plans[section.id]?.location))
                }
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
                                    at: p.location(of: "bidder.authorized_agent")))
        }
        return findings
    }
}
