import Testing
@testable import BidKit

/// Issue 10 item 14: 不平衡报价 — far below cost, or far above the median of the unit.
@Suite("Rule unbalanced-prices")
struct UnbalancedPricesTests {
    @Test func belowCostAndAboveTheMedianAreWarningsAtTheLine() throws {
        let low = try findings(["bid.yaml": TestProject.bid(replacing: "unit_price: 1234.56, unit_cost: 900", with: "unit_price: 700, unit_cost: 900")],
                               rule: UnbalancedPrices.id)
        #expect(low.map(\.severity) == [.warning] && low.first?.english.contains("77.78% of its unit cost 900.00") == true, "\(low.map(\.message))")
        #expect(low.first?.location?.line == 22)
        #expect(try findings(["bid.yaml": TestProject.bid(replacing: "unit_price: 1234.56, unit_cost: 900", with: "unit_price: 800, unit_cost: 900")],
                             rule: UnbalancedPrices.id).isEmpty)
        let lines = "    - {name: 交换机, unit: m, quantity: 1, unit_price: 4.10}\n    - {name: 桥架, unit: m, quantity: 1, unit_price: 52.00}\n"
        let high = try findings(["bid.yaml": TestProject.bid(replacing: "  stated_total: 13512.77\n", with: lines)], rule: UnbalancedPrices.id)
        #expect(high.count == 1 && high.first?.english.contains("'桥架': unit price 52.00 is 12.7× the median 4.10 of the 3 lines priced per 'm'") == true,
                "\(high.map(\.message))")
    }

    @Test func thresholdsAreSettable() throws {
        let lines = "    - {name: 交换机, unit: m, quantity: 1, unit_price: 4.10}\n    - {name: 桥架, unit: m, quantity: 1, unit_price: 52.00}\n"
        let bid = TestProject.bid(replacing: "  stated_total: 13512.77\n", with: lines) + "checks:\n  unbalanced-prices: {above_median: 20}\n"
        #expect(try findings(["bid.yaml": bid], rule: UnbalancedPrices.id).isEmpty)
    }
}
