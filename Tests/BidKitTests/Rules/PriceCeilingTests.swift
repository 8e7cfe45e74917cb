import Testing
@testable import BidKit

@Suite("Rule price-ceiling")
struct PriceCeilingTests {
    @Test func totalAboveTheCeiling() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "ceiling: 15000", with: "ceiling: 13512.76")], rule: PriceCeiling.id)
        #expect(f.count == 1)
        #expect(try findings(["bid.yaml": TestProject.bid(replacing: "ceiling: 15000", with: "ceiling: 13512.77")], rule: PriceCeiling.id).isEmpty)
    }
}
