import Foundation
import Testing
@testable import BidKit

/// The checker as a whole: the clean project, output contracts, the registry. Each rule's own tests
/// are in Rules/<Rule>Tests.swift, its examples run by RuleExamplesTests.
@Suite("Checker")
struct CheckerTests {
    @Test func cleanProjectHasNoFindings() throws {
        let report = Checker.check(try TestProject().assemble(), asOf: TestProject.checkDay)
        #expect(report.findings.isEmpty, "\(report.findings)")
        #expect(report.coverage.covered.count == 4 && report.coverage.total == 4)
    }

    @Test func jsonMatchesTheContract() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "  - {requirement: T-01, response: comply, section: letter}\n", with: "")
        let report = Checker.check(try TestProject(["requirements.yaml": req]).assemble(), asOf: TestProject.checkDay)
        let data = Data(report.json.serialized().utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["findings", "summary"])
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(Set(finding.keys) == ["rule", "severity", "code", "requirement", "section", "message", "file", "line", "column"])
        #expect(finding["requirement"] as? String == "T-01")
        // The message in the project's language (Chinese here), the code the same in every language.
        #expect(finding["code"] as? String == "no-response" && (finding["message"] as? String)?.contains("没有响应") == true)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["errors"] as? Int == 1)
        let reqs = try #require(summary["requirements"] as? [String: Any])
        #expect(reqs["total"] as? Int == 4 && reqs["covered"] as? Int == 3 && reqs["answered"] as? Int == 3 && reqs["compliant"] as? Int == 3)
    }

    @Test func everyRuleHasAStableUniqueID() {
        let ids = Checker.rules.map { $0.id }
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.allSatisfy { $0.isLowercase || $0 == "-" } })
    }
}
