import Testing
@testable import BidKit

@Suite("Rule one-price")
struct OnePriceTests {
    @Test func statedTotalMismatch() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "stated_total: 13512.77", with: "stated_total: 13512.70")], rule: OnePrice.id)
        #expect(f.count == 1 && f.first?.message.contains("13,512.70") == true)
        #expect(f.first?.location?.line == 24)
    }
}
