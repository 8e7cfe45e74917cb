import BidKitTestSupport
import BidKitTextLayout
import Foundation
import Testing
@testable import BidKit

/// The loader's defences, unit by unit (the corpus in Tests/BadInputs runs them end to end).
@Suite("Input safety")
struct InputSafetyTests {
    @Test func dateArithmeticNeverTraps() {
        let day = CalendarDay(year: 2026, month: 12, day: 10)
        #expect(day.adding(days: Int.max) == CalendarDay(year: 9999, month: 12, day: 31))
        #expect(day.adding(days: Int.min) == CalendarDay(year: 1, month: 1, day: 1))
        #expect(day.adding(days: 21) == CalendarDay(year: 2026, month: 12, day: 31))
        #expect(CalendarDay(year: Int.max, month: 14, day: -3).days(until: CalendarDay(year: Int.min, month: 1, day: 1)) < 0)
        #expect(CalendarDay(year: 2026, month: 13, day: 1).english.contains("13"))
    }

    @Test func theValidityRuleSurvivesAnyDayCount() throws {
        let p = try TestProject()
        var project = try p.load()
        project.bidder.validityDays = Int.max
        project.tender.validityDays = Int.max - 1
        let report = Checker.check(try Assembler.assemble(project), asOf: TestProject.checkDay)
        #expect(report.findings.allSatisfy { !$0.message.isEmpty })
    }

    @Test func yamlAliasBombIsRefusedBeforeComposing() throws {
        var lines = ["a0: &a0 [x, y]"]
        for i in 1...24 { lines.append("a\(i): &a\(i) {*a\(i - 1) : 1, [*a\(i - 1), *a\(i - 1)]: 2}") }
        let start = Date()
        #expect(throws: LoadError.self) { try YAMLDocument(text: lines.joined(separator: "\n"), file: "bomb.yaml") }
        #expect(Date().timeIntervalSince(start) < 5)
        // Ordinary anchors and aliases still work.
        let doc = try YAMLDocument(text: "a: &c {name: 李娜}\nb: *c\n", file: "ok.yaml")
        #expect(try doc.root.mapping(keys: ["a", "b"])["b"]?.mapping(keys: ["name"]).string("name") == "李娜")
    }

    @Test func invalidBytesAreLocatedWhateverTheLineEnds() {
        for (bytes, line, column) in [
            (Array("ab\ncd\u{00e9}".utf8).dropLast(1) + [0xE9], 2, 3),
            (Array("x\r\ny\r\nzz".utf8) + [0xC0, 0x80], 3, 3),
            (Array("x\ry\r中".utf8) + [0xFF], 3, 2),
        ] as [([UInt8], Int, Int)] {
            #expect(throws: LoadError.self) { try TextDecoding.decode(bytes, file: "f.md") }
            let e = loadError { _ = try TextDecoding.decode(bytes, file: "f.md") }
            #expect(e?.location == SourceLocation(file: "f.md", line: line, column: column), "\(bytes)")
        }
        #expect(TextDecoding.firstInvalidUTF8(Array("正常文本".utf8)[...]) == nil)
        #expect(TextDecoding.firstInvalidUTF8([0xED, 0xA0, 0x80][...]) == 0)  // a UTF-16 surrogate written as UTF-8
    }

    @Test func otherEncodingsAreNamedWithTheCommandThatConverts() throws {
        let gbk: [UInt8] = [0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xC4, 0xE3, 0xBA, 0xC3, 0x0A]  // "name\n你好\n" in GBK
        let e = try #require(loadError { _ = try TextDecoding.decode(gbk, file: "prices.csv") })
        #expect(e.location.line == 2 && e.location.column == 1)
        #expect(e.message.contains("iconv -f GB18030 -t UTF-8 prices.csv > prices.utf8.csv"))
        #expect(try TextDecoding.decode(gbk, file: "prices.csv", encoding: .gb18030) == "name\n你好\n")
        let utf16: [UInt8] = [0xFF, 0xFE] + "a: 1\n".utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(loadError { _ = try TextDecoding.decode(utf16, file: "bid.yaml") }?.message.contains("UTF-16 LE") == true)
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x61], file: "x") == "a")
    }

    @Test func terminalTextShowsControlsAsEscapes() {
        #expect(TerminalText.safe("a\u{1B}[2Jb\rc\u{202E}d\te\nf\u{0}") == "a\\u{1B}[2Jb\\u{D}c\\u{202E}d\te\nf\\u{0}")
        #expect(TerminalText.safe("\u{1B}[1;31merror\u{1B}[0m \u{1B}]0;title\u{7}", keepingColors: true)
                == "\u{1B}[1;31merror\u{1B}[0m \\u{1B}]0;title\\u{7}")
        #expect(TerminalText.safe("投标函 ok") == "投标函 ok")
    }

    @Test func pathsAreConfinedByWhereTheyResolve() throws {
        let p = try TestProject()
        let outside = try TemporaryDirectory()
        try Data("secret".utf8).write(to: URL(fileURLWithPath: outside.path + "/s.md"))
        try FileManager.default.createSymbolicLink(atPath: p.path + "/sections/out.md", withDestinationPath: outside.path + "/s.md")
        try FileManager.default.createSymbolicLink(atPath: p.path + "/sections/in.md", withDestinationPath: "letter.md")
        try FileManager.default.createSymbolicLink(atPath: p.path + "/linked", withDestinationPath: outside.path)
        let paths = ProjectPaths(root: p.root, displayRoot: p.path)
        let at = SourceLocation(file: "bid.yaml", line: 3, column: 4)
        #expect(try paths.readText("sections/in.md", referencedAt: at).contains("致："))
        for relative in ["sections/out.md", "linked/s.md"] {
            let e = try #require(loadError { _ = try paths.read(relative, as: .markdown, referencedAt: at) })
            #expect(e.message.contains("resolves outside the project folder"))
            #expect(e.location == at)
        }
    }

    @Test func outputErrorsAreOneLine() throws {
        let tmp = try TemporaryDirectory()
        try Data("x".utf8).write(to: URL(fileURLWithPath: tmp.path + "/out"))
        do {
            try AtomicFile.write([1, 2, 3], to: URL(fileURLWithPath: tmp.path + "/out/a.txt"))
            Issue.record("wrote under a file")
        } catch {
            #expect(String(describing: error) == "cannot create the output folder '\(tmp.path)/out': a file of that name is in the way")
        }
        try AtomicFile.write([0x61], to: URL(fileURLWithPath: tmp.path + "/new/deeper/a.txt"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path + "/new/deeper") == ["a.txt"])
    }

    @Test(arguments: ["../x", "/abs", "a/b", ".hidden", "..", "~user", "a\\b"])
    func templatesAreNamesNotPaths(_ name: String) throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "  language: zh\n", with: "  language: zh\n  template: \"\(name.replacingOccurrences(of: "\\", with: "\\\\"))\"\n")])
        let e = try #require(loadError { _ = try p.load() })
        #expect(e.message.contains("is a template name, not a path"))
        #expect(e.location.line == 5)
        #expect(TemplateLocator(explicit: [TestPaths.packageRoot + "/Templates"]).folder(named: name) == nil)
    }
}
