import ArgumentParser
import BidKitModel
import Dispatch
import Foundation

/// `bidkit-bench wire [PAGES] [RUNS]` (`make bench-wire`): the package wire format against the peer it
/// replaced (Foundation JSON), encode and decode, on the same generated package in the same run.
struct WireCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wire", abstract: "Wire format vs Foundation JSON on a generated package (median ms).")

    @Argument(help: "Printed pages of the generated package.")
    var pages = 500

    @Argument(help: "Timed runs after one warm-up.")
    var runs = 7

    func run() throws {
        let package = LargePackage.make(pages: pages)
        var wire: [UInt8] = []
        var json = Data()
        let encode = measure { wire = PackageWire.encode(package) }
        let decode = try measure { _ = try PackageWire.decode(wire) }
        let encoder = JSONEncoder()
        let jsonEncode = try measure { json = try encoder.encode(package) }
        let jsonDecode = try measure { _ = try JSONDecoder().decode(BidPackage.self, from: json) }
        guard try PackageWire.decode(wire) == package else { throw ValidationError("round trip changed the package") }

        func pad(_ s: String, _ width: Int, left: Bool = false) -> String {
            let fill = String(repeating: " ", count: max(0, width - s.count))
            return left ? s + fill : fill + s
        }
        func row(_ name: String, _ e: Double, _ d: Double, _ bytes: Int) -> String {
            pad(name, 24, left: true) + [e, d, e + d].map { pad(String(format: "%.1f", $0), 10) }.joined()
                + pad(String(format: "%.2f", Double(bytes) / 1e6), 10)
        }
        print("package: \(pages) pages, \(package.sections.count) sections; median of \(runs) runs, milliseconds")
        print(pad("codec", 24, left: true) + ["encode", "decode", "total", "MB"].map { pad($0, 10) }.joined())
        print(row("BidKit wire format", encode, decode, wire.count))
        print(row("Foundation JSON (peer)", jsonEncode, jsonDecode, json.count))
        print(String(format: "speed-up: %.1f×", (jsonEncode + jsonDecode) / max(encode + decode, 0.001)))
    }

    /// Median milliseconds of `runs` runs of `body` after one warm-up.
    private func measure(_ body: () throws -> Void) rethrows -> Double {
        try body()
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = DispatchTime.now().uptimeNanoseconds
            try body()
            samples.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        samples.sort()
        return samples.count % 2 == 1 ? samples[samples.count / 2] : (samples[samples.count / 2 - 1] + samples[samples.count / 2]) / 2
    }
}
