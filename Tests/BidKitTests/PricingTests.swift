import Foundation
import Testing
@testable import BidKit

@Suite("Pricing arithmetic")
struct PricingTests {
    private func d(_ s: String) -> Decimal { Decimal(string: s) ?? .nan }

    private func config(_ items: [(String, String, String?)], taxRate: String = "0.13", includesTax: Bool = true,
                        discount: Discount = .amount(0)) -> PricingConfig {
        PricingConfig(
            currency: "CNY", taxRate: d(taxRate), pricesIncludeTax: includesTax, discount: discount,
            items: items.enumerated().map { n, item in
                PriceItem(no: String(n + 1), name: "item", spec: "", brand: "", unit: "台", quantity: d(item.0),
                          unitPrice: d(item.1), statedAmount: nil, unitCost: item.2.map(d), remark: "",
                          location: SourceLocation(file: "x"))
            },
            itemsSource: "x", statedTotal: nil, statedTotalLocation: nil, marginFloor: d("0.1"))
    }

    @Test func lineAmountsRoundHalfUpToTheCent() {
        let s = PriceSummary(config([("350.5", "3.33", nil), ("3", "0.335", nil), ("1", "2.675", nil)]))
        #expect(s.lines.map(\.amount) == [d("1167.17"), d("1.01"), d("2.68")])
        #expect(s.subtotal == d("1170.86"))
    }

    @Test func taxIncludedIsExtractedFromTheTotal() {
        let s = PriceSummary(config([("10", "1234.56", nil), ("350.5", "3.33", nil)]))
        #expect(s.total == d("13512.77"))
        #expect(s.tax == d("1554.57"))  // 13512.77 − 13512.77 / 1.13 = 1554.5665… → 1554.57
        #expect(s.totalExcludingTax == d("11958.20"))
    }

    @Test func taxExcludedIsAddedOnTop() {
        let s = PriceSummary(config([("1", "1000.00", nil)], includesTax: false, discount: .percent(d("0.05"))))
        #expect(s.discount == d("50.00"))
        #expect(s.net == d("950.00"))
        #expect(s.tax == d("123.50"))
        #expect(s.total == d("1073.50"))
    }

    @Test func grossMarginFromCosts() throws {
        let s = PriceSummary(config([("10", "113.00", "80.00")]))
        // revenue excl. tax 1000.00, cost 800.00 → 20 %
        #expect(s.cost == d("800.00"))
        let margin = try #require(s.margin)
        #expect(Money.round(margin, scale: 4) == d("0.2"))
        #expect(PriceSummary(config([("1", "1", nil)])).margin == nil)
    }

    @Test func noDoubleAnywhere() throws {
        // 0.1 + 0.2 style errors would show up here if binary floating point crept in.
        let s = PriceSummary(config(Array(repeating: ("1", "0.10", nil), count: 3) + [("1", "0.20", nil)], taxRate: "0"))
        #expect(s.total == d("0.50"))
    }
}
