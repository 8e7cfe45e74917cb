import BidKitPluginSDK
import Testing
@testable import TextRenderer

/// Issue 9, item 11: nested tables (buyer forms nest them) cost time and output linear in their depth.
/// Each inner table used to be drawn at the full page width and then wrapped again by the cell holding
/// it, doubling its lines at every level: 25 levels took 0.4 s, 30 levels 5 s, 35 more than 30 s.
@Suite struct NestedTableTextTests {
    /// `depth` tables, each the only cell of the one around it; the innermost holds `text`.
    static func nested(_ depth: Int, text: String = "最里层") -> Block {
        var block = Block.paragraph(Paragraph([.text(text)]))
        for level in 0..<depth {
            block = .table(Table(columns: [.init()], header: [Table.Row([Table.Cell("第\(depth - level)层")])],
                                 body: [Table.Row([Table.Cell(blocks: [block])])]))
        }
        return block
    }

    private func lines(_ block: Block, width: Int = 80) -> [String] {
        BlockText(settings: TextSettings(width: width, labels: TextLabels(language: "zh"))).lines(for: block, width: width)
    }

    @Test(arguments: [1, 5, 20, 35])
    func linesGrowLinearlyWithDepth(depth: Int) {
        let out = lines(Self.nested(depth))
        // Each level adds its frame (top, header, rule, bottom): four lines, never a re-wrapped copy.
        #expect(out.count == 4 * depth + 1, "\(out.count) lines for \(depth) levels")
        #expect(out.contains { $0.contains("最里层") })
        #expect(out.contains { $0.contains("第\(depth)层") })
        let widths = Set(out.map { DisplayWidth.of($0) })
        #expect(widths.count == 1, "every line of the outer table has the same width")
    }

    @Test func shallowNestingFitsThePage() {
        for line in lines(Self.nested(5)) { #expect(DisplayWidth.of(line) <= 80) }
    }

    @Test func preformattedCellIsNeverWrappedAndSetsItsColumnsWidth() {
        let inner = "┌────────────┐\n│ 一二三四五 │\n└────────────┘"
        let table = TextTable(columns: [.init(), .init()],
                              body: [[TextTable.Cell(inner, preformatted: true), "a long text that has to wrap in a narrow table"]])
        let out = table.lines(maxWidth: 34)
        for line in inner.split(separator: "\n") { #expect(out.contains { $0.contains(line) }) }
        #expect(Set(out.map { DisplayWidth.of($0) }) == [34])
    }
}
