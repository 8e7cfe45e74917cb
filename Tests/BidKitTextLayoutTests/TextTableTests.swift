import Testing
import BidKitTextLayout

@Suite struct TextTableTests {
    /// A small price table: Chinese names, a wrapped specification, right-aligned numbers.
    static let priceTable = TextTable(
        columns: [.init(), .init(), .init(alignment: .right), .init(alignment: .right)],
        header: [["序号", "名称", "数量", "单价（元）"]],
        body: [
            ["1", "网络摄像机", "120", "1,280.00"],
            ["2", "核心交换机", "2", "36,500.00"],
            ["3", "Video management software", "1", "88,000.00"],
        ],
        footer: [[TextTable.Cell("合计", colspan: 3), "125,780.00"]])

    @Test func everyLineOfACjkTableHasTheSameDisplayWidth() {
        let lines = Self.priceTable.lines(maxWidth: 80)
        let widths = Set(lines.map { DisplayWidth.of($0) })
        #expect(widths.count == 1)
        #expect(lines.first?.hasPrefix("┌") == true)
        #expect(lines.last?.hasPrefix("└") == true)
        #expect(lines.contains { $0.hasPrefix("╞") })
    }

    @Test func numbersAreRightAligned() {
        let lines = Self.priceTable.lines(maxWidth: 80)
        let rows = lines.filter { $0.contains("1,280.00") || $0.contains("36,500.00") || $0.contains("88,000.00") }
        #expect(rows.count == 3)
        #expect(rows.allSatisfy { $0.hasSuffix(".00 │") })
        #expect(rows.contains { $0.contains("│   1,280.00 │") })
        #expect(rows.contains { $0.contains("│  120 │") })
    }

    @Test func colspanTakesTheCombinedWidth() {
        let lines = Self.priceTable.lines(maxWidth: 80)
        let total = lines.first { $0.contains("合计") }
        #expect(total?.hasPrefix("│ 合计 ") == true)
        // Only one column line inside the total row: between the span and the amount.
        #expect(total.map { $0.filter { $0 == "│" }.count } == 3)
        // The rule above the footer loses the column lines the span covers.
        let rule = lines.last { $0.hasPrefix("╞") }
        #expect(rule?.contains("╧") == true)
    }

    @Test func wrapsCellsToFitMaxWidth() {
        let lines = Self.priceTable.lines(maxWidth: 50)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 50 })
        #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
        #expect(lines.contains { $0.contains("Video") } && lines.contains { $0.contains("software") })
        // Narrow numeric columns keep their natural width: the widest column shrank.
        #expect(lines.contains { $0.contains("36,500.00") })
    }

    @Test func keepsNumbersWholeWhenShrinking() {
        let lines = Self.priceTable.lines(maxWidth: 45)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 45 })
        for amount in ["1,280.00", "36,500.00", "88,000.00", "125,780.00"] {
            #expect(lines.contains { $0.contains(amount) }, "\(amount)")
        }
    }

    @Test func aTableTooNarrowEvenForItsCharactersOverflowsEvenly() {
        // Two columns of two-column characters need 2 + 2 + 7 columns of frame: 10 cannot hold them.
        let table = TextTable(columns: [.init(), .init()], body: [["序号", "名称"]])
        let lines = table.lines(maxWidth: 10)
        #expect(lines.contains { $0.contains("│ 序 │ 名 │") })
        #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1)
    }

    @Test func multiLineCellsAndRowspan() {
        let table = TextTable(
            columns: [.init(), .init(alignment: .center)],
            header: [["设备", "说明"]],
            body: [[TextTable.Cell("交换机", rowspan: 2), "接入层\n24口"], ["汇聚层"]])
        let lines = table.lines(maxWidth: 40)
        #expect(lines == [
            "┌────────┬────────┐",
            "│ 设备   │  说明  │",
            "╞════════╪════════╡",
            "│ 交换机 │ 接入层 │",
            "│        │  24口  │",
            "│        ├────────┤",
            "│        │ 汇聚层 │",
            "└────────┴────────┘",
        ])
    }

    @Test func plainStyleHasNoFrame() {
        let text = Self.priceTable.render(maxWidth: 80, style: .plain)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(!text.contains("│"))
        #expect(lines[0].hasPrefix("序号  名称"))
        #expect(lines[1].allSatisfy { $0 == "─" || $0 == " " })
        #expect(lines.last?.hasPrefix("合计") == true && lines.last?.hasSuffix("125,780.00") == true)
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") })
    }

    @Test func raggedRowsAndEmptyTables() {
        let table = TextTable(columns: [.init(), .init()], body: [["a"], ["b", "c", "d"]])
        let lines = table.lines(maxWidth: 80)
        #expect(lines.first == "┌───┬───┬───┐")
        #expect(lines.contains("│ a │   │   │"))
        #expect(TextTable(columns: [.init()]).render(maxWidth: 80) == "")
    }

    @Test func renderingIsDeterministic() {
        #expect(Self.priceTable.render(maxWidth: 60) == Self.priceTable.render(maxWidth: 60))
    }
}
