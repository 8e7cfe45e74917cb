// swift-tools-version:6.1
// Micro-benchmarks of BidKit's hot paths (ordo-one/benchmark), kept out of the main package so neither
// `swift build` nor `make test` builds the benchmark framework. Run with `make bench-micro`
// (bench/README.md). ordo-one/benchmark wants its sources under Benchmarks/<target>/ of this package.
import PackageDescription

let package = Package(
    name: "BidKitBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "BidKit", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "HotPaths",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BidKit", package: "BidKit"),
                .product(name: "BidKitPluginSDK", package: "BidKit"),
                .product(name: "BidKitWriters", package: "BidKit"),
            ],
            path: "Benchmarks/HotPaths",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]),
    ],
    swiftLanguageModes: [.v6]
)
