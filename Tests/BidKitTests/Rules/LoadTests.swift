import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Issue 10 item 8: recoverable load problems are findings of one `check` run; `check` prints valid
/// JSON / JUnit in every case; `build` still stops with exit status 2 on the same inputs.
@Suite("Rule load")
struct LoadTests {
    /// A missing section file, an unknown requirement id, a missing image and an unknown field.
    static func brokenProject() throws -> TestProject {
        try TestProject([
            "bid.yaml": TestProject.bid(replacing: "covers: [D-01]}", with: "covers: [D-01, D-09]}")
                .replacingOccurrences(of: "status: done, covers: [D-02]}",
                                      with: "status: done, covers: [D-02]}\n      - {id: poa, title: 授权委托书, source: sections/poa.md, owner: 李娜, due: 2026-12-05, status: done}"),
            "sections/letter.md": TestProject.letterMarkdown + "\n![拓扑](images/topology.png)\n\n联系人：{{bidder.contact.nmae}}\n",
        ])
    }

    @Test func everyRecoverableProblemIsAFindingOfOneRun() throws {
        let p = try Self.brokenProject()
        let report = Checker.check(try p.assembleForCheck(), asOf: TestProject.checkDay)
        let messages = report.findings.map { "\($0.rule): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("load: Markdown file 'sections/poa.md' not found") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("load: unknown requirement id 'D-09'") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("load: image 'images/topology.png' not found: looked for") && $0.contains("sections/images/topology.png and ") }, "\(messages)")
        #expect(messages.contains { $0.contains("leftovers: 章节“投标函”中有未解析的字段“{{bidder.contact.nmae}}”") && $0.contains("是否应为“{{bidder.contact.name}}”") },
                "\(messages)")
        // The unreadable section is not also reported as empty or unsigned.
        #expect(!report.findings.contains { $0.section == "poa" && $0.rule != Load.id }, "\(messages)")
        let missing = try #require(report.findings.first { $0.message.contains("poa.md") })
        #expect(missing.location?.line == 32 && missing.section == "poa")
    }

    @Test func buildStillStopsWithExitStatusTwo() throws {
        let p = try Self.brokenProject()
        let tmp = try TemporaryDirectory()
        let build = try CLI.run(["build", p.path, "--format", "txt", "--out", tmp.path])
        #expect(build.status == 2)
        #expect(build.stderr.contains("sections/poa.md' not found") && build.stderr.contains("unknown requirement id 'D-09'"), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: tmp.path + "/mini.txt"))
        #expect(try CLI.run(["tasks", p.path]).status == 2)
        // Fixing the loader's problems leaves the assembler's: still exit 2, never a half-built bid.
        try p.write("sections/poa.md", "# 授权\n\n兹授权。\n\n```signature\nseal: bidder\nsigner: legal-representative\n```\n")
        try p.write("bid.yaml", TestProject.bid(replacing: "status: done, covers: [D-02]}",
                                                with: "status: done, covers: [D-02]}\n      - {id: poa, title: 授权委托书, source: sections/poa.md, owner: 李娜, due: 2026-12-05, status: done}"))
        let again = try CLI.run(["build", p.path, "--format", "txt", "--out", tmp.path])
        #expect(again.status == 2 && again.stderr.contains("bidder.contact.nmae"), "\(again.stderr)")
    }

    @Test func checkPrintsValidJSONAndJUnitForRecoverableProblems() throws {
        let p = try Self.brokenProject()
        let json = try CLI.run(["check", p.path, "--as-of", "2026-12-01", "--format", "json"])
        #expect(json.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let rules = (object["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules.filter { $0 == "load" }.count == 3 && rules.contains("leftovers"), "\(rules)")
        let junit = try CLI.run(["check", p.path, "--as-of", "2026-12-01", "--format", "junit"])
        #expect(junit.status == 1 && XMLParser(data: Data(junit.stdout.utf8)).parse(), "\(junit.stdout)")
        #expect(junit.stdout.contains("name=\"load\""))
    }

    @Test func checkPrintsValidJSONAndJUnitForAnUnusableProject() throws {
        let p = try TestProject(["bid.yaml": TestProject.bidYAML + "project: [\n"])
        let json = try CLI.run(["check", p.path, "--format", "json"])
        #expect(json.status == 2)
        #expect(json.stderr.contains("bid.yaml:"), "\(json.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any], "\(json.stdout)")
        let finding = try #require((object["findings"] as? [[String: Any]])?.first)
        #expect(finding["rule"] as? String == "load" && (finding["line"] as? Int ?? 0) > 0)
        let junit = try CLI.run(["check", p.path, "--format", "junit"])
        #expect(junit.status == 2 && XMLParser(data: Data(junit.stdout.utf8)).parse(), "\(junit.stdout)")
        let text = try CLI.run(["check", p.path])
        #expect(text.status == 2 && text.stdout.isEmpty && text.stderr.contains("error: YAML syntax error"))
    }
}
