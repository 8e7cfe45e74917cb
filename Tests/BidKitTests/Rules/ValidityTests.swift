import Testing
@testable import BidKit

@Suite("Rule validity")
struct ValidityTests {
    @Test func powerOfAttorneyMustCoverTheValidityPeriod() throws {
        let agent = TestProject.bid(replacing: "  # no authorized_agent: the legal representative signs everything",
                                    with: "  authorized_agent: 李娜\n  power_of_attorney_until: 2027-03-01")
        // deadline 2026-12-10 + 120 days = 2027-04-09
        let f = try findings(["bid.yaml": agent], rule: Validity.id)
        #expect(f.count == 1 && f.first?.message.contains("2027-04-09") == true)
        let long = agent.replacingOccurrences(of: "2027-03-01", with: "2027-04-09")
        #expect(try findings(["bid.yaml": long], rule: Validity.id).isEmpty)
    }

    /// Issue 10 item 7: the finding points at the value to change.
    @Test func findingsPointAtTheLineToChange() throws {
        let short = try findings(["bid.yaml": TestProject.bid(replacing: "  validity_days: 120", with: "  validity_days: 60")], rule: Validity.id)
        #expect(short.first?.location?.line == 18 && short.first?.location?.column == 18, "\(String(describing: short.first?.location))")
        let agent = TestProject.bid(replacing: "  # no authorized_agent: the legal representative signs everything",
                                    with: "  authorized_agent: 李娜\n  power_of_attorney_until: 2027-03-01")
        #expect(try findings(["bid.yaml": agent], rule: Validity.id).first?.location?.line == 17)
    }
}
