import Testing
@testable import BidKit

@Suite("Rule price-arithmetic")
struct PriceArithmeticTests {
    @Test func lineAmountMismatchIsReportedAtItsLine() throws {
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "amount: 1167.17", with: "amount: 1167.16")], rule: PriceArithmetic.id)
        #expect(f.count == 1)
        #expect(f.first?.location?.line == 23)
        #expect(f.first?.message.contains("350.5 × 3.33 = 1,167.17") == true)
    }
}
