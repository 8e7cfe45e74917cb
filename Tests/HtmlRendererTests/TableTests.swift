import Testing
@testable import HtmlWriter

@Suite("tables")
struct TableTests {
    @Test func priceScheduleHasGroupsAlignmentAndTotals() throws {
        let (html, doc) = try Fixtures.document(Fixtures.package([.table(Fixtures.priceSchedule)]))
        let table = try #require(doc.firstIndex { $0.name == "table" })
        #expect(doc.elements[table].has(class: "role-price-schedule"))
        #expect(doc.all("th", inside: table).map(\.text) == ["序号", "名称", "数量", "合价（元）"])
        #expect(doc.all("th", inside: table).allSatisfy { $0.attributes["scope"] == "col" })
        let footer = try #require(doc.all("tfoot", inside: table).first)
        #expect(footer.text.contains("1,000.00") && footer.text.contains("人民币壹仟元整"))
        // Amounts right-aligned by column class; widths from the weights (1:6:2:3 of 12).
        #expect(doc.all("td", inside: table).filter { $0.has(class: "align-right") }.map(\.text)
            == ["2", "600.00", "1", "400.00", "1,000.00"])
        #expect(doc.all("col", inside: table).map { $0.attributes["style"] ?? "" }
            == ["width: 8.3%", "width: 50.0%", "width: 16.7%", "width: 25.0%"])
        #expect(html.contains("<td class=\"align-center\" colspan=\"3\">投标总价</td>"))
        #expect(html.contains("<td class=\"align-center\">投标总价（大写）</td><td class=\"align-left\" colspan=\"3\">人民币壹仟元整</td>"))
        // Tag order: caption/colgroup, thead, tbody, tfoot.
        let order = doc.elements.filter { ["thead", "tbody", "tfoot"].contains($0.name) }.map(\.name)
        #expect(order == ["thead", "tbody", "tfoot"])
    }

    @Test func captionAndCellBlocksAreWritten() throws {
        let table = Table(columns: [Table.Column(), Table.Column()],
                          body: [Table.Row([Table.Cell(blocks: [Fixtures.paragraph("第一段"), Fixtures.paragraph("第二段")]),
                                            Table.Cell(inlines: [.strong([.text("粗")])])])],
                          caption: "表 1 设备清单")
        let (html, doc) = try Fixtures.document(Fixtures.package([.table(table)]))
        #expect(doc.all("caption").first?.text == "表 1 设备清单")
        #expect(html.contains("<td><p>第一段</p>\n<p>第二段</p>\n</td><td><strong>粗</strong></td>"))
        #expect(doc.all("thead").isEmpty && doc.all("tfoot").isEmpty)
        // Two columns: not "wide", so it is not forced wider than a phone.
        #expect(doc.all("table").first?.has(class: "wide") == false)
    }

    /// Overlong rowspans are clipped to the group, ragged rows padded, overlapping colspans cut:
    /// what the W3C checker would otherwise report as table errors.
    @Test func gridRepairsSpansAndRaggedRows() {
        let grid = TableGrid(columnCount: 3, groups: [
            [[(colspan: 1, rowspan: 5), (colspan: 1, rowspan: 1), (colspan: 1, rowspan: 2)],
             [(colspan: 3, rowspan: 1)],
             []],
        ])
        #expect(grid.width == 3)
        let rows = grid.groups[0]
        #expect(rows[0] == [.init(source: 0, column: 0, colspan: 1, rowspan: 3), .init(source: 1, column: 1, colspan: 1, rowspan: 1),
                            .init(source: 2, column: 2, colspan: 1, rowspan: 2)])
        // Starts after the rowspan from above and stops before the next one.
        #expect(rows[1] == [.init(source: 0, column: 1, colspan: 1, rowspan: 1)])
        #expect(rows[2] == [.init(source: nil, column: 1, colspan: 1, rowspan: 1), .init(source: nil, column: 2, colspan: 1, rowspan: 1)])
    }

    @Test func gridWidensToTheWidestRowAndPadsTheRest() {
        let grid = TableGrid(columnCount: 2, groups: [
            [[(colspan: 1, rowspan: 1)]],
            [[(colspan: 1, rowspan: 1), (colspan: 1, rowspan: 1), (colspan: 1, rowspan: 1)]],
            [],
        ])
        #expect(grid.width == 3)
        #expect(grid.groups[0][0].map(\.column) == [0, 1, 2])
        #expect(grid.groups[0][0].map(\.source) == [0, nil, nil])
        #expect(grid.groups[2].isEmpty)
    }

    @Test func zeroAndHugeSpansAreClamped() {
        let grid = TableGrid(columnCount: 1, groups: [[[(colspan: 0, rowspan: 0)], [(colspan: 5000, rowspan: 1)]]])
        #expect(grid.groups[0][0].first == .init(source: 0, column: 0, colspan: 1, rowspan: 1))
        #expect(grid.groups[0][1].first?.colspan == TableGrid.maxColspan)
    }

    @Test func wideTablesAreMarkedAndEveryTableScrolls() throws {
        let columns = Array(repeating: Table.Column(alignment: .right, weight: 0), count: 7)
        let table = Table(columns: columns, body: [Table.Row(columns.indices.map { Table.Cell(String($0)) })])
        let (_, doc) = try Fixtures.document(Fixtures.package([.table(table)]))
        let t = try #require(doc.firstIndex { $0.name == "table" })
        #expect(doc.elements[t].has(class: "wide"))
        #expect(doc.elements[doc.elements[t].parent ?? 0].has(class: "table-scroll"))
        #expect(doc.all("col", inside: t).allSatisfy { $0.attributes["style"] == nil })
    }
}
