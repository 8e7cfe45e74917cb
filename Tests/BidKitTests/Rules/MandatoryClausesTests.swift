import Testing
@testable import BidKit

@Suite("Rule mandatory-clauses")
struct MandatoryClausesTests {
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
}
