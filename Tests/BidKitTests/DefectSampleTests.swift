import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Samples/defects/<rule-id>/ is the triggering example of each rule: checking it reports that
/// rule and nothing else worth a reviewer's attention. The clean samples are the non-triggering ones.
@Suite("Defect samples")
struct DefectSampleTests {
    static let root = TestPaths.packageRoot + "/Samples/defects"
    static let folders: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
        .filter { FileManager.default.fileExists(atPath: root + "/" + $0 + "/bid.yaml") }.sorted()

    @Test func theRuleReferenceListsEveryRule() throws {
        let doc = try String(contentsOfFile: TestPaths.packageRoot + "/docs/checks.md", encoding: .utf8)
        for rule in Checker.rules { #expect(doc.contains("| `\(rule.id)` |"), "docs/checks.md lacks \(rule.id)") }
    }

    /// The rule a defect folder triggers, from its README's title ("# Defect: `amount-words`"); a rule's
    /// first sample is named after it, variants after it and what they show (`amount-words-pounds`).
    static func rule(of folder: String) -> String {
        let readme = (try? String(contentsOfFile: root + "/" + folder + "/README.md", encoding: .utf8)) ?? ""
        return readme.split(separator: "`").dropFirst().first.map(String.init) ?? ""
    }

    @Test func everyRuleHasADefectSample() {
        let ids = Set(Checker.rules.map { $0.id })
        let covered = Set(Self.folders.map(Self.rule(of:)))
        #expect(covered == ids, "rules without a defect sample: \(ids.subtracting(covered).sorted()); unknown: \(covered.subtracting(ids).sorted())")
        #expect(Self.folders.allSatisfy { $0.hasPrefix(Self.rule(of: $0)) }, "a defect folder is named after its rule")
    }

    @Test(arguments: folders)
    func reportsExactlyItsRule(_ folder: String) throws {
        let bid = Assembler.assemble(try ProjectLoader.loadCollecting(folder: Self.root + "/" + folder))
        let report = Checker.check(bid, asOf: TestProject.checkDay)
        let reported = Set(report.findings.filter { $0.severity != .info }.map(\.rule))
        #expect(reported == [Self.rule(of: folder)], "\(report.findings.map { "\($0.rule): \($0.message)" })")
    }

    @Test func theCLIExitsOneOnAnErrorDefectAndZeroOnAWarningOne() throws {
        #expect(try CLI.run(["check", Self.root + "/validity", "--as-of", "2026-12-01"]).status == 1)
        let warning = try CLI.run(["check", Self.root + "/margin-floor", "--as-of", "2026-12-01"])
        #expect(warning.status == 0)
        #expect(try CLI.run(["check", Self.root + "/margin-floor", "--as-of", "2026-12-01", "--strict"]).status == 1)
    }

    @Test func junitShowsEachRuleAsATestCase() throws {
        let r = try CLI.run(["check", Self.root + "/bid-bond", "--as-of", "2026-12-01", "--format", "junit"])
        #expect(r.status == 1)
        for rule in Checker.rules { #expect(r.stdout.contains("name=\"\(rule.id)\"")) }
        #expect(r.stdout.contains("failures=\"1\""))
        #expect(r.stdout.components(separatedBy: "<failure").count == 2)
    }

    @Test func projectSettingsOverrideSeverityAndDisableWithAReason() throws {
        let tmp = try TemporaryDirectory()
        try FileManager.default.copyItem(atPath: Self.root + "/margin-floor", toPath: tmp.path + "/p")
        let bidFile = tmp.path + "/p/bid.yaml"
        let bid = try String(contentsOfFile: bidFile, encoding: .utf8)
        try (bid + "checks:\n  margin-floor: {severity: error}\n").write(toFile: bidFile, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", tmp.path + "/p", "--as-of", "2026-12-01"]).status == 1)
        try (bid + "checks:\n  margin-floor: {disable: \"strategic bid approved by the board\"}\n").write(toFile: bidFile, atomically: true, encoding: .utf8)
        let disabled = try CLI.run(["check", tmp.path + "/p", "--as-of", "2026-12-01"])
        #expect(disabled.status == 0)
        #expect(disabled.stdout.contains("规则已停用：strategic bid approved by the board"))
        try (bid + "checks:\n  margin-flor: {severity: error}\n").write(toFile: bidFile, atomically: true, encoding: .utf8)
        let typo = try CLI.run(["check", tmp.path + "/p"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean 'margin-floor'?"))
        try (bid + "checks:\n  price-ceiling: {low_fraction: 0.95}\n").write(toFile: bidFile, atomically: true, encoding: .utf8)
        let threshold = try CLI.run(["check", tmp.path + "/p", "--as-of", "2026-12-01", "--format", "json"])
        #expect(threshold.stdout.contains("\"rule\": \"price-ceiling\""))
    }

    @Test func renderedDocxPropertiesMustNameTheBidder() throws {
        let sample = TestPaths.packageRoot + "/Samples/substation-video-tender"
        let tmp = try TemporaryDirectory()
        #expect(try CLI.run(["build", sample, "--format", "docx", "--out", tmp.path]).status == 0)
        let ours = try CLI.run(["check", sample, "--as-of", "2026-12-01", "--rendered", tmp.path + "/substation-video-2026.docx"])
        #expect(ours.status == 0, "\(ours.output)")
        let foreign = try CLI.run(["check", sample, "--as-of", "2026-12-01", "--rendered", Self.root + "/docx-metadata/styles/reference.docx"])
        #expect(foreign.status == 1)
        #expect(foreign.stdout.contains("文档属性 creator 为“某设计院 张工”"))
    }

    @Test func reportWritesTheMatrixAndFindingsAsADocument() throws {
        let tmp = try TemporaryDirectory()
        let r = try CLI.run(["check", Self.root + "/leftovers", "--as-of", "2026-12-01", "--report", tmp.path, "--report-format", "txt"])
        #expect(r.status == 1)
        let text = try String(contentsOfFile: tmp.path + "/defect-leftovers-check.txt", encoding: .utf8)
        #expect(text.contains("招标要求响应对照表"))
        #expect(text.contains("TODO"))
        #expect(text.contains("D-03"))
    }
}
