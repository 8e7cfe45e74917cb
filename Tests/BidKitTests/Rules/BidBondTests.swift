import Testing
@testable import BidKit

@Suite("Rule bid-bond")
struct BidBondTests {
    /// Issue 10 item 7: the bond findings name the line of the bond to change.
    @Test func findingsPointAtTheBondLines() throws {
        let bid = TestProject.bid(replacing: "  ceiling: 15000\n", with: "  ceiling: 15000\n  bid_bond: 400\n")
            .replacingOccurrences(of: "  validity_days: 120\n", with: "  validity_days: 120\n  bid_bond: 100\n")
        let f = try findings(["bid.yaml": bid], rule: BidBond.id)
        #expect(f.map(\.severity) == [.error, .warning], "\(f.map(\.message))")
        let provided = try #require(f.first { $0.severity == .error })
        #expect(provided.location?.line == 20 && provided.message.contains("100.00 is less than the required 400.00"))
        let asked = try #require(f.first { $0.severity == .warning })
        #expect(asked.location?.line == 12 && asked.message.contains("more than 2%"))
    }
}
