import BidKitModel
import BidKitPluginHost
import BidKitTestSupport
import Foundation
import Testing

/// A plugin built as a separate SwiftPM package that depends only on BidKitPluginSDK
/// (`Tests/Fixtures/ExternalPlugin`), the way a third party would ship one.
///
/// Slow: the first run compiles the SDK and model for the fixture (about 15–60 s); later runs
/// are incremental. The scratch path is `<repo>/.build-external-plugin`, never the outer
/// `.build`, whose lock the running `swift test` may hold; sharing it would deadlock.
@Suite(.serialized) struct ExternalPluginTests {
    static let scratchPath = TestPaths.packageRoot + "/.build-external-plugin"
    static let buildTimeout: TimeInterval = 5 * 60

    /// Builds the fixture and returns the directory holding `libShoutRenderer.so`.
    static func buildFixture() throws -> String {
        let outcome = try Subprocess.run(
            ["swift", "build", "--package-path", TestPaths.externalFixture, "--scratch-path", scratchPath],
            timeout: buildTimeout)
        if outcome.timedOut {
            Issue.record("swift build of the external plugin did not finish in \(Int(buildTimeout)) s:\n\(outcome.output)")
        }
        try #require(outcome.status == 0, "swift build of \(TestPaths.externalFixture) failed:\n\(outcome.output)")
        let binPath = try Subprocess.run(
            ["swift", "build", "--package-path", TestPaths.externalFixture, "--scratch-path", scratchPath, "--show-bin-path"],
            timeout: 60)
        let directory = binPath.output.split(separator: "\n").last.map(String.init) ?? ""
        try #require(binPath.status == 0 && directory.hasPrefix("/"), "no bin path:\n\(binPath.output)")
        return directory
    }

    @Test(.timeLimit(.minutes(10)))
    func separatelyBuiltPluginLoadsAndRenders() throws {
        let directory = try Self.buildFixture()
        let library = directory + "/libShoutRenderer.so"
        try #require(FileManager.default.fileExists(atPath: library), "\(library) was not built")

        let host = PluginHost(searchPath: [directory])
        #expect(host.failures.isEmpty, "\(host.failures)")
        let plugin = try #require(host.plugin(for: "shout"))
        #expect(plugin.path == library)
        #expect(plugin.name == "shout")
        #expect(plugin.version == "1.0.0")
        #expect(plugin.formats == [PluginFormat(name: "shout", fileExtension: "shout", mediaType: "text/plain; charset=utf-8")])

        let output = try plugin.render(format: "shout", package: Fixtures.wire, options: [:])
        #expect(String(decoding: output, as: UTF8.self) == "SUBSTATION VIDEO UPGRADE\nsections: 2\n")

        // Two Swift plugins, each with its own copy of the SDK, side by side in one process:
        // RTLD_LOCAL must keep their registries apart.
        let text = try TestPaths.product("libBidKitTextRenderer.so").get()
        let both = PluginHost(searchPath: [directory, (text as NSString).deletingLastPathComponent])
        #expect(both.plugin(for: "shout")?.name == "shout")
        #expect(both.plugin(for: "txt")?.name == "text")
        #expect(try both.plugin(for: "txt")?.render(format: "txt", package: Fixtures.wire, options: [:])
            == Array(Fixtures.package.metadata.title.utf8))
        #expect(try both.plugin(for: "shout")?.render(format: "shout", package: Fixtures.wire, options: [:]) == output)
    }
}
