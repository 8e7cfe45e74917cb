import BidKit
import BidKitTestSupport
import Foundation
import Testing
@testable import bidkit_bench

/// The benchmark's generated projects: the same seed gives the same bytes, a size has its sections and
/// price lines, the project checks clean, and pandoc's Markdown file holds the same headings and price
/// rows as BidKit's assembled package (bench/parity.py compares both tools' HTML on top of this).
@Suite("Benchmark project generator")
struct ProjectGeneratorTests {
    static let image = TestPaths.packageRoot + "/Samples/substation-video-tender/images/system-topology.png"

    private func write(_ size: String, seed: UInt64 = 13, to dir: String) throws {
        let benchSize = try #require(BenchSize.named(size))
        try ProjectWriter(size: benchSize, seed: seed, image: Self.image).write(to: dir)
    }

    /// Every file under `dir`, relative path → bytes.
    private func files(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        let fm = FileManager.default
        for case let path as String in fm.enumerator(atPath: dir) ?? NSEnumerator() {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: dir + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                out[path] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + path))
            }
        }
        return out
    }

    @Test func theSameSeedWritesTheSameBytesAndAnotherSeedOtherContent() throws {
        let tmp = try TemporaryDirectory()
        try write("small", to: tmp.path + "/a")
        try write("small", to: tmp.path + "/b")
        try write("small", seed: 14, to: tmp.path + "/c")
        let a = try files(tmp.path + "/a"), b = try files(tmp.path + "/b"), c = try files(tmp.path + "/c")
        #expect(a.count == 30 + 5)  // sections; bid.yaml, requirements, prices, image, pandoc.md
        #expect(a == b)
        #expect(a["pandoc.md"] != c["pandoc.md"])
    }

    @Test func smallHasItsSectionsAndPriceLinesAndChecksClean() throws {
        let tmp = try TemporaryDirectory()
        try write("small", to: tmp.path)
        let bid = try Assembler.assemble(try ProjectLoader.load(folder: tmp.path + "/project"))
        let sections = bid.package.sections
        #expect(sections.filter { $0.kind == "markdown" }.count == 30)
        let schedule = try #require(priceTable(bid.package))
        #expect(schedule.body.count == 100)
        let report = Checker.check(bid, asOf: CalendarDay(year: 2026, month: 12, day: 1))
        #expect(report.errors == 0 && report.warnings == 0, "\(report.findings)")
        // What the benchmark promises to exercise: three heading levels, lists, tables, the picture.
        let blocks = sections.flatMap(\.blocks)
        let levels = Set(blocks.compactMap { block -> Int? in if case .heading(let h) = block { h.level } else { nil } })
        #expect(levels == [3, 4, 5])
        #expect(blocks.contains { if case .list = $0 { true } else { false } })
        #expect(blocks.filter { if case .table = $0 { true } else { false } }.count > 2)
        #expect(bid.package.resources.count == 1)
        let text = blocks.flatMap { Block.textUnits([$0]) }.joined()
        #expect(text.contains("变电站") && text.contains("The surveillance platform"))
    }

    @Test func pandocsFileHasTheSameHeadingsAndPriceRows() throws {
        let tmp = try TemporaryDirectory()
        try write("small", to: tmp.path)
        let package = try Assembler.assemble(try ProjectLoader.load(folder: tmp.path + "/project")).package
        let markdown = try String(contentsOfFile: tmp.path + "/pandoc.md", encoding: .utf8).split(separator: "\n").map(String.init)

        var ours: [String] = []
        for part in package.parts {
            ours.append("1 " + part.title)
            for section in part.sections {
                ours.append("2 " + section.title)
                for case .heading(let h) in section.blocks { ours.append("\(h.level) " + h.content.plainText) }
            }
        }
        let theirs = markdown.filter { $0.hasPrefix("#") }.map { line in
            let hashes = line.prefix { $0 == "#" }.count
            return "\(hashes) " + line.dropFirst(hashes + 1)
        }
        #expect(ours == theirs)

        let table = try #require(priceTable(package))
        let rows = (table.header + table.body + table.footer).map { row in row.cells.flatMap { Block.textUnits($0.blocks) }.filter { !$0.isEmpty } }
        let gfm = markdown.filter { $0.hasPrefix("| ") }.prefix(rows.count).map { line in
            line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        #expect(rows == Array(gfm))
    }

    private func priceTable(_ package: BidPackage) -> Table? {
        package.sections.first { $0.id == "price-schedule" }?.blocks.lazy.compactMap { block -> Table? in
            if case .table(let t) = block { t } else { nil }
        }.first
    }
}
