import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Every bundled sample builds and checks clean; the acceptance scenarios run on real content.
@Suite("Bundled samples")
struct SampleTests {
    static let samples = ["substation-video-tender", "erp-proposal-en"]
    static func folder(_ name: String) -> String { TestPaths.packageRoot + "/Samples/" + name }

    @Test(arguments: samples)
    func checksCleanWithExitZero(_ name: String) throws {
        let r = try CLI.run(["check", Self.folder(name), "--as-of", "2026-12-01"])
        #expect(r.status == 0, "\(r.output)")
        let report = Checker.check(try Assembler.assemble(try ProjectLoader.load(folder: Self.folder(name))), asOf: TestProject.checkDay)
        #expect(report.warnings == 0, "\(report.findings)")
        #expect(report.errors == 0)
        #expect(report.coverage.covered.count == report.coverage.total, "uncovered requirements")
    }

    @Test(arguments: samples)
    func buildsToTextWithEveryHeading(_ name: String) throws {
        let tmp = try TemporaryDirectory()
        let r = try CLI.run(["build", Self.folder(name), "--format", "txt,model-json", "--out", tmp.path])
        #expect(r.status == 0, "\(r.output)")
        let project = try ProjectLoader.load(folder: Self.folder(name))
        let text = try String(contentsOfFile: tmp.path + "/\(project.info.id).txt", encoding: .utf8)
        let bid = try Assembler.assemble(project)
        for section in bid.package.sections {
            #expect(text.contains(section.title), "missing \(section.title)")
        }
        #expect(FileManager.default.fileExists(atPath: tmp.path + "/\(project.info.id).json"))
    }

    @Test func chineseSampleIsSubstantial() throws {
        let project = try ProjectLoader.load(folder: Self.folder("substation-video-tender"))
        #expect(project.pricing.items.count >= 60)
        #expect(project.requirements.count >= 25)
        #expect(project.requirements.filter(\.mandatory).count >= 8)
        #expect(project.language == .zh)
    }

    @Test func priceWordsMatchTheFigures() throws {
        let project = try ProjectLoader.load(folder: Self.folder("substation-video-tender"))
        let prices = PriceSummary(project.pricing)
        let r = try CLI.run(["price", Self.folder("substation-video-tender"), "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let words = try #require(json["total_in_words"] as? String)
        #expect(words.hasPrefix("人民币"))
        #expect(ChineseAmount.parse(words) == prices.total)
        #expect(project.pricing.statedTotal == prices.total)
    }

    @Test func removingOneStarResponseFailsTheCheck() throws {
        let tmp = try TemporaryDirectory()
        let copy = tmp.path + "/sample"
        try FileManager.default.copyItem(atPath: Self.folder("substation-video-tender"), toPath: copy)
        let project = try ProjectLoader.load(folder: copy)
        let starred = try #require(project.responses.first { project.requirement($0.requirement)?.mandatory == true })
        // Cut that response's lines out of the requirements file (up to the next response).
        let file = copy + "/" + project.tender.requirementsFile
        var lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
        let start = starred.location.line - 1
        let next = project.responses.map { $0.location.line - 1 }.filter { $0 > start }.min() ?? lines.count
        lines.removeSubrange(start..<next)
        try lines.joined(separator: "\n").write(toFile: file, atomically: true, encoding: .utf8)

        let r = try CLI.run(["check", copy, "--format", "json", "--as-of", "2026-12-01"])
        #expect(r.status == 1, "\(r.output)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["requirement"] as? String == starred.requirement && $0["severity"] as? String == "error" })
    }

    @Test func tasksFlagAnOverdueSampleRow() throws {
        let project = try ProjectLoader.load(folder: Self.folder("substation-video-tender"))
        let open = try #require(project.sections.first { $0.status != .done })
        let r = try CLI.run(["tasks", Self.folder("substation-video-tender"), "--as-of", open.due.adding(days: 1).description])
        #expect(r.stdout.split(separator: "\n").contains { $0.contains(open.title) && $0.contains("OVERDUE") })
    }

    @Test func englishSampleNumbersDecimally() throws {
        let bid = try Assembler.assemble(try ProjectLoader.load(folder: Self.folder("erp-proposal-en")))
        #expect(bid.package.parts.first?.number == "1")
        #expect(bid.package.sections.contains { $0.number == "1.1" })
    }
}
