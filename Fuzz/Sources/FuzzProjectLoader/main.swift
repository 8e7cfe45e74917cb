import Harness
import BidKit
import Foundation

/// The bid.yaml loader end to end: decoding, the YAML budget, Yams, every field reader and the files
/// bid.yaml names. The input becomes bid.yaml in a small project folder made once (requirements,
/// a Markdown section, a CSV price list), so the loader also follows paths, reads the CSV and
/// validates references. Any input must load or throw a load error; a trap, a hang or a leak is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bid = URL(fileURLWithPath: FuzzProject.folder + "/bid.yaml")
    guard (try? Data(bytes: data, count: size).write(to: bid)) != nil else { return 0 }
    Harness.expectingLoadErrors { _ = try ProjectLoader.load(folder: FuzzProject.folder) }
    return 0
}

// libFuzzer takes over from here (see Fuzz/Package.swift).
Harness.run(fuzz)

/// The project folder the fuzzed bid.yaml lives in.
enum FuzzProject {
    static let folder: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bidkit-fuzz-project-\(getpid())").path
        let files = [
            "requirements.yaml": """
                requirements:
                  - {id: D-01, kind: document, text: 投标函, mandatory: true}
                  - {id: T-01, kind: clause, category: technical, text: 像素不低于 400 万}
                responses:
                  - {requirement: T-01, response: comply, section: letter}
                """,
            "sections/letter.md": "致：{{tender.buyer}}\n\n总价 {{pricing.total}}\n",
            "prices.csv": "no,name,unit,quantity,unit_price\n1,摄像机,台,10,1234.56\n",
        ]
        for (name, text) in files {
            let url = URL(fileURLWithPath: dir + "/" + name)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? Data(text.utf8).write(to: url)
        }
        return dir
    }()
}
