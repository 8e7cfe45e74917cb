import Foundation
import Testing
@testable import BidKit

/// Issue 9, item 8: nesting that used to overflow the stack (the DOCX renderer from ~1,830 list levels
/// or ~2,600 `>` on a line, `check` itself from ~26,500 `>`) is a load error at the first level past
/// `Nesting.limit`; content at the limit builds in every format.
@Suite("Markdown nesting limit")
struct NestingLimitTests {
    private static let message = "nested more than \(Nesting.limit) levels deep"

    @Test(arguments: [2_600, 26_500])
    func deepBlockQuotesOnOneLine(count: Int) throws {
        let p = try TestProject(["sections/letter.md": String(repeating: ">", count: count) + " 深\n"])
        let e = try #require(loadError { _ = try p.assemble() })
        #expect(e.location.file.hasSuffix("sections/letter.md"))
        #expect(e.location.line == 1 && e.location.column == Nesting.limit + 1)
        #expect(e.message.contains(Self.message))
    }

    @Test func deepListOf1830Levels() throws {
        let md = (0..<1_830).map { String(repeating: "  ", count: $0) + "- 第\($0)层" }.joined(separator: "\n") + "\n"
        let p = try TestProject(["sections/letter.md": md])
        let e = try #require(loadError { _ = try p.assemble() })
        #expect(e.location.line == Nesting.limit + 1)
        #expect(e.message.contains(Self.message))
    }

    @Test func deepEmphasis() throws {
        let md = String(repeating: "*a ", count: 5_000) + "x" + String(repeating: " a*", count: 5_000) + "\n"
        let e = try #require(loadError { _ = try TestProject(["sections/letter.md": md]).assemble() })
        #expect(e.location.line == 1 && e.message.contains(Self.message))
    }

    /// Quotes, then 17 list levels, then emphasis, strong, strikethrough and a link: exactly
    /// `Nesting.limit` levels, on line 19.
    static var markdownAtTheLimit: String {
        let quotes = Nesting.limit - 17 - 4
        var md = String(repeating: "> ", count: quotes) + "引用\n" + String(repeating: ">", count: quotes) + "\n"
        for level in 0..<16 { md += String(repeating: ">", count: quotes) + " " + String(repeating: "  ", count: level) + "- 第\(level)层\n" }
        let inner = String(repeating: "  ", count: 16)
        md += String(repeating: ">", count: quotes) + " " + inner + "- ***~~[最深](https://example.com)~~***\n"
        return md
    }

    @Test func atTheLimitAssemblesAndBuildsInEveryFormat() throws {
        let p = try TestProject(["sections/letter.md": Self.markdownAtTheLimit])
        let blocks = try #require(try p.assemble().package.sections.first { $0.id == "letter" }).blocks
        #expect(Nesting.depth(of: blocks) == Nesting.limit)
        let out = p.path + "/dist"
        let r = try CLI.run(["build", p.path, "--format", "docx,html,txt,model-json", "--out", out])
        #expect(r.status == 0, "\(r.output)")
        let text = try String(contentsOfFile: out + "/mini.txt", encoding: .utf8)
        #expect(text.contains("最深"))
        let check = try CLI.run(["check", p.path, "--as-of", "2026-12-01"])
        #expect(check.status != 2, "\(check.output)")
    }

    @Test func onePastTheLimitIsRefusedByBuildWithExitStatus2() throws {
        let md = Self.markdownAtTheLimit.replacingOccurrences(of: "[最深](https://example.com)", with: "_[最深](https://example.com)_")
        let p = try TestProject(["sections/letter.md": md])
        let r = try CLI.run(["build", p.path, "--format", "docx", "--out", p.path + "/dist"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("sections/letter.md:19:") && r.stderr.contains(Self.message))
        #expect(!FileManager.default.fileExists(atPath: p.path + "/dist/mini.docx"))
    }
}
