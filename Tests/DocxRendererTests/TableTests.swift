import BidKitPluginSDK
@testable import DocxWriter
import Testing

@Suite struct TableTests {
    private func tables() throws -> XMLPart {
        let (docx, _) = try Fixtures.render(Fixtures.zh)
        return try docx.xml("word/document.xml")
    }

    @Test func priceScheduleHeaderRowRepeatsAndRowsDoNotSplit() throws {
        let doc = try tables()
        let price = try #require(doc.nodes("//w:tbl").first)
        let rows = doc.nodes("w:tr", at: price)
        #expect(rows.count == 5)
        #expect(doc.count("w:trPr/w:tblHeader", at: rows[0]) == 1)
        #expect(rows.dropFirst().allSatisfy { doc.count("w:trPr/w:tblHeader", at: $0) == 0 })
        #expect(rows.allSatisfy { doc.count("w:trPr/w:cantSplit", at: $0) == 1 })
    }

    @Test func columnWidthsFillTheTextWidthWithFixedLayout() throws {
        let doc = try tables()
        let price = try #require(doc.nodes("//w:tbl").first)
        let grid = doc.strings("w:tblGrid/w:gridCol/@w:w", at: price).compactMap { Int($0) }
        #expect(grid.count == 4)
        #expect(grid.reduce(0, +) == 8504)  // A4 less the cn-goods margins
        #expect(grid[1] > grid[0])  // weight 14 against 4
        #expect(doc.string("w:tblPr/w:tblLayout/@w:type", at: price) == "fixed")
        #expect(doc.string("w:tblPr/w:tblW/@w:type", at: price) == "dxa")
        #expect(doc.count("w:tblPr/w:tblBorders/w:insideV[@w:val='single']", at: price) == 1)
        let first = doc.strings("w:tr[2]/w:tc/w:tcPr/w:tcW/@w:w", at: price).compactMap { Int($0) }
        #expect(first == grid)
    }

    @Test func numbersAreRightAlignedAndTotalsBold() throws {
        let doc = try tables()
        let price = try #require(doc.nodes("//w:tbl").first)
        #expect(doc.string("w:tr[2]/w:tc[4]/w:p/w:pPr/w:jc/@w:val", at: price) == "right")
        #expect(doc.string("w:tr[2]/w:tc[1]/w:p/w:pPr/w:jc/@w:val", at: price) == "center")
        #expect(doc.string("w:tr[1]/w:tc[1]/w:p/w:pPr/w:pStyle/@w:val", at: price) == "TableHeading")
        for row in [4, 5] {
            #expect(doc.strings("w:tr[\(row)]/w:tc/w:p/w:pPr/w:pStyle/@w:val", at: price) == ["TableTotal", "TableTotal"])
        }
        let styles = try Fixtures.render(Fixtures.zh).0.xml("word/styles.xml")
        #expect(styles.count("//w:style[@w:styleId='TableTotal']/w:rPr/w:b") == 1)
    }

    @Test func colspanAndRowspanBecomeGridSpanAndVerticalMerge() throws {
        let doc = try tables()
        let price = try #require(doc.nodes("//w:tbl").first)
        #expect(doc.string("w:tr[4]/w:tc[1]/w:tcPr/w:gridSpan/@w:val", at: price) == "3")
        #expect(doc.count("w:tr[4]/w:tc", at: price) == 2)
        let spans = try #require(doc.nodes("//w:tbl").dropFirst().first)
        #expect(doc.string("w:tr[2]/w:tc[1]/w:tcPr/w:vMerge/@w:val", at: spans) == "restart")
        #expect(doc.string("w:tr[3]/w:tc[1]/w:tcPr/w:vMerge/@w:val", at: spans) == "continue")
        #expect(doc.count("w:tr[3]/w:tc", at: spans) == 3)
        #expect(doc.strings("w:tr[3]/w:tc[2]//w:t", at: spans) == ["交换机"])
        // The caption precedes its table and stays with it.
        #expect(doc.string("//w:p[w:pPr/w:pStyle/@w:val='Caption' and w:pPr/w:keepNext][following-sibling::*[1][self::w:tbl]]") == "表 1 设备分布")
    }

