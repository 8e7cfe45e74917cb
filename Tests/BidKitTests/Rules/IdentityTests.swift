import Testing
@testable import BidKit

@Suite("Rule identity")
struct IdentityTests {
    /// Issue 10 item 7: a name in a generated table is reported where it was typed (the requirements
    /// file's line), not at bid.yaml without a line.
    @Test func aKnownNameInRequirementTextIsReportedInTheRequirementsFile() throws {
        let bid = TestProject.bid(replacing: "  date: 2026-12-08\n", with: "  date: 2026-12-08\n  known_names: [某市自来水公司]\n")
            + "      - {id: dev, title: 技术偏离表, generate: technical-deviations, owner: 张伟, due: 2026-12-01, status: done}\n"
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "text: 存储不少于 90 天}", with: "text: 参照某市自来水公司项目存储不少于 90 天}")
        let f = try findings(["bid.yaml": bid, "requirements.yaml": req], rule: Identity.id)
        #expect(f.count == 1, "\(f.map(\.message)) \(f.map { String(describing: $0.location) })")
        #expect(f.first?.location?.file.hasSuffix("requirements.yaml") == true && f.first?.location?.line == 5 && f.first?.location?.column == 59,
                "\(String(describing: f.first?.location))")
    }
}
