import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 10 item 2: a ★ clause whose offer fails its bound is not compliant in the matrix, the
/// summary and every output format, which all agree.
@Suite("Compliance status")
struct ComplianceStatusTests {
    /// T-01 (★, 不低于 400 万) answered "comply" with 200 万像素; T-02 answered with a positive deviation.
    static func failingProject() throws -> TestProject {
        try TestProject([
            "requirements.yaml": TestProject.requirementsYAML
                .replacingOccurrences(of: "T-01, response: comply, section: letter", with: "T-01, response: comply, offer: 200 万像素, section: letter")
                .replacingOccurrences(of: "text: 摄像机像素不低于 400 万, mandatory: true", with: "text: 摄像机像素不低于 400 万, marker: ★"),
            "bid.yaml": TestProject.bidYAML + "      - {id: matrix, title: 招标要求响应对照表, generate: compliance-matrix, owner: 张伟, due: 2026-12-01, status: done}\n",
        ])
    }

    @Test func theMatrixNamesEachStatus() throws {
        let bid = try Self.failingProject().assembleForCheck()
        let matrix = ComplianceMatrix(project: bid.project, parts: bid.package.parts)
        #expect(matrix.rows.map(\.status) == [.compliant, .compliant, .notCompliant, .positiveDeviation])
        let generated = try #require(bid.package.sections.first { $0.id == "matrix" })
        let text = Block.textUnits(generated.blocks)
        #expect(text.contains("不满足（200 万像素 ≠ 不低于 400 万）"), "\(text)")
        #expect(text.contains("正偏离") && !text.contains("已响应"))
        // The marker has a column of its own, filled only where the tender starred the requirement.
        guard case .table(let table)? = generated.blocks.first else { Issue.record("no matrix table"); return }
        let markers = table.body.map { Block.textUnits($0.cells[1].blocks).joined() }
        #expect(markers == ["", "", "★", ""], "\(markers)")
    }

    @Test func everyOutputCountsCompliantApartFromAnswered() throws {
        let p = try Self.failingProject()
        let report = Checker.check(try p.assembleForCheck(), asOf: TestProject.checkDay)
        #expect(report.coverage.answered == 4 && report.coverage.compliant == 3 && report.coverage.total == 4)
        let sentence = "requirements answered 4/4, compliant 3/4 (not compliant: T-01)"
        #expect(report.text(color: false, language: .en).contains(sentence), "\(report.text(color: false, language: .en))")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json.serialized().utf8)) as? [String: Any])
        let requirements = try #require((json["summary"] as? [String: Any])?["requirements"] as? [String: Any])
        #expect(requirements["answered"] as? Int == 4 && requirements["compliant"] as? Int == 3)
        #expect(requirements["not_compliant"] as? [String] == ["T-01"])
        #expect((requirements["statuses"] as? [String: Int])?["not-compliant"] == 1)
        let junit = report.junit(strict: false)
        #expect(junit.contains("<property name=\"requirements.compliant\" value=\"3\"/>"))
        #expect(junit.contains("<testcase classname=\"bidkit.requirements\" name=\"T-01\">\n      <failure message=\"T-01: not-compliant\""))
        let tmp = try TemporaryDirectory()
        let r = try CLI.run(["check", p.path, "--as-of", "2026-12-01", "--report", tmp.path, "--report-format", "txt"])
        #expect(r.status == 1)
        let document = try String(contentsOfFile: tmp.path + "/mini-check.txt", encoding: .utf8)
        #expect(document.contains("已响应要求 4/4，满足 3/4（不满足：T-01）"), "\(document)")
        #expect(document.contains("不满足（200") && !document.contains("已响应 "), "\(document)")  // the cell may wrap after that
    }

    /// Issue 10 item 10: markers are printed as the tender printed them, once.
    @Test func markersArePrintedAsTheTenderDidOnce() throws {
        let p = try TestProject([
            "requirements.yaml": TestProject.requirementsYAML
                .replacingOccurrences(of: "text: 摄像机像素不低于 400 万, mandatory: true", with: "text: ★摄像机像素不低于 400 万")
                .replacingOccurrences(of: "text: 存储不少于 90 天}", with: "text: 存储不少于 90 天, marker: ▲}"),
            "bid.yaml": TestProject.bidYAML + "      - {id: dev, title: 技术偏离表, generate: technical-deviations, owner: 张伟, due: 2026-12-01, status: done}\n",
        ])
        let bid = try p.assembleForCheck()
        let t01 = try #require(bid.project.requirement("T-01"))
        #expect(t01.marker == .star && t01.mandatory && t01.text == "摄像机像素不低于 400 万")
        let t02 = try #require(bid.project.requirement("T-02"))
        #expect(t02.marker == .triangle && !t02.mandatory)
        let table = Block.textUnits(try #require(bid.package.sections.first { $0.id == "dev" }).blocks)
        #expect(table.contains("★摄像机像素不低于 400 万") && table.contains("▲存储不少于 90 天"), "\(table)")
        #expect(!table.contains { $0.contains("★★") })
        #expect(table.first?.contains("标注★的条款为实质性条款") == true && table.first?.contains("标注▲") == true)
        // An RFP's "shall" is mandatory but unmarked: no ★ appears.
        let en = try TestProject([:], base: ExampleProject.englishFiles)
        let enBid = try en.assembleForCheck()
        #expect(enBid.project.requirement("T-01")?.mandatory == true && enBid.project.requirement("T-01")?.marker == nil)
        let matrix = ComplianceMatrix(project: enBid.project, parts: enBid.package.parts).table(language: .en, places: SectionPlaces(enBid.project))
        #expect(!Block.textUnits([.table(matrix)]).contains { $0.contains("★") })
    }
}
