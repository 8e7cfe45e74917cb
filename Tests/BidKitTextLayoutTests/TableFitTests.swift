import Testing
@testable import BidKitTextLayout

/// Issue 12, items 14–16: tables fit the width (stacked when their columns cannot be made
/// readable), widths follow the content with sane minimums, amounts and words stay whole, and
/// ambiguous characters are counted as the document's language draws them.
@Suite struct TableFitTests {
    /// The sample's price schedule, abridged: nine columns, long names and specifications.
    static let schedule = TextTable(
        columns: [.init(alignment: .center), .init(minWidth: 8), .init(minWidth: 8), .init(minWidth: 8), .init(alignment: .center),
                  .init(alignment: .right), .init(alignment: .right), .init(alignment: .right), .init(minWidth: 8)],
        header: [["序号", "名称", "规格型号", "品牌", "单位", "数量", "单价（元）", "合价（元）", "备注"]],
        body: [
            ["1", "400万像素星光级红外枪型网络摄像机", "KJ-IPC-B4T40-IZ，1/1.8\" CMOS，2.8～12mm电动变焦，红外80m，H.265，IP67", "瞰界", "台", "60", "1,260.00", "75,600.00", "站区道路、围墙、设备区"],
            ["2", "核心交换机", "RX-S7606，背板带宽4.8Tbps，包转发率1440Mpps，双主控，双电源", "锐迅", "台", "2", "68,000.00", "136,000.00", ""],
        ],
        footer: [[TextTable.Cell("投标总价", colspan: 7), "12,345,678,901.80", ""],
                 [TextTable.Cell("投标总价（大写）", colspan: 7), TextTable.Cell("人民币壹佰贰拾叁亿肆仟伍佰陆拾柒万捌仟玖佰零壹元捌角整", colspan: 2)]])

    @Test(arguments: [40, 60, 80, 100, 120, 160])
    func everyLineFitsTheWidth(width: Int) {
        let lines = Self.schedule.lines(maxWidth: width)
        for line in lines { #expect(DisplayWidth.of(line) <= width, "\(width): \(line)") }
        #expect(Set(lines.map { DisplayWidth.of($0) }).count == 1, "a framed table has straight edges")
    }

    @Test(arguments: [40, 60, 80, 100, 120, 160])
    func amountsAndModelNumbersStayWhole(width: Int) {
        let text = Self.schedule.lines(maxWidth: width).joined(separator: "\n")
        for whole in ["12,345,678,901.80", "136,000.00", "75,600.00", "1,260.00", "KJ-IPC-B4T40-IZ，", "RX-S7606，"] {
            #expect(text.contains(whole), "\(width): \(whole) was split")
        }
    }

    @Test func tooNarrowForReadableColumnsTheTableIsStacked() {
        let lines = Self.schedule.lines(maxWidth: 80)
        #expect(lines.contains { $0.hasPrefix("│ 名称 ") && $0.contains("400万像素星光级红外枪型网络摄像机") })
        #expect(lines.contains { $0.hasPrefix("│ 合价（元） ") && $0.contains("│ 75,600.00 ") })
        // An empty cell is left out of its record; the footer's spanning label labels its value.
        #expect(lines.filter { $0.hasPrefix("│ 备注 ") }.count == 1)
        #expect(lines.contains { $0.hasPrefix("│ 投标总价 ") && $0.contains("12,345,678,901.80") })
        // Records are separated by rules, the footer by a double rule.
        #expect(lines.filter { $0.hasPrefix("├") }.count >= 1)
        #expect(lines.contains { $0.hasPrefix("╞") })
    }

    @Test func wideEnoughTheTableKeepsItsColumnsAndTextColumnsKeepFourCharacters() throws {
        let lines = Self.schedule.lines(maxWidth: 120)
        let header = try #require(lines.first { $0.contains("序号") })
        #expect(header.contains("│ 规格型号 ") && header.contains(" 合价（元） │"))
        // The name column keeps at least four Chinese characters a line (the issue: it got two).
        let names = lines.filter { $0.hasPrefix("│") }.compactMap { $0.split(separator: "│").dropFirst().first }
        #expect(names.contains { $0.contains("400万像素") })
        for name in names { #expect(DisplayWidth.of(name) >= 10, "\(name)") }
    }

    @Test func noCellLineStartsWithClosingPunctuation() {
        for width in [40, 60, 80, 100, 120] {
            for line in Self.schedule.lines(maxWidth: width) {
                for cell in line.split(separator: "│") {
                    let text = cell.drop { $0 == " " }
                    #expect(!(text.first.map { "，。、；：）》".contains($0) } ?? false), "\(width): \(line)")
                }
            }
        }
    }

    @Test func stackedRowsRepeatRowSpanningCellsAndUseEveryHeaderRow() {
        let table = TextTable(
            columns: Array(repeating: .init(), count: 4),
            header: [[TextTable.Cell("设备", rowspan: 2), TextTable.Cell("报价", colspan: 3)], ["单价", "数量", "合价"]],
            body: [[TextTable.Cell("交换机 interconnect fabric", rowspan: 2), "36,500.00", "2", "73,000.00"], ["28,000.00", "1", "28,000.00"]])
        let lines = table.lines(maxWidth: 36)
        #expect(lines.filter { $0.contains("交换机") }.count == 2)
        #expect(lines.contains { $0.hasPrefix("│ 报价 单价 ") && $0.contains("36,500.00") })
        for line in lines { #expect(DisplayWidth.of(line) <= 36, "\(line)") }
    }

    @Test func chineseTablesCountAmbiguousCharactersTwiceAndAreFramedInASCII() {
        let table = TextTable(columns: [.init(), .init()], header: [["参数", "要求"]],
                              body: [["温度", "-40℃～+70℃"], ["★分辨率", "≥ 4×200万"]])
        let lines = table.lines(maxWidth: 80, ambiguous: .wide)
        #expect(lines.first?.hasPrefix("+") == true && lines.allSatisfy { $0.allSatisfy { !"─│┌┬╞═".contains($0) } })
        // Every line has the same width with ℃ ★ ≥ × counted as two columns, as 宋体 draws them.
        #expect(Set(lines.map { DisplayWidth.of($0, ambiguous: .wide) }).count == 1)
        #expect(Set(lines.map { DisplayWidth.of($0, ambiguous: .narrow) }).count > 1)
        #expect(lines.contains { $0.hasPrefix("| ★分辨率 | ≥ 4×200万") })
        // English tables keep box drawing, counted one column each.
        #expect(table.lines(maxWidth: 80).first?.hasPrefix("┌") == true)
    }

    @Test func ambiguousWidthFollowsTheLanguage() {
        #expect(AmbiguousWidth(language: "zh") == .wide && AmbiguousWidth(language: "zh-CN") == .wide)
        #expect(AmbiguousWidth(language: "en") == .narrow && AmbiguousWidth(language: "") == .narrow)
        #expect(DisplayWidth.of("★×℃≥•─", ambiguous: .wide) == 12 && DisplayWidth.of("★×℃≥•─") == 6)
        // Combining marks among the ambiguous ranges stay zero-width.
        #expect(DisplayWidth.of("e\u{301}", ambiguous: .wide) == 1)
    }
}
