import Foundation
import Testing
@testable import BidKit

/// Issue 15 item 1: price lists as people have them — .xlsx workbooks, CSV with `;` or tabs,
/// Chinese and English headings, GB18030 text — and item 2: rates written as percentages.
@Suite("Price lists from Excel, CSV dialects, percentages")
struct PriceListInputTests {
    private func d(_ s: String) -> Decimal { Decimal(string: s) ?? .nan }

    /// The base project with its inline items replaced by `items_file: <file>` (plus `extra` lines).
    private func project(file: String, extra: String = "") throws -> TestProject {
        let pricing = """
              items:
                - {name: 摄像机, unit: 台, quantity: 10, unit_price: 1234.56, unit_cost: 900}
                - {name: 光缆, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17}
              stated_total: 13512.77
            """
        return try TestProject(["bid.yaml": TestProject.bid(replacing: pricing, with: "  items_file: \(file)\n\(extra)")])
    }

    private static let chineseSheet = XLSXFixture.Sheet(name: "报价表", rows: [
        [.text("分项报价表")],                                   // a title row above the header
        [.text("序号"), .text("名称"), .text("规格型号"), .text("单位"), .text("数量"), .text("单价（元）"), .text("合价（元）"), .text("备注")],
        [.number("1"), .text("摄像机"), .text("DS-2CD"), .text("台"), .number("10"), .number("1234.56", style: 3),
         .formula("E3*F3", result: "12345.600000000002"), .empty],
        [.number("2"), .inline("光缆"), .empty, .text("m"), .number("350.5"), .number("3.33"), .number("1167.165"), .text("含敷设")],
        [.empty, .text("合计"), .empty, .empty, .empty, .empty, .formula("SUM(G3:G4)", result: "13512.765")],
    ])

    @Test func xlsxWithChineseHeadingsReadsValuesNotFormatting() throws {
        let p = try project(file: "prices.xlsx")
        try p.writeBytes("prices.xlsx", try XLSXFixture.workbook([Self.chineseSheet]))
        let items = try p.load().pricing.items
        #expect(items.map(\.name) == ["摄像机", "光缆"])          // title row and 合计 row skipped
        #expect(items.map(\.quantity) == [d("10"), d("350.5")])
        #expect(items.map(\.unitPrice) == [d("1234.56"), d("3.33")])
        // 17 digits as Excel saves a product, 15 as Excel shows it: 12345.6
        #expect(items[0].statedAmount == d("12345.6"))
        #expect(items[1].spec == "" && items[1].remark == "含敷设")
        #expect(items[0].location.description.hasSuffix("prices.xlsx:报价表!A3"))
        #expect(PriceSummary(try p.load().pricing).total == d("13512.77"))
    }

    @Test func xlsxErrorsNameTheSheetAndCell() throws {
        var sheet = Self.chineseSheet
        sheet.rows[3][5] = .error("#DIV/0!")
        let p = try project(file: "prices.xlsx")
        try p.writeBytes("prices.xlsx", try XLSXFixture.workbook([sheet]))
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.description.hasSuffix("prices.xlsx:报价表!F4: error: the cell holds the error #DIV/0!; fix the formula in the workbook"))

        sheet.rows[3][5] = .text("三元")
        try p.writeBytes("prices.xlsx", try XLSXFixture.workbook([sheet]))
        let typed = try #require(loadError { _ = try p.load() })
        #expect(typed.location.file.hasSuffix("prices.xlsx:报价表!F4"))
        #expect(typed.message.contains("expected a decimal amount, found '三元' for 'unit_price'"))

