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
                    findings.append(finding(Say.formLacks(section.title, seal: lacking.contains(.seal), signature: lacking.contains(.signature)),
                                            section: section.id, at: section.source.map { SourceLocation(file: p.display($0)) }))
                }
            } else {
                let lacking = needs.lacking(seal: slots.contains { $0.kind == .seal }, signature: slots.contains { $0.kind == .signature })
                if !lacking.isEmpty {
                    findings.append(finding(Say.sectionLacks(section.title, seal: lacking.contains(.seal), signature: lacking.contains(.signature)),
                                            section: section.id, at: plans[section.id]?.location))
                }
            }
            for slot in slots where slot.kind == .signature {
                if slot.value == p.bidder.authorizedAgent, slot.value != p.bidder.legalRepresentative { agentSigns = true }
                if !slot.value.isEmpty, slot.value != p.bidder.legalRepresentative, slot.value != p.bidder.authorizedAgent {
                    findings.append(finding(Say.unknownSigner(section.title, slot.value),
                                            section: section.id, at: plans[section.id]?.location))
                }
            }
        }
        let hasPowerOfAttorney = bid.package.sections.contains { s in
            Self.powerOfAttorneyTitles.contains { s.title.localizedCaseInsensitiveContains($0) } && !SectionContentInspector.isEmpty(s)
        }
        if agentSigns, !hasPowerOfAttorney {
            findings.append(finding(Say.noPowerOfAttorney(p.bidder.authorizedAgent ?? ""),
                                    at: p.location(of: "bidder.authorized_agent")))
        }
        return findings
    }
}

extension Signatures {
    enum Say {
        static func formLacks(_ title: String, seal: Bool, signature: Bool) -> Wording {
            let zh = [seal ? "盖章处" : nil, signature ? "签字处" : nil].compactMap { $0 }.joined(separator: "和")
            let en = [seal ? "no seal line (盖章)" : nil, signature ? "no signature line (签字)" : nil].compactMap { $0 }.joined(separator: " or ")
            return Wording("form-lacks", zh: "表格“\(title)”没有投标人的\(zh)", en: "form '\(title)' has \(en) for the bidder")
        }

        static func sectionLacks(_ title: String, seal: Bool, signature: Bool) -> Wording {
            let zh = [seal ? "投标人印章" : nil, signature ? "授权签字" : nil].compactMap { $0 }.joined(separator: "和")
            let en = [seal ? "the bidder's seal" : nil, signature ? "an authorised signature" : nil].compactMap { $0 }.joined(separator: " and ")
            let keys = [seal ? "seal: bidder" : nil, signature ? "signer: …" : nil].compactMap { $0 }.joined(separator: ", ")
            return Wording("section-lacks", zh: "章节“\(title)”须有\(zh)（添加 ```signature 块：\(keys)）",
                           en: "section '\(title)' must carry \(en) (add a ```signature block with \(keys))")
        }

        static func unknownSigner(_ title: String, _ signer: String) -> Wording {
            Wording("unknown-signer", zh: "章节“\(title)”由“\(signer)”签字，此人既非法定代表人也非授权代表",
                    en: "section '\(title)' is signed by '\(signer)', who is neither the legal representative nor the authorised agent")
        }

        static func noPowerOfAttorney(_ agent: String) -> Wording {
            Wording("no-power-of-attorney", zh: "授权代表“\(agent)”签字，但投标文件中没有授权委托书",
                    en: "the authorised agent '\(agent)' signs, but the bid has no power of attorney ('授权委托书')")
        }
    }
}
