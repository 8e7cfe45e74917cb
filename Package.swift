// swift-tools-version:6.0
// BidKit: assembles tender responses (bid packages) and checks them before submission.
// Module map (see docs/architecture.md):
//   BidKitModel      – the document model and its binary wire format; depends on nothing
//   BidKitTextLayout – display-width aware wrapping and tables, shared by the CLI and text-like renderers
//   CBidKitPluginABI – the C header every plugin exports against
//   BidKitPluginSDK  – what a plugin author imports: model + ABI glue
//   BidKitMoney      – money formatting, amounts in Chinese capital numerals and English words
//   BidKitPluginHost – finds, loads and calls renderer plugins through the C ABI
//   BidKitOOXML      – the only wrapper of libzip and libxml2: hardened OOXML package reading, XML trees, deterministic zip writing
//   BidKitDocxReader – reads buyer-supplied Word forms (.docx) into the model (through BidKitOOXML)
//   BidKit           – the core: load, assemble, price, check, plugin host, pipeline
//   bidkit           – the command-line tool, a thin layer over BidKit
//   Plugins/*        – renderers, built as shared libraries and loaded at run time
import PackageDescription

let package = Package(
    name: "BidKit",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bidkit", targets: ["bidkit"]),
        .library(name: "BidKit", targets: ["BidKit"]),
        .library(name: "BidKitPluginSDK", targets: ["BidKitPluginSDK"]),
        // The DOCX writer and the form reader as libraries, for tools that link them directly (the fuzz
        // targets in Fuzz/); the renderer itself is the plugin below.
        .library(name: "DocxWriter", targets: ["DocxWriter"]),
        .library(name: "BidKitDocxReader", targets: ["BidKitDocxReader"]),
        // Renderer plugins: shared libraries, never linked into the executable.
        .library(name: "BidKitTextRenderer", type: .dynamic, targets: ["TextRenderer"]),
        .library(name: "BidKitDocxRenderer", type: .dynamic, targets: ["DocxRenderer"]),
        .library(name: "BidKitHtmlRenderer", type: .dynamic, targets: ["HtmlRenderer"]),
        .library(name: "BidKitXlsxRenderer", type: .dynamic, targets: ["XlsxRenderer"]),
        .library(name: "BidKitPdfRenderer", type: .dynamic, targets: ["PdfRenderer"]),
        // The writers without their plugin entries, for the micro-benchmarks in Benchmarks/ (a separate
        // package depending on this one by path); the CLI never links them.
        .library(name: "BidKitWriters", targets: ["DocxWriter", "HtmlWriter", "BidKitTextLayout"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // System libraries (apt: libzip-dev, libxml2-dev, libcmark-gfm-dev + libcmark-gfm-extensions-dev).
        .systemLibrary(
            name: "CLibZip", path: "Sources/CLibZip", pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]),
        .systemLibrary(
            name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .systemLibrary(
            name: "CCmarkGFM", path: "Sources/CCmarkGFM", pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"]), .brew(["cmark-gfm"])]),

        .target(name: "BidKitModel"),
        .target(name: "BidKitTextLayout"),
        .target(name: "CBidKitPluginABI"),
        .target(name: "BidKitPluginSDK", dependencies: ["BidKitModel", "BidKitTextLayout", "CBidKitPluginABI"]),
        .target(name: "BidKitMoney"),
        .target(name: "BidKitPluginHost", dependencies: ["BidKitModel", "BidKitTextLayout", "CBidKitPluginABI"]),
        // External programs (LibreOffice, poppler, fontconfig) started as child processes, never linked.
        .target(name: "BidKitExternalTools"),
        .target(name: "BidKitOOXML", dependencies: ["CLibZip", "CLibXML2"]),
        .target(name: "BidKitDocxReader", dependencies: ["BidKitModel", "BidKitOOXML"]),
        .target(
            name: "BidKit",
            dependencies: [
                "BidKitModel", "BidKitTextLayout", "BidKitMoney", "BidKitPluginHost", "BidKitDocxReader", "BidKitOOXML",
                "BidKitExternalTools", "CCmarkGFM",
                .product(name: "Yams", package: "Yams"),
            ]),
        .executableTarget(
            name: "bidkit",
            dependencies: ["BidKit", "BidKitTextLayout", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
        .executableTarget(
            name: "bidkit-bench",
            // BidKit itself only so plugin-load timing runs with bidkit's libraries (libzip, libxml2) loaded.
            dependencies: ["BidKit", "BidKitModel", "BidKitMoney", "BidKitPluginHost",
                           .product(name: "ArgumentParser", package: "swift-argument-parser")]),

        // Each plugin: a writer library (unit-testable) and a thin entry target that exports
        // `bidkit_plugin_entry`. Tests link writers only: all test targets share one binary,
        // where two exported entry points would collide.
        .target(name: "TextRenderer", dependencies: ["BidKitPluginSDK"], path: "Plugins/TextRenderer"),
        .target(
            name: "DocxWriter", dependencies: ["BidKitPluginSDK", "BidKitOOXML"],
            path: "Plugins/DocxRenderer/Writer"),
        .target(name: "DocxRenderer", dependencies: ["DocxWriter"], path: "Plugins/DocxRenderer/Plugin"),
        .target(
            name: "HtmlWriter", dependencies: ["BidKitPluginSDK", "BidKitExternalTools", .product(name: "Mustache", package: "swift-mustache")],
            path: "Plugins/HtmlRenderer/Writer"),
        .target(name: "HtmlRenderer", dependencies: ["HtmlWriter"], path: "Plugins/HtmlRenderer/Plugin"),
        // The PDF renderer links the DOCX *writer* library (shared code, not the docx plugin's entry)
        // and converts its output with LibreOffice.
        .target(
            name: "PdfWriter", dependencies: ["DocxWriter", "BidKitExternalTools", "BidKitPluginSDK"],
            path: "Plugins/PdfRenderer/Writer"),
        .target(name: "PdfRenderer", dependencies: ["PdfWriter"], path: "Plugins/PdfRenderer/Plugin"),
        .target(name: "XlsxWriter", dependencies: ["BidKitPluginSDK", "BidKitOOXML"], path: "Plugins/XlsxRenderer/Writer"),
        .target(name: "XlsxRenderer", dependencies: ["XlsxWriter"], path: "Plugins/XlsxRenderer/Plugin"),

        .testTarget(name: "BidKitModelTests", dependencies: ["BidKitModel"]),
        .testTarget(name: "BidKitMoneyTests", dependencies: ["BidKitMoney"]),
        .testTarget(name: "BidKitTextLayoutTests", dependencies: ["BidKitTextLayout", "TextRenderer"]),
        .target(name: "BidKitTestSupport", path: "Tests/BidKitTestSupport"),
        .testTarget(name: "BidKitPluginHostTests", dependencies: ["BidKitPluginHost", "BidKitTestSupport"]),
        .testTarget(name: "BidKitTests", dependencies: ["BidKit", "bidkit", "BidKitOOXML", "BidKitTestSupport"]),
        .testTarget(name: "DocxRendererTests", dependencies: ["DocxWriter", "BidKitOOXML", "CLibZip", "CLibXML2", "BidKitTestSupport"]),
        .testTarget(name: "HtmlRendererTests", dependencies: ["HtmlWriter", "BidKitExternalTools", "BidKitTestSupport"]),
        .testTarget(name: "PdfRendererTests", dependencies: ["PdfWriter", "BidKitExternalTools", "BidKitTestSupport"]),
        .testTarget(name: "XlsxRendererTests", dependencies: ["XlsxWriter", "BidKit", "BidKitOOXML", "BidKitTestSupport"]),
        .testTarget(
            name: "TenderImportTests",
            dependencies: ["BidKit", "bidkit", "BidKitOOXML", "BidKitTestSupport", .product(name: "Yams", package: "Yams")]),
        .testTarget(name: "BidKitBenchTests", dependencies: ["bidkit-bench", "BidKit", "BidKitTestSupport"]),
        .testTarget(name: "BidKitDocxReaderTests", dependencies: ["BidKitDocxReader", "BidKit", "CLibZip", "BidKitTestSupport"]),
        .testTarget(name: "BidKitOOXMLTests", dependencies: ["BidKitOOXML", "BidKitTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