    /// The price schedule's shape (issue 12, item 5): amounts and codes fit on one line, short headers
    /// do not wrap, and the text columns — not 单位 / 数量 — take what is left.
    @Test func columnWidthsComeFromTheContent() {
        func row(_ cells: [String]) -> Table.Row { Table.Row(cells.map { Table.Cell($0) }) }
        let header = row(["序号", "名称", "规格型号", "单位", "数量", "合价（元）"])
        let body = (1...30).map { n in
            row(["\(n)", "400万像素全景拼接摄像机", "KJ-IPC-B4T4-0Z，1/1.8\" CMOS，4×400万像素，红外 30 m，IP67", "台", "60",
                 n == 1 ? "1,872,941.80" : "75,600.00"])
        }
        let sizing = ColumnSizing(rows: [(header, true)] + body.map { ($0, false) }, gridCount: 6, halfPoints: 18, available: 8306)
        let w = sizing.widths(total: 8306)
        #expect(w.reduce(0, +) == 8306)
        #expect(zip(w, sizing.minimum).allSatisfy { $0 >= $1 })
        // 1,872,941.80 and KJ-IPC-B4T4-0Z whole (ems at 9 pt, plus the cell margins).
        #expect(w[5] >= Int(TextMetrics("1,872,941.80", bold: false).width * 180) + 170)
        #expect(w[2] >= Int(TextMetrics("KJ-IPC-B4T4-0Z，", bold: false).width * 180) + 170)
        // 序号 and 单位 on one line, no wider than they need.
        #expect(w[0] >= Int(TextMetrics("序号", bold: true).width * 180) + 170)
        #expect(w[3] < w[1] && w[4] < w[1])
        // The specification column, with three times the text of the name, is the widest.
        #expect(w[2] == w.max())
        #expect(w[2] > w[1] * 2)
    }

    @Test func aShortTableStillFillsTheWidthAndRoundingAddsUp() {
        let sizing = ColumnSizing(rows: [(Table.Row([Table.Cell("甲"), Table.Cell("乙乙乙乙")]), false)], gridCount: 2,
                                  halfPoints: 21, available: 8504)
        let w = sizing.widths(total: 8504)
        #expect(w.reduce(0, +) == 8504)
        #expect(w[1] > w[0])
        #expect(ColumnSizing.share(100, by: [1, 1, 1]) == [34, 33, 33])
        // Minimums wider than the page are scaled down together.
        #expect(ColumnSizing.share(3000, by: [4000, 2000]) == [2000, 1000])
    }

    /// Markdown asked `---:` for 序号; generated tables centre it. Both are centred now (item 9).
    @Test func aSequenceColumnIsCentredWhateverTheMarkdownSaid() throws {
        var package = Fixtures.zh
        let table = Table(columns: [.init(alignment: .right), .init(alignment: .left)],
                          header: [Table.Row([Table.Cell("序号"), Table.Cell("建设内容")])],
                          body: [Table.Row([Table.Cell("1"), Table.Cell("前端视频采集")])])
        package.parts[0].sections = [Section(id: "overview", title: "概述", number: "一、", kind: "markdown", blocks: [.table(table)])]
        let (docx, _) = try Fixtures.render(package)
        let doc = try docx.xml("word/document.xml")
        #expect(doc.string("(//w:tbl)[1]/w:tr[2]/w:tc[1]/w:p/w:pPr/w:jc/@w:val") == "center")
        // Left is what the Table Text style gives: not repeated on the paragraph.
        #expect(doc.string("(//w:tbl)[1]/w:tr[2]/w:tc[2]/w:p/w:pPr/w:pStyle/@w:val") == "TableText")
        #expect(doc.count("(//w:tbl)[1]/w:tr[2]/w:tc[2]/w:p/w:pPr/w:jc") == 0)
    }

    /// document.xml toward pandoc's size (issue 13): what a cell's style gives (Table Text's 10.5 pt, its
    /// left alignment, Table Heading's centring) is not repeated on each run and paragraph; a smaller
    /// size (wide tables) still is; `xml:space` only where spaces would otherwise be dropped.
    @Test func cellsDoNotRepeatWhatTheirStyleGives() throws {
        let doc = try tables()
        let spans = try #require(doc.nodes("//w:tbl[.//w:t='区域']").first)
        #expect(doc.count(".//w:r/w:rPr/w:sz", at: spans) == 0)
        #expect(doc.count("w:tr[1]/w:tc/w:p/w:pPr/w:jc", at: spans) == 0)
        let price = try #require(doc.nodes("//w:tbl").first)
        #expect(doc.count("w:tr[2]/w:tc[4]/w:p/w:pPr/w:jc[@w:val='right']", at: price) == 1)
        #expect(doc.strings("//w:t[.='摄像机']/@xml:space").isEmpty)
        #expect(doc.strings("//w:t[starts-with(., ' ')]").count == doc.strings("//w:t[starts-with(., ' ')]/@xml:space").count)
    }

