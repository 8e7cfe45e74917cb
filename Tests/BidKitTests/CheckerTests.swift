import Foundation
import Testing
@testable import BidKit

/// Each rule: a defective project that triggers it, and the clean base project that does not.
@Suite("Checker rules")
struct CheckerTests {
    private func findings(_ overrides: [String: String?] = [:], rule: String) throws -> [Finding] {
        Checker.check(try TestProject(overrides).assemble(), asOf: TestProject.checkDay).findings.filter { $0.rule == rule }
    }

    @Test func cleanProjectHasNoFindings() throws {
        let report = Checker.check(try TestProject().assemble(), asOf: TestProject.checkDay)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.coverage.covered.count == 4 && report.coverage.total == 4)
    }

    @Test func requiredDocumentNotCovered() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: ", covers: [D-02]", with: "")], rule: RequiredDocuments.id)
        #expect(f.count == 1)
        #expect(f.first?.requirement == "D-02" && f.first?.severity == .error)
    }

    @Test func requiredDocumentCoveredByAnEmptySection() throws {
        let f = try findings(["sections/letter.md": "# 只有标题\n"], rule: RequiredDocuments.id)
        #expect(f.count == 1)
        #expect(f.first?.section == "letter" && f.first?.message.contains("is empty") == true)
    }

    @Test func mandatoryClauseWithoutResponse() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "  - {requirement: T-01, response: comply, section: letter}\n", with: "")
        let f = try findings(["requirements.yaml": req], rule: MandatoryClauses.id)
        #expect(f.map(\.requirement) == ["T-01"])
        #expect(f.first?.severity == .error)
        #expect(f.first?.location?.file.hasSuffix("requirements.yaml") == true)
    }

    @Test func mandatoryClauseWithNegativeDeviation() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "T-01, response: comply", with: "T-01, response: negative-deviation")
        let f = try findings(["requirements.yaml": req], rule: MandatoryClauses.id)
        #expect(f.count == 1 && f.first?.message.contains("negative deviation") == true)
    }

    @Test func scoredClauseWithoutResponseIsAWarning() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "  - {requirement: T-02, response: positive-deviation, offer: 180 天, section: letter}\n", with: "")
        let f = try findings(["requirements.yaml": req], rule: MandatoryClauses.id)
        #expect(f.map(\.severity) == [.warning])
    }

    @Test func leftoversAreFoundWithTheirLine() throws {
        let md = TestProject.letterMarkdown + "\nTODO 补充业绩\n\n联系人：______\n\n日期：    年   月   日\n\n附件【】\n"
        let f = try findings(["sections/letter.md": md], rule: Leftovers.id)
        #expect(f.count == 4, "\(f)")
        let first = try #require(f.first)
        #expect(first.location?.file.hasSuffix("sections/letter.md") == true)
        #expect(first.location?.line == 16)
        #expect(first.section == "letter")
    }

    @Test func knownFieldsAndThematicBreaksAreNotLeftovers() throws {
        let md = TestProject.letterMarkdown + "\n___\n\n2026 年 12 月 8 日\n"
        #expect(try findings(["sections/letter.md": md], rule: Leftovers.id).isEmpty)
    }

    @Test func lineAmountMismatch() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "amount: 1167.17", with: "amount: 1167.16")], rule: PriceArithmetic.id)
        #expect(f.count == 1)
        #expect(f.first?.location?.line == 23)
    }

    @Test func statedTotalMismatch() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "stated_total: 13512.77", with: "stated_total: 13512.70")], rule: OnePrice.id)
        #expect(f.count == 1 && f.first?.message.contains("13,512.70") == true)
        #expect(f.first?.location?.line == 24)
    }

    @Test func totalAboveTheCeiling() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "ceiling: 15000", with: "ceiling: 13512.76")], rule: PriceCeiling.id)
        #expect(f.count == 1)
        #expect(try findings(["bid.yaml": TestProject.bid(replacing: "ceiling: 15000", with: "ceiling: 13512.77")], rule: PriceCeiling.id).isEmpty)
    }

    @Test func sectionsMarkedSealedNeedASealAndSignature() throws {
        let md = "# 说明\n\n本节由招标文件要求加盖公章。\n"
        let bid = TestProject.bid(replacing: "status: review, covers: [D-01]}", with: "status: review, covers: [D-01], sealed: true}")
            .replacingOccurrences(of: "{id: letter, title: 投标函,", with: "{id: letter, title: 报价说明,")
        let f = try findings(["bid.yaml": bid, "sections/letter.md": md], rule: Signatures.id)
        #expect(f.count == 1 && f.first?.section == "letter")
        let unmarked = bid.replacingOccurrences(of: ", sealed: true", with: "")
        #expect(try findings(["bid.yaml": unmarked, "sections/letter.md": md], rule: Signatures.id).isEmpty)
    }

    @Test func powerOfAttorneyMustCoverTheValidityPeriod() throws {
        let agent = TestProject.bid(replacing: "  # no authorized_agent: the legal representative signs everything",
                                    with: "  authorized_agent: 李娜\n  power_of_attorney_until: 2027-03-01")
        // deadline 2026-12-10 + 120 days = 2027-04-09
        let f = try findings(["bid.yaml": agent], rule: Validity.id)
        #expect(f.count == 1 && f.first?.message.contains("2027-04-09") == true)
        let long = agent.replacingOccurrences(of: "2027-03-01", with: "2027-04-09")
        #expect(try findings(["bid.yaml": long], rule: Validity.id).isEmpty)
    }

    @Test func jsonMatchesTheContract() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "  - {requirement: T-01, response: comply, section: letter}\n", with: "")
        let report = Checker.check(try TestProject(["requirements.yaml": req]).assemble(), asOf: TestProject.checkDay)
        let data = Data(report.json.serialized().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["findings", "summary"])
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["rule", "severity", "requirement", "section", "message", "file", "line"])
        #expect(finding["requirement"] as? String == "T-01")
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1)
        let reqs = try #require(summary["requirements"] as? [String: Any])
        #expect(reqs["total"] as? Int == 4 && reqs["covered"] as? Int == 3)
    }

    @Test func everyRuleHasAStableUniqueID() {
        let ids = Checker.rules.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    }
}
