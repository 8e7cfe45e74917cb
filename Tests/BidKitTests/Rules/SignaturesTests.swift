import Testing
@testable import BidKit

@Suite("Rule signatures")
struct SignaturesTests {
    @Test func sectionsMarkedSealedNeedASealAndSignature() throws {
        let md = "# 说明\n\n本节由招标文件要求加盖公章。\n"
        let bid = TestProject.bid(replacing: "status: review, covers: [D-01]}", with: "status: review, covers: [D-01], sealed: true}")
            .replacingOccurrences(of: "{id: letter, title: 投标函,", with: "{id: letter, title: 报价说明,")
        let f = try findings(["bid.yaml": bid, "sections/letter.md": md], rule: Signatures.id)
        #expect(f.count == 1 && f.first?.section == "letter")
        #expect(f.first?.english.contains("the bidder's seal and an authorised signature") == true)
        let unmarked = bid.replacingOccurrences(of: ", sealed: true", with: "")
        #expect(try findings(["bid.yaml": unmarked, "sections/letter.md": md], rule: Signatures.id).isEmpty)
    }

    /// Issue 10 item 11: the SME declaration's official format has a seal line and no signature line.
    @Test func sealOnlyDocumentsNeedNoSignature() throws {
        let bid = TestProject.bid(replacing: "{id: letter, title: 投标函,", with: "{id: letter, title: 中小企业声明函,")
        let sealOnly = TestProject.letterMarkdown.replacingOccurrences(of: "signer: legal-representative\n", with: "")
        #expect(try findings(["bid.yaml": bid, "sections/letter.md": sealOnly], rule: Signatures.id).isEmpty)
        let unsealed = TestProject.letterMarkdown.replacingOccurrences(of: "seal: bidder\n", with: "")
        let f = try findings(["bid.yaml": bid, "sections/letter.md": unsealed], rule: Signatures.id)
        #expect(f.count == 1 && f.first?.english.contains("must carry the bidder's seal (") == true, "\(f.map(\.message))")
    }

    /// `sealed:` and `signed:` are separate and override the title list either way.
    @Test func sealedAndSignedOverrideTheTitleList() throws {
        let noSignature = TestProject.letterMarkdown.replacingOccurrences(of: "signer: legal-representative\n", with: "")
        let signedFalse = TestProject.bid(replacing: "covers: [D-01]}", with: "covers: [D-01], signed: false}")
        #expect(try findings(["bid.yaml": signedFalse, "sections/letter.md": noSignature], rule: Signatures.id).isEmpty)
        #expect(try findings(["sections/letter.md": noSignature], rule: Signatures.id).count == 1)
        let noBlock = TestProject.letterMarkdown.components(separatedBy: "```signature")[0]
        let neither = TestProject.bid(replacing: "covers: [D-01]}", with: "covers: [D-01], sealed: false, signed: false}")
        #expect(try findings(["bid.yaml": neither, "sections/letter.md": noBlock], rule: Signatures.id).isEmpty)
        let signedOnly = TestProject.bid(replacing: "covers: [D-01]}", with: "covers: [D-01], sealed: false}")
        let noSeal = TestProject.letterMarkdown.replacingOccurrences(of: "seal: bidder\n", with: "")
        #expect(try findings(["bid.yaml": signedOnly, "sections/letter.md": noSeal], rule: Signatures.id).isEmpty)
    }

    @Test func signingNeedsDecideByPlanThenTitle() {
        func plan(_ title: String, sealed: Bool? = nil, signed: Bool? = nil) -> SectionPlan {
            SectionPlan(id: "s", title: title, content: .generated(.toc), owner: "", due: CalendarDay(year: 2026, month: 1, day: 1),
                        status: .done, covers: [], sealed: sealed, signed: signed, location: SourceLocation(file: "bid.yaml"))
        }
        #expect(SigningNeeds.of(plan("投标函")) == SigningNeeds(seal: true, signature: true))
        #expect(SigningNeeds.of(plan("中小企业声明函")) == SigningNeeds(seal: true, signature: false))
        #expect(SigningNeeds.of(plan("售后服务承诺")) == SigningNeeds(seal: true, signature: false))
        #expect(SigningNeeds.of(plan("技术方案")) == .none)
        #expect(SigningNeeds.of(plan("技术方案", sealed: true)) == SigningNeeds(seal: true, signature: true))
        #expect(SigningNeeds.of(plan("Cover Letter", signed: false)) == SigningNeeds(seal: true, signature: false))
    }
}
