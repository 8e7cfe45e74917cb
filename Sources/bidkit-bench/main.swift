// Micro-benchmark of the package wire format against the peer it replaces (Foundation JSON),
// measured in the same run on the same generated package. Build in release: `make bench`.
import BidKitModel
import Foundation

// `bidkit-bench project DIR [PAGES]` writes a synthetic project for timing `bidkit check` / `build`.
if CommandLine.arguments.dropFirst().first == "project", CommandLine.arguments.count >= 3 {
    let dir = CommandLine.arguments[2]
    let pages = CommandLine.arguments.dropFirst(3).first.flatMap(Int.init) ?? 500
    do {
        try LargeProject.write(to: dir, pages: pages)
        print("wrote a \(pages)-page project to \(dir)")
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("bidkit-bench: \(error)\n".utf8))
        exit(1)
    }
}

let pages = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 500
let runs = CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 7
let package = LargePackage.make(pages: pages)

func median(_ samples: [Double]) -> Double {
    let s = samples.sorted()
    return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Milliseconds per run of `body`, median of `runs` after one warm-up.
func measure(_ body: () throws -> Void) rethrows -> (median: Double, min: Double) {
    try body()
    var samples: [Double] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    return (median(samples), samples.min() ?? 0)
}

do {
    var wire: [UInt8] = []
    var json = Data()
    let encode = measure { wire = PackageWire.encode(package) }
    let decode = try measure { _ = try PackageWire.decode(wire) }
    let encoder = JSONEncoder()
    let jsonEncode = try measure { json = try encoder.encode(package) }
    let jsonDecode = try measure { _ = try JSONDecoder().decode(BidPackage.self, from: json) }
    guard try PackageWire.decode(wire) == package else { throw WireError("round trip changed the package") }

    func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? s + fill : fill + s
    }
    func row(_ name: String, _ e: (median: Double, min: Double), _ d: (median: Double, min: Double), _ bytes: Int) -> String {
        pad(name, 24, left: true) + [e.median, d.median, e.median + d.median].map { pad(String(format: "%.1f", $0), 10) }.joined()
            + pad(String(format: "%.2f", Double(bytes) / 1e6), 10)
    }
    print("package: \(pages) pages, \(package.sections.count) sections; median of \(runs) runs, milliseconds")
    print(pad("codec", 24, left: true) + ["encode", "decode", "total", "MB"].map { pad($0, 10) }.joined())
    print(row("BidKit wire format", encode, decode, wire.count))
    print(row("Foundation JSON (peer)", jsonEncode, jsonDecode, json.count))
    print(String(format: "speed-up: %.1f×", (jsonEncode.median + jsonDecode.median) / max(encode.median + decode.median, 0.001)))
} catch {
    FileHandle.standardError.write(Data("bidkit-bench: \(error)\n".utf8))
    exit(1)
}
