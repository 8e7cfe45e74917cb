// libFuzzer target: the Markdown converter (cmark-gfm + the BidKit conversion) on arbitrary bytes.
// Build and run (see Fuzz/README.md): swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address
//   Fuzz/.build/debug/FuzzMarkdown Fuzz/Corpus/Markdown -max_total_time=60
//
// Each input is decoded as UTF-8 (invalid bytes replaced, as the loader would refuse them) and
// converted as a section of a small project. A load error is a normal outcome; any other error, a
// crash, a trap, a hang or an invariant failure below is a bug:
//   - content is never nested deeper than Nesting.limit (renderers recurse once per level);
//   - the blocks survive the plugin wire format unchanged.
import BidKit
import Foundation
import Harness

let converter: SectionConverter = {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("bidkit-fuzz-markdown-\(getpid())")
    let files = [
        "bid.yaml": """
            project: {id: fuzz, name: 模糊测试, language: zh, date: 2026-12-08}
            tender: {number: ZB-1, buyer: 某公司, deadline: 2026-12-10T09:30:00+08:00, validity_days: 90, requirements: requirements.yaml}
            bidder: {name: 某某科技有限公司, legal_representative: 王建国, authorized_agent: 李娜, address: 某市, validity_days: 120}
            pricing: {items: [{name: 设备, unit: 台, quantity: 1, unit_price: 100}]}
            parts:
              - id: p
                title: 商务部分
                sections:
                  - {id: s, title: 投标函, source: sections/section.md, owner: 李娜, due: 2026-12-05, status: done}

            """,
        "requirements.yaml": "requirements: []\n",
        "sections/section.md": "x\n",
    ]
    do {
        for (path, text) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        let project = try ProjectLoader.load(folder: root.path)
        try? FileManager.default.removeItem(at: root)
        return SectionConverter(project: project)
    } catch {
        print("FuzzMarkdown: cannot set up the project: \(error)")
        exit(1)
    }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var converted: [Block]?
    Harness.expectingLoadErrors { converted = try converter.convert(text) }
    guard let blocks = converted else { return 0 }
    let depth = Nesting.depth(of: blocks)
    if depth > Nesting.limit {
        print("FuzzMarkdown: content \(depth) levels deep passed the converter")
        abort()
    }
    let package = BidPackage(metadata: Metadata(projectID: "fuzz", title: "t", language: "zh"),
                             parts: [Part(id: "p", title: "P", number: "1",
                                          sections: [Section(id: "s", title: "S", number: "1", kind: "markdown", blocks: blocks)])])
    guard (try? PackageWire.decode(PackageWire.encode(package))) == package else {
        print("FuzzMarkdown: the wire format changed the blocks")
        abort()
    }
    return 0
}

// libFuzzer takes over from here (see Fuzz/Package.swift).
Harness.run(fuzz)
