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
        #expect(f.count == 1 && f.first?.english.contains("negative deviation") == true)
    }

    @Test func scoredClauseWithoutResponseIsAWarning() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "  - {requirement: T-02, response: positive-deviation, offer: 180 天, section: letter}\n", with: "")
        let f = try findings(["requirements.yaml": req], rule: MandatoryClauses.id)
        #expect(f.map(\.severity) == [.warning])
    }
}

/// Issue 10 item 3: the offer is compared with the bound whatever words and units the two use.
@Suite("Rule mandatory-clauses: bounds")
struct MandatoryClauseBoundTests {
    private func offer(_ clause: String, _ offer: String, mandatory: Bool = true, base: [String: String] = TestProject.zhFiles) throws -> [Finding] {
        let requirements = """
            requirements:
              - {id: D-01, kind: document, text: 投标函, mandatory: true}
              - {id: D-02, kind: document, text: 分项报价表, mandatory: true}
              - {id: T-01, kind: clause, category: technical, text: "\(clause)", mandatory: \(mandatory)}
            responses:
              - {requirement: T-01, response: comply, offer: "\(offer)", section: letter}

            """
        return try findings(["requirements.yaml": requirements], rule: MandatoryClauses.id, base: base)
    }

    @Test func thousandsSeparatorsAndEnglishPhrasing() throws {
        // "5,000" used to read as 5, and "at least" was not understood at all.
        #expect(try offer("系统支持并发用户数不少于 5,000 个", "支持 800 个并发用户").count == 1)
        #expect(try offer("系统支持并发用户数不少于 5,000 个", "支持 8,000 个并发用户").isEmpty)
        let f = try offer("The platform shall support at least 5,000 concurrent users", "4,500 users", base: ExampleProject.englishFiles)
        #expect(f.count == 1 && f.first?.severity == .error)
        #expect(f.first?.english.contains("requires 'at least 5,000") == true, "\(f.map(\.message))")
    }

    @Test func deadlinesAreBoundsWhereLessIsBetter() throws {
        #expect(try offer("合同签订后 60 日历天内交货", "合同签订后 75 日历天内交货").count == 1)
        #expect(try offer("合同签订后 60 日历天内交货", "合同签订后 45 日历天内交货").isEmpty)
        #expect(try offer("Respond within 4 hours", "on-site within 6 hours", base: ExampleProject.englishFiles).count == 1)
        #expect(try offer("故障响应时间不超过 2 小时", "1 h 内响应").isEmpty)
    }

    @Test func incomparableUnitsAreAWarningNotAPass() throws {
        let f = try offer("录像存储时间不少于 90 天", "存储 3 个月")
        #expect(f.map(\.severity) == [.warning] && f.first?.english.contains("cannot be compared") == true, "\(f.map(\.message))")
    }

    @Test func scoredClausesFallingShortAreWarnings() throws {
        let f = try offer("▲红外补光距离不低于 50 m", "红外 30 m", mandatory: false)
        #expect(f.map(\.severity) == [.warning] && f.first?.english.hasPrefix("▲ clause T-01") == true, "\(f.map(\.message))")
    }
}
