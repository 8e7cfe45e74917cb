// The hot paths of a build and a check, one benchmark each, on one generated project (Fixture).
// Wall clock, CPU and mallocs per iteration; `make bench-micro` runs them (bench/README.md).
// Whole-command figures and instruction counts come from `make bench` and `make bench-instructions`;
// these are for quick before/after comparisons of one step (`swift package benchmark baseline …`).
import Benchmark
@_spi(Benchmarks) import BidKit
import BidKitPluginSDK
import BidKitTextLayout
@_spi(Benchmarks) import DocxWriter
import Foundation
import HtmlWriter

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 1, maxDuration: .seconds(3), maxIterations: 200)

    let fixture: Fixture
    do {
        fixture = try Fixture.load()
    } catch {
        FileHandle.standardError.write(Data("HotPaths: \(error)\n".utf8))
        exit(2)
    }
    let package = fixture.bid.package
    let markdown = MarkdownBenchmarkEntry(project: fixture.project)

    Benchmark("Markdown → model (\(fixture.sections.count) sections)") { benchmark in
        for _ in benchmark.scaledIterations {
            for section in fixture.sections { blackHole(try markdown.blocks(section.text, file: section.file)) }
        }
    }
    Benchmark("Wire encode") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(PackageWire.encode(package)) }
    }
    Benchmark("Wire decode") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try PackageWire.decode(fixture.wire)) }
    }
    // The peer the wire format replaced (docs/plugin-abi.md): Foundation JSON of the same package.
    Benchmark("JSON encode (wire's peer)") { benchmark in
        let encoder = JSONEncoder()
        for _ in benchmark.scaledIterations { blackHole(try encoder.encode(package)) }
    }
    Benchmark("JSON decode (wire's peer)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try JSONDecoder().decode(BidPackage.self, from: fixture.json)) }
    }
    Benchmark("DOCX document.xml") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try DocxBenchmarkEntry.documentXML(package)) }
    }
    Benchmark("DOCX zip of document.xml (\(fixture.documentXML.count / 1024) KiB)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try DocxBenchmarkEntry.zip([("word/document.xml", fixture.documentXML)])) }
    }
    Benchmark("HTML page") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(try HtmlWriter().renderString(package)) }
    }
    Benchmark("Text tables (\(fixture.textTables.count) tables, 80 columns)") { benchmark in
        for _ in benchmark.scaledIterations {
            for table in fixture.textTables { blackHole(table.render(maxWidth: 80)) }
        }
    }
    Benchmark("check (rules only)") { benchmark in
        for _ in benchmark.scaledIterations { blackHole(Checker.check(fixture.bid)) }
    }
}
