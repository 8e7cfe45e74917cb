import Foundation
import Testing
@testable import BidKit

/// Issue 9, item 11: costs driven by the input stay near-linear. Asserted through the work done
/// (characters counted, patterns tried), not through timings.
@Suite("Input-driven costs")
struct InputCostTests {
    /// 5,000 signature blocks took 13 s: every block split the whole section into lines again.
    @Test func sourceLinesSplitOnceAndCountEachCharacterOnce() {
        let line = String(repeating: "图片![a](x.png) ", count: 5_000)
        let lines = SourceLines(String(repeating: "行\n", count: 3) + line + "\n")
        let utf8 = Array(line.utf8)
        var byteColumns: [Int] = []
        for (i, b) in utf8.enumerated() where b == UInt8(ascii: "!") { byteColumns.append(i + 1) }
        var columns: [Int] = []
        for byte in byteColumns { columns.append(lines.column(line: 4, byteColumn: byte) ?? -1) }
        #expect(columns.first == 3 && columns[1] == 3 + 14 && columns.last == 3 + 14 * 4_999)
        #expect(lines.splits == 1)
        #expect(lines.charactersCounted < line.count, "\(lines.charactersCounted) characters counted for a line of \(line.count)")
        for _ in 0..<3 { _ = lines.column(line: 1, byteColumn: 1) }
        #expect(lines.splits == 1)
    }

    @Test func columnsOfManyMatchesOnOneLine() {
        let line = String(repeating: "名{{bidder.name}}", count: 2_000)
        guard let pattern = ScanPattern(#"\{\{[^}]*\}\}"#, triggers: ["{{"]) else { Issue.record("pattern"); return }
        let found = TextScan.find([pattern], in: line)
        #expect(found.count == 2_000)
        #expect(found.first?.0 == 2 && found.last?.0 == 1 + 1_999 * 16 + 1)
    }

    /// Unknown fields on one long line: each error at its own column, counted onward (was quadratic).
    @Test func unknownFieldsAlongOneLineKeepTheirColumns() throws {
        let md = "致" + String(repeating: "名{{bidder.nmae}}", count: 3_000) + "\n"
        let p = try TestProject(["sections/letter.md": md])
        do {
            _ = try p.assemble()
            Issue.record("expected unknown-field errors")
        } catch let many as LoadErrors {
            #expect(many.errors.count == 3_000)
            #expect(many.errors.first?.location.column == 3 && many.errors.last?.location.column == 2 + 2_999 * 16 + 1)
        }
    }

    /// With more than 64 triggers every line used to go to every pattern's regex.
    @Test func manyKnownNamesTryOnlyTheNamesALineHolds() {
        let names = (0..<10_000).map { "第\($0)号其他招标人" }
        let patterns = names.compactMap { ScanPattern(literal: $0) }
        let set = TriggerSet(patterns)
        #expect(set.candidates(in: "本项目与其他招标人无关，投标人为某某公司。").isEmpty)
        #expect(set.candidates(in: "前言 第9999号其他招标人 后记 第17号其他招标人") == [17, 9999])
        #expect(set.candidates(in: "第1号其他招标人") == [1])
    }

    @Test func automatonFindsOverlappingAndNestedNeedles() {
        let needles = ["he", "she", "his", "hers", "某某", "某某科技", "科技有限"].map { Array($0.utf8) }
        let automaton = TriggerAutomaton(needles)
        func found(_ text: String) -> [Int] {
            var text = text
            return Set(text.withUTF8 { automaton.needles(in: $0) }).sorted()
        }
        #expect(found("ushers") == [0, 1, 3])
        #expect(found("某某科技有限公司") == [4, 5, 6])
        #expect(found("nothing here at all").contains(0))
        #expect(found("xyz").isEmpty)
        #expect(found("").isEmpty)
    }

    @Test func identityFindsAKnownNameAmongTenThousand() throws {
        let names = (0..<10_000).map { "Other Buyer \($0) Ltd" }
        let bid = TestProject.bid(replacing: "  date: 2026-12-08\n", with: "  date: 2026-12-08\n  known_names: [\(names.joined(separator: ", "))]\n")
        let md = TestProject.letterMarkdown + "\n参见 Other Buyer 9876 Ltd 的项目。\n"
        let report = Checker.check(try TestProject(["bid.yaml": bid, "sections/letter.md": md]).assemble(), asOf: TestProject.checkDay)
        let f = report.findings.filter { $0.rule == Identity.id }
        #expect(f.count == 1 && f.first?.message.contains("Other Buyer 9876 Ltd") == true)
        #expect(f.first?.location?.line == 16 && f.first?.location?.column == 4)
    }
}
