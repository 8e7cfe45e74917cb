import Testing
@testable import BidKit

/// Issue 10 item 16: certificates valid on the deadline (error) and through the bid validity
/// (warning); a scope that must include a phrase.
@Suite("Rule qualifications")
struct QualificationsTests {
    private func check(expires: String, validity: String = "120", scope: String? = nil, mustInclude: String? = nil) throws -> [Finding] {
        var edits = Qualifications.certificate(expires: expires, scope: scope, mustInclude: mustInclude)
        edits.append(.replace(file: "bid.yaml", old: "  validity_days: 120\n", new: "  validity_days: \(validity)\n"))
        return try findings(RuleExample(.zh, "certificate", edits: edits), rule: Qualifications.id)
    }

    @Test func validOnTheDeadlineAndThroughTheValidity() throws {
        let expired = try check(expires: "2026-12-09")
        #expect(expired.map(\.severity) == [.error] && expired.first?.english.contains("before the submission deadline 2026-12-10") == true)
        #expect(expired.first?.location?.line == 20, "the expires: line")
        let lapses = try check(expires: "2027-03-01")
        #expect(lapses.map(\.severity) == [.warning] && lapses.first?.english.contains("inside the bid validity period (to 2027-04-09)") == true)
        #expect(try check(expires: "2027-04-09").isEmpty)
    }

    /// The validity period is the longer of the offered and the required one: offering 60 days when 90
    /// are required does not shorten how long a certificate must last.
    @Test func theValidityPeriodIsNeverShorterThanRequired() throws {
        let f = try check(expires: "2027-02-20", validity: "60")  // deadline + 90 days = 2027-03-10
        #expect(f.map(\.severity) == [.warning] && f.first?.english.contains("to 2027-03-10") == true, "\(f.map(\.message))")
    }

    @Test func scopeMustIncludeThePhrase() throws {
        let f = try check(expires: "2028-06-30", scope: "计算机软件开发及技术服务", mustInclude: "视频监控")
        #expect(f.count == 1 && f.first?.severity == .error, "\(f.map(\.message))")
        #expect(f.first?.english.contains("does not include '视频监控'") == true)
        #expect(try check(expires: "2028-06-30", scope: "视频监控系统集成及服务", mustInclude: "视频监控").isEmpty)
        let none = try check(expires: "2028-06-30", mustInclude: "视频监控")
        #expect(none.first?.english.contains("states no scope") == true)
        // The status follows: a qualification whose certificate lacks the scope is not compliant.
        let p = try ExampleProject.make(RuleExample(.zh, "scope", edits: Qualifications.certificate(expires: "2028-06-30", scope: "软件开发", mustInclude: "视频监控")))
        let report = Checker.check(try p.assembleForCheck(), asOf: TestProject.checkDay)
        #expect(report.coverage.ids(.notCompliant) == ["Q-01"])
    }
}
