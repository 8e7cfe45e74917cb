import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 15 item 12: `bidkit check` speaks the project's language in the lines it writes itself too —
/// the severity headings, the counts ("1 个错误、1 个警告" / "1 error, 1 warning"), the requirement
/// figures, the notes on stderr, the `--report` document's titles, column heads and verdict. Every
/// line of a Chinese project's output holds Chinese once paths, locations, ids and text quoted from
/// the bid are set aside, and an English project's holds none.
@Suite("check output in the project's language")
struct CheckOutputLanguageTests {
    /// An error (T-01 left unanswered), a warning (a margin under its floor) and a note (a rule disabled).
    static func defective(_ files: [String: String], bid: String, requirements: String, reason: String) throws -> TestProject {
        var files = files
        files["requirements.yaml"] = requirements.components(separatedBy: "\n").filter { !$0.hasPrefix("  - {requirement: T-01,") }.joined(separator: "\n")
        files["bid.yaml"] = bid.replacingOccurrences(of: "  stated_total: 13512.77\n", with: "  stated_total: 13512.77\n  margin_floor: 0.9\n")
            + "checks:\n  conditional-price: {disable: \"\(reason)\"}\n"
        return try TestProject(files.mapValues { $0 }, base: [:])
    }

    /// stdout, stderr, and the text and HTML reports of `check --report`, line by line.
    static func outputLines(of project: TestProject) throws -> (stdout: String, lines: [String]) {
        let tmp = try TemporaryDirectory()
        let r = try CLI.run(["check", project.path, "--as-of", "2026-12-03", "--report", tmp.path, "--report-format", "txt,html"])
        #expect(r.status == 1, "\(r.output)")
        let id = try project.assemble().project.info.id
        let txt = try String(contentsOfFile: tmp.path + "/\(id)-check.txt", encoding: .utf8)
        let html = try String(contentsOfFile: tmp.path + "/\(id)-check.html", encoding: .utf8)
        return (r.stdout, (r.stdout + "\n" + r.stderr + "\n" + txt + "\n" + Self.visibleText(html)).components(separatedBy: "\n"))
    }

    @Test func aChineseProjectsCheckOutputIsChinese() throws {
        let p = try Self.defective(TestProject.zhFiles, bid: TestProject.bidYAML, requirements: TestProject.requirementsYAML, reason: "已经招标人澄清")
        let (stdout, lines) = try Self.outputLines(of: p)
        #expect(stdout.contains("错误（1）\n") && stdout.contains("警告（1）\n") && stdout.contains("说明（1）\n"), "\(stdout)")
        #expect(stdout.contains("1 个错误、1 个警告；已响应要求 3/4"), "\(stdout)")
        #expect(stdout.contains("requirements.yaml:4:5: error: "), "\(stdout)")
        for line in lines {
            let rest = Self.ownWords(line)
            #expect(!Self.hasLatinWord(rest), "English in a Chinese project's check output: \(line)")
        }
    }

    @Test func anEnglishProjectsCheckOutputIsEnglish() throws {
        let p = try Self.defective(ExampleProject.englishFiles, bid: ExampleProject.englishBid, requirements: ExampleProject.englishRequirements, reason: "clarified by the buyer")
        let (stdout, lines) = try Self.outputLines(of: p)
        #expect(stdout.contains("Errors (1)\n") && stdout.contains("Warnings (1)\n") && stdout.contains("Notes (1)\n"), "\(stdout)")
        #expect(stdout.contains("1 error, 1 warning; requirements answered 3/4"), "\(stdout)")
        for line in lines {
            #expect(!RuleLanguageTests.hasCJK(Self.ownWords(line)), "Chinese in an English project's check output: \(line)")
        }
    }

    @Test func theFilterLeavesTheCommandsOwnWords() {
        let own = Self.ownWords("  /tmp/x/requirements.yaml:4:5: error: clause 'T-01' [T-01] [mandatory-clauses] ZB-1")
        #expect(own.split(separator: " ") == ["clause"], "\(own)")
        #expect(Self.ownWords("error: the bid fails").contains("error"))
        #expect(Self.hasLatinWord(Self.ownWords("wrote /tmp/a-check.txt")) && !Self.hasLatinWord(Self.ownWords("已写入 /tmp/a-check.txt")))
    }

    /// The line without paths and locations (with the severity after them, `file:4:5: error:`, which
    /// stays as compilers print it for editors and CI to find), `[ids]`, hyphenated ids (`T-01`,
    /// `mini-check`) and quoted text.
    static func ownWords(_ line: String) -> String {
        var s = RuleLanguageTests.unquoted(line)
        for pattern in [#"\S+:\d+(:\d+)?: (error|warning|info): "#, #"\S*/\S*"#, #"\S+\.(yaml|md|csv|txt|html|docx|xlsx)(:\d+)*:?"#, #"\[[^\]]*\]"#, #"\b[A-Za-z0-9]+(-[A-Za-z0-9]+)+\b"#] {
            s = s.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        return s
    }

    /// A run of three Latin letters: a word, not a unit (m, MP) or a currency code's neighbour.
    static func hasLatinWord(_ text: String) -> Bool {
        text.range(of: #"[A-Za-z]{3,}"#, options: .regularExpression) != nil
    }

    /// The text a reader sees in the HTML: no head, style or script, tags dropped, entities as characters.
    static func visibleText(_ html: String) -> String {
        var s = html
        for pattern in [#"(?s)<head>.*?</head>"#, #"(?s)<style.*?</style>"#, #"(?s)<script.*?</script>"#] {
            s = s.replacingOccurrences(of: pattern, with: "", options: .regularExpression)
        }
        s = s.replacingOccurrences(of: #"<(p|h\d|tr|li|div|br|caption|section|header|footer)\b[^>]*>"#, with: "\n", options: .regularExpression)
        s = s.replacingOccurrences(of: #"</t[dh]>"#, with: " ", options: .regularExpression)
        s = s.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression)
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            s = s.replacingOccurrences(of: entity, with: char)
        }
        return s
    }
}
