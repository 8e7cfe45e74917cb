import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 15 item 12: `check --report` is its own document — a cover saying what it is, for which
/// project, on which day, and the verdict — not a copy of the bid's cover.
@Suite("check --report: its own cover and verdict")
struct CheckReportCoverTests {
    @Test func theReportHasItsOwnCoverDateAndVerdict() throws {
        let failing = try TestProject(["requirements.yaml": TestProject.requirementsYAML.replacingOccurrences(
            of: "  - {requirement: T-01, response: comply, section: letter}\n", with: "")])
        let tmp = try TemporaryDirectory()
        let r = try CLI.run(["check", failing.path, "--as-of", "2026-12-03", "--report", tmp.path, "--report-format", "txt,html"])
        #expect(r.status == 1)
        let id = try failing.assemble().project.info.id
        let text = try String(contentsOfFile: tmp.path + "/\(id)-check.txt", encoding: .utf8)
        let cover = text.prefix(800)
        #expect(cover.contains("投标文件检查报告") && !cover.contains("投标文件\n"))
        #expect(cover.contains("2026年12月3日"))  // the date as the core formats it for the language (issue 12 item 17)
        // Read, not signed: no signatory line and no seal note from the bid's cover.
        #expect(!cover.contains("签字") && !cover.contains("盖章") && !cover.contains("法定代表人"), "\(cover)")
        #expect(text.contains("结论：不通过，须改正 1 个错误后再递交。"))
        let html = try String(contentsOfFile: tmp.path + "/\(id)-check.html", encoding: .utf8)
        #expect(html.contains("投标文件检查报告"))

        let passing = try TestProject()
        let ok = try CLI.run(["check", passing.path, "--as-of", "2026-12-03", "--report", tmp.path + "/ok", "--report-format", "txt"])
        #expect(ok.status == 0, "\(ok.output)")
        #expect(try String(contentsOfFile: tmp.path + "/ok/\(id)-check.txt", encoding: .utf8).contains("结论：通过，可以递交。"))
    }

    @Test func anEnglishReportSaysBidReviewReportWithEnglishCounts() throws {
        let bid = try TestProject().assemble()
        var english = bid
        english.project.info.language = .en
        let report = CheckReport(findings: [Finding(rule: "x", severity: .error, message: "m"), Finding(rule: "y", severity: .warning, message: "n")],
                                 coverage: Coverage(bid))
        let package = report.document(for: english, asOf: CalendarDay(year: 2026, month: 12, day: 3))
        #expect(package.metadata.field("document_kind") == "Bid review report")
        #expect(package.metadata.date == "2026-12-03" && package.metadata.field("copy") == nil)
        #expect(report.countSummary == "1 error, 1 warning")
        // The counts first (the XLSX findings sheet puts that line in A2), then the verdict.
        let blocks = package.parts.first?.sections.first?.blocks ?? []
        #expect(blocks.first == .paragraph(Paragraph([.text("1 error, 1 warning; " + Coverage(bid).sentence(.en) + ".")])))
        #expect(blocks.dropFirst().first == .paragraph(Paragraph([.strong([.text("Verdict: not ready — fix 1 error before submission.")])])))
    }

    /// A finding's location is given from the project folder (`requirements.yaml:4:5`), not from where
    /// `check` ran (`/tmp/bidkit-test-…/requirements.yaml:4:5`, which the text report wrapped mid-path).
    @Test func locationsInTheReportAreFromTheProjectFolder() throws {
        let requirements = TestProject.requirementsYAML.replacingOccurrences(
            of: "  - {requirement: T-01, response: comply, section: letter}\n", with: "")
        let p = try TestProject(["requirements.yaml": requirements])
        let bid = try p.assembleForCheck()
        let report = Checker.check(bid, asOf: TestProject.checkDay)
        let package = report.document(for: bid, asOf: TestProject.checkDay)
        let findings = try #require(package.sections.first { $0.id == "findings" })
        guard case .table(let table)? = findings.blocks.last else {
            Issue.record("no findings table")
            return
        }
        let places = table.body.map { $0.cells.last.map { Block.textUnits($0.blocks).joined() } ?? "" }
        #expect(places == ["requirements.yaml:4:5"], "\(places)")
        let tmp = try TemporaryDirectory()
        _ = try CLI.run(["check", p.path, "--as-of", "2026-12-03", "--report", tmp.path, "--report-format", "txt"])
        let text = try String(contentsOfFile: tmp.path + "/\(bid.project.info.id)-check.txt", encoding: .utf8)
        #expect(text.contains("requirements.yaml:") && !text.contains("bidkit-test-"), "\(text)")
        // Whole on its line: the findings table's location column does not wrap (it came out as
        // "requirements.yaml:" over "4:5" at 80 columns).
        #expect(text.components(separatedBy: "\n").contains { $0.contains("requirements.yaml:4:5") }, "\(text)")
    }
}
