@_spi(Benchmarks) import BidKit
import BidKitPluginSDK
import BidKitTextLayout
@_spi(Benchmarks) import DocxWriter
import Foundation

/// What the hot-path benchmarks work on: one generated benchmark project (`bidkit-bench project`,
/// `small` unless `make bench-micro BENCH_MICRO_SIZE=large`), loaded and assembled once, with every
/// intermediate product the later steps take as input. `make bench-micro` writes the project and
/// passes its folder in `BIDKIT_BENCH_PROJECT`.
struct Fixture: Sendable {
    let project: Project
    let bid: AssembledBid
    let wire: [UInt8]
    let json: Data
    /// Each Markdown section's project-relative path and text.
    let sections: [(file: String, text: String)]
    let documentXML: [UInt8]
    /// Every table of the package as the text renderer hands it to BidKitTextLayout.
    let textTables: [TextTable]

    static func load() throws -> Fixture {
        guard let folder = ProcessInfo.processInfo.environment["BIDKIT_BENCH_PROJECT"] else {
            throw FixtureError("BIDKIT_BENCH_PROJECT is not set: run the micro-benchmarks with `make bench-micro`")
        }
        let project = try ProjectLoader.load(folder: folder)
        let bid = try Assembler.assemble(project)
        var sections: [(String, String)] = []
        for case .markdown(let file) in project.sections.map(\.content) {
            sections.append((file, try String(contentsOfFile: folder + "/" + file, encoding: .utf8)))
        }
        let tables = bid.package.sections.flatMap(\.blocks).compactMap { block -> Table? in
            if case .table(let table) = block { return table } else { return nil }
        }
        return Fixture(
            project: project, bid: bid, wire: PackageWire.encode(bid.package), json: try JSONEncoder().encode(bid.package),
            sections: sections, documentXML: try DocxBenchmarkEntry.documentXML(bid.package),
            textTables: tables.map(textTable))
    }

    private static func textTable(_ table: Table) -> TextTable {
        func row(_ row: Table.Row) -> [TextTable.Cell] {
            row.cells.map { TextTable.Cell(Block.textUnits($0.blocks).joined(separator: "\n"), colspan: $0.colspan, rowspan: $0.rowspan) }
        }
        let alignments: [Alignment: TextAlignment] = [.none: .left, .left: .left, .center: .center, .right: .right]
        return TextTable(columns: table.columns.map { TextTable.Column(alignment: alignments[$0.alignment] ?? .left) },
                         header: table.header.map(row), body: table.body.map(row), footer: table.footer.map(row))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