    /// Space after a table (issue 12 item 9): 12 pt before a heading (its style's 6–10 pt read as none
    /// under the table's rule), 6 pt before text.
    @Test func aHeadingAfterATableGetsRoomAndTextAfterOneDoesNotTouchIt() throws {
        var package = Fixtures.zh
        let table = Table(columns: [.init(), .init()], header: [Table.Row([Table.Cell("参数"), Table.Cell("响应")])],
                          body: [Table.Row([Table.Cell("码流"), Table.Cell("4 Mbps")])])
        package.parts[1].sections[0].blocks = [
            .table(table),
            .heading(Heading(level: 4, number: "3.", anchor: "solution-1-3", content: [.text("带宽测算")])),
            .table(table),
            Fixtures.p("表后正文。"),
        ]
        let (docx, _) = try Fixtures.render(package)
        let doc = try docx.xml("word/document.xml")
        #expect(doc.string("//w:p[w:r/w:t='带宽测算']/w:pPr/w:spacing/@w:before") == "240")
        #expect(doc.string("//w:p[w:r/w:t='表后正文。']/w:pPr/w:spacing/@w:before") == "120")
    }

    /// A row's short label (身份证号码) is not broken when the other columns can give way (fresh
    /// cn-goods 授权委托书: 身份证号 / 码).
    @Test func shortRowLabelsStayOnOneLine() {
        let long = "TODO：填写委托代理人姓名（法定代表人亲自签署时删除本行及授权委托书）"
        let rows = [("项目", "法定代表人", "委托代理人"), ("姓名", long, long), ("身份证号码", "【TODO：填写】", "【TODO：填写】")]
            .enumerated().map { i, r in (Table.Row([Table.Cell(r.0), Table.Cell(r.1), Table.Cell(r.2)]), i == 0) }
        let widths = ColumnSizing(rows: rows, gridCount: 3, halfPoints: 21, available: 8504).widths(total: 8504)
        #expect(widths[0] >= TextMetrics("身份证号码", bold: false).width.dxa(21) + ColumnSizing.padding)
    }

    /// A wide table's 9 pt comes from "Table Text Compact" (based on Table Text), not from every run.
    @Test func wideTablesNameACompactStyleInsteadOfSizingEveryRun() throws {
        var package = Fixtures.zh
        let headers = ["序号", "名称", "规格型号", "品牌", "单位", "数量", "单价", "合价", "备注"]
        let wide = Table(columns: headers.map { _ in .init() }, header: [Table.Row(headers.map { Table.Cell($0) })],
                         body: [Table.Row(["1", "摄像机", "KJ-IPC-B4T40", "瞰界", "台", "60", "1,260.00", "75,600.00", ""].map { Table.Cell($0) })])
        package.parts[0].sections[1].blocks.append(.table(wide))
        let (docx, _) = try Fixtures.render(package)
        let doc = try docx.xml("word/document.xml")
        let table = try #require(doc.nodes("//w:tbl[.//w:t='KJ-IPC-B4T40']").first)
        #expect(doc.count(".//w:r/w:rPr/w:sz", at: table) == 0)
        #expect(Set(doc.strings(".//w:pStyle/@w:val", at: table)) == ["TableHeadingCompact", "TableTextCompact"])
        let styles = try docx.xml("word/styles.xml")
        #expect(styles.string("//w:style[@w:styleId='TableTextCompact']/w:basedOn/@w:val") == "TableText")
        #expect(styles.string("//w:style[@w:styleId='TableTextCompact']/w:rPr/w:sz/@w:val") == "18")
        #expect(styles.string("//w:style[@w:styleId='TableHeadingCompact']/w:basedOn/@w:val") == "TableHeading")
    }
}
