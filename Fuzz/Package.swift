// swift-tools-version:6.0
// libFuzzer targets for BidKit's input readers, kept out of the main build (`make fuzz`, `make fuzz-ci`).
//
// Every folder `Sources/Fuzz<Name>/` is one executable target and product `Fuzz<Name>`: an engineer adds a
// target by adding a folder (its `main.swift` exports `LLVMFuzzerTestOneInput` and ends with `Harness.run(fuzz)`) and seeds in
// `Corpus/<Name>/`, without editing this file. Built with
//   swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address --manifest-cache none
// (`--manifest-cache none`: SwiftPM's shared cache is keyed by this file's text, so a cached evaluation
// from before a folder was added would silently leave the new target out).
// SwiftPM links a target's own entry point as `main`, so each `main.swift` ends with top-level code handing
// control to libFuzzer: `Harness.run(fuzz)` (the `Harness` target, over `LibFuzzerDriver`'s declaration).
import Foundation
import PackageDescription

let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
let names = ((try? FileManager.default.contentsOfDirectory(atPath: here.appendingPathComponent("Sources").path)) ?? [])
    .filter { $0.hasPrefix("Fuzz") }.sorted()

let package = Package(
    name: "BidKitFuzz",
    platforms: [.macOS(.v13)],
    products: names.map { .executable(name: $0, targets: [$0]) },
    dependencies: [.package(name: "BidKit", path: "..")],
    targets: [
        .target(name: "LibFuzzerDriver"),
        .target(name: "Harness", dependencies: ["LibFuzzerDriver", .product(name: "BidKit", package: "BidKit")]),
    ] + names.map { name in
        .executableTarget(name: name, dependencies: [
            "Harness", .product(name: "BidKit", package: "BidKit"),
            .product(name: "BidKitDocxReader", package: "BidKit"), .product(name: "DocxWriter", package: "BidKit"),
        ])
    },
    swiftLanguageModes: [.v6]
)
