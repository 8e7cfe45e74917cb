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

/// Issue 10 item 6: a 合计 row is checked against its column, and only the total right after the lines.
@Suite("Rule price-arithmetic: table totals")
struct TableTotalTests {
    @Test func aTotalRowMustEqualItsColumn() throws {
        let table = "\n| 序号 | 设备 | 数量 | 金额（元） |\n|---|---|---:|---:|\n| 1 | 摄像机 | 10 | 12,345.60 |\n| 2 | 光缆 | 350.5 | 1,167.17 |\n| | 合计 | 360.5 | 13,521.77 |\n"
        let f = try findings(["sections/letter.md": TestProject.letterMarkdown + table], rule: PriceArithmetic.id)
        #expect(f.count == 1 && f.first?.message.contains("一行写明“13,521.77”，但其上 2 行合计为 13,512.77") == true, "\(f.map(\.message))")
        #expect(f.first?.location?.line == 20)
        let right = table.replacingOccurrences(of: "13,521.77", with: "13,512.77")
        #expect(try findings(["sections/letter.md": TestProject.letterMarkdown + right], rule: PriceArithmetic.id).isEmpty)
        // The generated schedule: 小计 is checked, the total after tax and discount is not a column sum.
        #expect(try findings(["bid.yaml": TestProject.bid(replacing: "tax_rate: 0.13", with: "tax_rate: 0.13\n  prices_include_tax: false\n  discount: \"2%\"")
            .replacingOccurrences(of: "  stated_total: 13512.77\n", with: "")], rule: PriceArithmetic.id).isEmpty)
    }
}
