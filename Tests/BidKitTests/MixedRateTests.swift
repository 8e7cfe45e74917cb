import Foundation
import Testing
@testable import BidKit

/// Issue 10 item 13: goods at 13 %, services at 6 %, works at 9 % in one bid, each taxed at its rate.
@Suite("Mixed VAT rates")
struct MixedRateTests {
    static let items = """
          items:
            - {name: 摄像机, unit: 台, quantity: 10, unit_price: 1000, unit_cost: 700}
            - {name: 安装调试服务, unit: 项, quantity: 1, unit_price: 1060, tax_rate: 0.06, unit_cost: 500}
            - {name: 立杆基础施工, unit: 项, quantity: 1, unit_price: 1090, tax_rate: 0.09}
        """

    private func project(_ pricing: String = "") throws -> TestProject {
        let bid = TestProject.bidYAML
            .replacingOccurrences(of: """
                  items:
                    - {name: 摄像机, unit: 台, quantity: 10, unit_price: 1234.56, unit_cost: 900}
                    - {name: 光缆, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17}
                  stated_total: 13512.77

                """, with: Self.items + "\n" + pricing)
        return try TestProject(["bid.yaml": bid])
    }

    @Test func taxIsComputedPerRate() throws {
        let prices = PriceSummary(try project().load().pricing)
        #expect(prices.rates.map(\.rate) == [Decimal(string: "0.13"), Decimal(string: "0.06"), Decimal(string: "0.09")])
        #expect(prices.rates.map(\.tax) == [Decimal(string: "1150.44"), 60, 90])  // 10000 − 10000/1.13, 1060 − 1000, 1090 − 1000
        #expect(prices.tax == Decimal(string: "1300.44") && prices.total == 12150)
        // One rate for the whole bid (13 %) would have taxed 1,397.79: the margin is measured on what is left.
        #expect(prices.totalExcludingTax == Decimal(string: "10849.56"))
        #expect(prices.margin.map { Money.round($0, scale: 4) } == Decimal(string: "0.3087"))  // (10,849.56 − 7,500) / 10,849.56
        #expect(prices.rateText(.zh) == "13%、6%、9%")
    }

    @Test func aDiscountIsSharedInProportionAndPricesWithoutTax() throws {
        let prices = PriceSummary(try project("  prices_include_tax: false\n  discount: \"10%\"\n").load().pricing)
        #expect(prices.discount == 1215 && prices.rates.map(\.discount) == [1000, 106, 109])
        #expect(prices.rates.map(\.tax) == [1170, Decimal(string: "57.24"), Decimal(string: "88.29")])
        #expect(prices.total == 10935 + Decimal(string: "1315.53")!)
    }

    @Test func theScheduleShowsEachRateWithItsTotalInWordsAndChecksClean() throws {
        let p = try project()
        let bid = try p.assembleForCheck()
        let schedule = Block.textUnits(try #require(bid.package.sections.first { $0.id == "prices" }).blocks)
        for text in ["其中：增值税（13%）", "其中：增值税（6%）", "其中：增值税（9%）", "税率 6% 部分合计", "人民币壹仟零陆拾元整", "6%"] {
            #expect(schedule.contains(text), "\(text) not in \(schedule)")
        }
        #expect(Checker.check(bid, asOf: TestProject.checkDay).findings.filter { $0.rule != MarginFloor.id }.isEmpty)
        #expect(bid.fields.substitute("{{pricing.tax_rate}}") == "13%、6%、9%")
    }

    @Test func aLineRateIsAFractionBelowOne() throws {
        let bad = try TestProject(["bid.yaml": TestProject.bid(replacing: "amount: 1167.17}", with: "amount: 1167.17, tax_rate: 6}")])
        #expect(loadError { _ = try bad.load() }?.message.contains("expected a tax rate from 0 to below 1") == true)
    }
}
