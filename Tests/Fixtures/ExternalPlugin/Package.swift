// swift-tools-version:6.0
// A renderer plugin built as its own package, the way a third party would write one.
// It depends on nothing but BidKitPluginSDK; BidKitPluginHostTests builds it with
// `swift build --package-path` and loads the resulting library into a PluginHost.
// A real plugin would depend on the SDK by URL instead of by path:
//   .package(url: "https://github.com/<org>/BidKit", from: "1.0.0")
import PackageDescription

let package = Package(
    name: "ShoutRenderer",
    platforms: [.macOS(.v13)],
    products: [
        // Dynamic: the host loads it with dlopen; it is never linked into an executable.
        .library(name: "ShoutRenderer", type: .dynamic, targets: ["ShoutRenderer"]),
    ],
    dependencies: [
        .package(name: "BidKit", path: "../../.."),
    ],
    targets: [
        .target(
            name: "ShoutRenderer",
            dependencies: [.product(name: "BidKitPluginSDK", package: "BidKit")]),
    ],
    swiftLanguageModes: [.v6]
)
