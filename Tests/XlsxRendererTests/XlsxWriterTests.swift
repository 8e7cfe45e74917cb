import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit
@testable import XlsxWriter

/// The workbook read back at the XML level: sheets, frozen headers, typed cells, formulas whose
/// cached values are BidKit's figures, column widths, deterministic bytes.
@Suite("xlsx renderer")
struct XlsxWriterTests {
    @Test func oneSheetPerTableInBidOrderWithAFrozenHeader() throws {
        let (_, bytes) = try Workbook.sample("substation-video-tender")
        let book = try Workbook(bytes)
        #expect(try book.sheetNames() == ["分项报价表", "商务偏离表", "技术偏离表", "招标要求响应对照表"])
        for n in 1...4 {
            let pane = try book.elements("pane", in: "xl/worksheets/sheet\(n).xml").first
            #expect(pane?["ySplit"] == "1" && pane?["state"] == "frozen" && pane?["topLeftCell"] == "A2")
        }
    }

    @Test func priceScheduleNumbersFormulasAndTotalsAreBidKitsFigures() throws {
        let (bid, bytes) = try Workbook.sample("substation-video-tender")
        let cells = try Workbook(bytes).cells(sheet: 1)
        let prices = bid.prices
        for (i, line) in prices.lines.enumerated() {
            let row = i + 2
            #expect(cells["F\(row)"]?.value.flatMap { Decimal(string: $0) } == line.item.quantity)
            #expect(cells["G\(row)"]?.value.flatMap { Decimal(string: $0) } == line.item.unitPrice)
            #expect(cells["G\(row)"]?.style == "3")  // money: #,##0.00
            #expect(cells["H\(row)"]?.formula == "ROUND(F\(row)*G\(row),2)")
            #expect(cells["H\(row)"]?.value.flatMap { Decimal(string: $0) } == line.amount)
        }
        let subtotalRow = prices.lines.count + 2
        #expect(cells["H\(subtotalRow)"]?.formula == "SUM(H2:H\(subtotalRow - 1))")
        #expect(cells["H\(subtotalRow)"]?.value.flatMap { Decimal(string: $0) } == prices.subtotal)
        let values = cells.values.compactMap { $0.value.flatMap { Decimal(string: $0) } }
        #expect(values.contains(prices.total) && values.contains(prices.tax))
        #expect(cells.values.contains { $0.text == prices.totalInWords(.zh) })
        // Line numbers and ids stay text: 序号 "1" is not right-aligned money.
        #expect(cells["A2"]?.text == "1")
    }

    @Test func complianceMatrixHasMarkerOfferStatusAndPlace() throws {
        let (bid, bytes) = try Workbook.sample("substation-video-tender")
        let cells = try Workbook(bytes).cells(sheet: 4)
        #expect(["A1", "B1", "C1", "D1", "E1", "F1", "G1"].map { cells[$0]?.text } == ["编号", "标记", "招标要求", "类型", "我方响应", "状态", "响应位置"])
        let rows = Dictionary(uniqueKeysWithValues: (2...(bid.project.requirements.count + 1)).compactMap { r in cells["A\(r)"]?.text.map { ($0, r) } })
        for req in bid.project.requirements {
            let r = try #require(rows[req.id], "\(req.id)")
            #expect(cells["B\(r)"]?.text == (req.mandatory ? "★" : nil))
            #expect(cells["C\(r)"]?.text == req.text)
            #expect(cells["E\(r)"]?.text == bid.project.response(to: req.id)?.offer)
        }
    }

    @Test func columnWidthsFitTheirTextInDisplayColumns() throws {
        let (bid, bytes) = try Workbook.sample("substation-video-tender")
        let cols = try Workbook(bytes).elements("col", in: "xl/worksheets/sheet1.xml").compactMap {
            $0["width"].flatMap(Double.init)
        }
        let widestName = bid.prices.lines.map { DisplayWidth.of($0.item.name) }.max() ?? 0
        #expect(cols.count == 9)
        #expect(cols[1] == min(60, Double(widestName + 2)))  // 名称: CJK counted twice
        #expect(cols[4] < 10)  // 单位: 台, 套
    }

    @Test func sameBidSameBytes() throws {
        let a = try Workbook.sample("erp-proposal-en").bytes, b = try Workbook.sample("erp-proposal-en").bytes
        #expect(a == b)
        #expect(try Workbook(a).sheetNames().count >= 3)
    }

    @Test func hostileTextIsEscaped() throws {
        let hostile = "<b>&amp;</b> \"q\" \u{0001} ]]> 李娜"
        let table = Table(columns: [.init(alignment: .left), .init(alignment: .right)],
                          header: [Table.Row([Table.Cell("Id"), Table.Cell("Amount")])],
                          body: [Table.Row([Table.Cell(hostile), Table.Cell("1,234.50")])], role: "findings")
        let package = BidPackage(metadata: Metadata(projectID: "x", title: hostile, language: "en", bidder: hostile),
                                 parts: [Part(id: "p", title: "P", number: "1", sections: [
                                    Section(id: "s", title: "Findings: [all]*?", number: "1.1", kind: "findings", blocks: [.table(table)])])])
        let book = try Workbook(try XlsxWriter().render(package, format: "xlsx", options: [:]))
        #expect(try book.sheetNames() == ["Findings all"])
        #expect(!(try book.text("xl/worksheets/sheet1.xml")).contains("<b>"))
        let cells = try book.cells(sheet: 1)
        #expect(cells["A2"]?.text == "<b>&amp;</b> \"q\"  ]]> 李娜")
        #expect(cells["B2"]?.value == "1234.5")
        #expect(try book.text("docProps/core.xml").contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"))
    }

    /// `check --report-format xlsx` on a clean bid: the findings sheet says so, the matrix follows.
    @Test func aCleanCheckReportHasItsFindingsSheet() throws {
        let (bid, _) = try Workbook.sample("substation-video-tender")
        let report = Checker.check(bid, asOf: CalendarDay(year: 2026, month: 12, day: 1), rendered: [])
        #expect(report.errors == 0)
        let book = try Workbook(try XlsxWriter().render(report.document(for: bid), format: "xlsx", options: [:]))
        #expect(try book.sheetNames() == ["检查结果", "招标要求响应对照表"])
        #expect(try book.cells(sheet: 1)["A2"]?.text?.hasPrefix("0 个错误、") == true)  // the counts as CheckWords words them
    }

    @Test func aPackageWithoutSuchTablesIsAnError() {
        let package = BidPackage(metadata: Metadata(projectID: "x", title: "t", language: "en"))
        #expect(throws: RenderError.self) { try XlsxWriter().render(package, format: "xlsx", options: [:]) }
        #expect(throws: RenderError.self) { try XlsxWriter().render(package, format: "docx", options: [:]) }
    }

    @Test func sheetNamesFollowExcelsRules() {
        var taken: Set<String> = []
        #expect(SheetPlan.uniqueName(SheetPlan.sheetName(String(repeating: "长", count: 40)), taken: &taken).count == 31)
        #expect(SheetPlan.uniqueName("A", taken: &taken) == "A")
        #expect(SheetPlan.uniqueName("a", taken: &taken) == "a (2)")
        #expect(SheetPlan.sheetName("[]:*?/\\") == "Sheet")
    }
}
