import BidKitTestSupport
import Foundation
import HtmlWriter

/// The bundled sample projects, assembled by the real `bidkit` (run as a subprocess: the writer
/// tests link no core) and read back from its `model-json` dump, so the writer is tested on the
/// exact package a user's build hands the plugin.
enum Samples {
    static let chinese = "substation-video-tender"
    static let english = "erp-proposal-en"

    static func bidkit() throws -> String { try TestPaths.product("bidkit").get() }

    @discardableResult
    /// Runs `bidkit` with the user's plugin path and colours kept out of the way.
    static func run(_ arguments: [String]) throws -> Subprocess.Outcome {
        let outcome = try Subprocess.run([try bidkit()] + arguments, environment: ["NO_COLOR": "1", "BIDKIT_PLUGIN_PATH": ""],
                                         timeout: 180)
        guard outcome.status == 0 else {
            throw TestFailure("bidkit \(arguments.joined(separator: " ")) exited \(outcome.status): \(outcome.output)")
        }
        return outcome
    }

    /// The assembled package of `Samples/<name>`.
    static func package(_ name: String) throws -> BidPackage {
        let dir = try TemporaryDirectory()
        try run(["build", TestPaths.packageRoot + "/Samples/" + name, "--format", "model-json", "--out", dir.path])
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".json") }
        guard files.count == 1, let file = files.first else { throw TestFailure("expected one model-json file, got \(files)") }
        let data = try Data(contentsOf: URL(fileURLWithPath: dir.path + "/" + file))
        return try JSONDecoder().decode(BidPackage.self, from: data)
    }

    /// The package rendered in-process with the sample's own template, as the CLI does.
    static func render(_ name: String) throws -> (package: BidPackage, html: String) {
        let package = try package(name)
        let html = try HtmlWriter().renderString(package, options: ["template_dir": templateDirectory(package.metadata.template)])
        return (package, html)
    }

    static func templateDirectory(_ template: String) -> String {
        TestPaths.packageRoot + "/Templates/" + template
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