        sheet.rows[3][5] = .formula("E4*2", result: nil)
        try p.writeBytes("prices.xlsx", try XLSXFixture.workbook([sheet]))
        let unsaved = try #require(loadError { _ = try p.load() })
        #expect(unsaved.message.contains("formula (=E4*2) whose value was never saved"))
    }

    @Test func xlsxNamedSheetFirstVisibleSheetAndUnknownSheet() throws {
        let notes = XLSXFixture.Sheet(name: "说明", rows: [[.text("报价说明")]], hidden: true)
        let english = XLSXFixture.Sheet(name: "BOQ", rows: [
            [.text("Item"), .text("Description"), .text("Unit"), .text("Qty"), .text("Unit Price (USD)"), .text("Amount")],
            [.number("1"), .text("Camera"), .text("set"), .number("2"), .number("1.5E+2"), .number("300")],
        ])
        let p = try project(file: "prices.xlsx")
        try p.writeBytes("prices.xlsx", try XLSXFixture.workbook([notes, english, Self.chineseSheet]))
        let first = try p.load().pricing.items   // 说明 is hidden: BOQ is the first visible sheet
        #expect(first.map(\.name) == ["Camera"] && first[0].unitPrice == d("150") && first[0].no == "1")

        let named = try project(file: "prices.xlsx", extra: "  items_sheet: 报价表\n")
        try named.writeBytes("prices.xlsx", try XLSXFixture.workbook([notes, english, Self.chineseSheet]))
        #expect(try named.load().pricing.items.count == 2)

        let wrong = try project(file: "prices.xlsx", extra: "  items_sheet: BQO\n")
        try wrong.writeBytes("prices.xlsx", try XLSXFixture.workbook([notes, english]))
        let e = try #require(loadError { _ = try wrong.load() })
        #expect(e.message.contains("no sheet 'BQO'") && e.message.contains("'BOQ'"))
        #expect(e.location.line == 22)   // at items_sheet in bid.yaml
    }

    @Test func xlsOrBrokenWorkbooksAreRefusedWithTheirName() throws {
        let old = try project(file: "prices.xls")
        try old.write("prices.xls", "x")
        #expect(loadError { _ = try old.load() }?.message.contains("Excel 97-2003 workbook; save it as .xlsx") == true)
        let broken = try project(file: "prices.xlsx")
        try broken.write("prices.xlsx", "not a zip")
        let e = try #require(loadError { _ = try broken.load() })
        #expect(e.location.file.hasSuffix("prices.xlsx"))
        let sheetOnCSV = try project(file: "prices.csv", extra: "  items_sheet: x\n")
        try sheetOnCSV.write("prices.csv", "name,unit,quantity,unit_price\na,台,1,1\n")
        #expect(loadError { _ = try sheetOnCSV.load() }?.message.contains("'items_sheet' applies to an .xlsx price list") == true)
    }

    @Test(arguments: [
        ("semicolon", "序号;名称;单位;数量;单价;金额\n1;摄像机;台;10;1234.56;12345.60\n2;光缆;m;350.5;3.33;1167.17\n"),
        ("tab", "No.\tDescription\tUnit\tQty\tUnit Price\tAmount\n1\t摄像机\t台\t10\t1234.56\t12345.60\n2\t光缆\tm\t350.5\t3.33\t1167.17\n"),
        ("title row", "分项报价表,,,,\n名称,单位,数量,\"单价\n(元)\",合价\n摄像机,台,10,\"1,234.56\",12345.60\n光缆,m,350.5,3.33,1167.17\n合计,,,,13512.77\n"),
    ])
    func csvDialectsAndHeadings(_ name: String, _ csv: String) throws {
        let p = try project(file: "prices.csv")
        try p.write("prices.csv", csv)
        let items = try p.load().pricing.items
        #expect(items.map(\.name) == ["摄像机", "光缆"], "\(name)")
        #expect(items.map(\.unitPrice) == [d("1234.56"), d("3.33")], "\(name)")
        #expect(items.map(\.statedAmount) == [d("12345.60"), d("1167.17")], "\(name)")
    }

    @Test func unknownAndDuplicateHeadingsSayWhatIsAccepted() throws {
        let p = try project(file: "prices.csv")
        try p.write("prices.csv", "名称,单位,数量,单价,产地\n摄像机,台,1,1,杭州\n")
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("unknown column '产地'") && e.message.contains("规格型号"))
        #expect(e.location.column == 13)
        try p.write("prices.csv", "名称,单位,数量,单价,合价,金额\n摄像机,台,1,1,1,1\n")
        let dup = try #require(loadError { _ = try p.load() })
        #expect(dup.message.contains("duplicate column 'amount' ('金额' means 'amount'), first in column 5"))
        try p.write("prices.csv", "name,unit,quantity,unit_prise\na,台,1,1\n")
        #expect(loadError { _ = try p.load() }?.message.contains("did you mean 'unit_price'?") == true)
    }

    @Test func gb18030IsReadWhenDeclaredAndExplainedWhenNot() throws {
        let csv = "名称,单位,数量,单价\n摄像机,台,10,1234.56\n"
        let bytes = try #require(csv.data(using: TextDecoding.gb18030))
        let undeclared = try project(file: "prices.csv")
        try undeclared.writeBytes("prices.csv", Array(bytes))
        let e = try #require(loadError { _ = try undeclared.load() })
        #expect(e.message.contains("iconv -f GB18030 -t UTF-8 prices.csv > prices.utf8.csv"))
        #expect(e.message.contains("pricing.items_encoding: gb18030"))
        let declared = try project(file: "prices.csv", extra: "  items_encoding: gb18030\n")
        try declared.writeBytes("prices.csv", Array(bytes))
        #expect(try declared.load().pricing.items.map(\.name) == ["摄像机"])
    }

    @Test(arguments: [("13%", "0.13"), ("13 %", "0.13"), ("13％", "0.13"), ("6.5%", "0.065"), ("0.09", "0.09"), ("\"9%\"", "0.09")])
    func taxRateAsPercentageOrFraction(_ written: String, _ expected: String) throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "tax_rate: 0.13", with: "tax_rate: \(written)")])
        #expect(try p.load().pricing.taxRate == d(expected))
    }

    @Test func ratesEverywhereAcceptBothForms() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "  tax_rate: 0.13", with: "  tax_rate: 13%\n  margin_floor: 5%\n  discount: 0.5%")
                                    + "checks:\n  price-ceiling: {low_fraction: 70%}\n"])
        let project = try p.load()
        #expect(project.pricing.marginFloor == d("0.05"))
        #expect(project.pricing.discount == .percent(d("0.005")))
        #expect(project.checks.entries["price-ceiling"]?.thresholds["low_fraction"] == d("0.7"))

        let tooHigh = try TestProject(["bid.yaml": TestProject.bid(replacing: "tax_rate: 0.13", with: "tax_rate: 13")])
        #expect(loadError { _ = try tooHigh.load() }?.message.contains("written 13% or 0.13") == true)
        let bad = try TestProject(["bid.yaml": TestProject.bid(replacing: "tax_rate: 0.13", with: "tax_rate: 1,3%")])
        #expect(loadError { _ = try bad.load() }?.message.contains("expected a percentage such as 13%") == true)
    }
}
