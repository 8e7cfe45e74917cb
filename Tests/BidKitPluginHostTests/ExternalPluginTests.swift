import BidKitModel
import BidKitPluginHost
import BidKitTestSupport
import Foundation
import Testing

/// A plugin built as a separate SwiftPM package that depends only on BidKitPluginSDK
/// (`Tests/Fixtures/ExternalPlugin`), the way a third party would ship one.
///
/// Slow: every run compiles the SDK and model for the fixture from a clean scratch folder
/// (about 15–60 s): an incremental build there missed source files added to the SDK's
/// dependencies since the last run. The scratch path is `<repo>/.build-external-plugin`, never
/// the outer `.build`, whose lock the running `swift test` may hold; sharing it would deadlock.
@Suite(.serialized) struct ExternalPluginTests {
    static let scratchPath = TestPaths.packageRoot + "/.build-external-plugin"
    static let buildTimeout: TimeInterval = 5 * 60

    /// Builds the fixture and returns the directory holding `libShoutRenderer.so`.
    static func buildFixture() throws -> String {
        try? FileManager.default.removeItem(atPath: scratchPath + "/debug")
        try? FileManager.default.removeItem(atPath: scratchPath + "/x86_64-unknown-linux-gnu")
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
        let rendered = try both.plugin(for: "txt")?.render(format: "txt", package: Fixtures.wire, options: [:]) ?? []
        #expect(String(decoding: rendered, as: UTF8.self).contains(Fixtures.package.metadata.title))
        #expect(!String(decoding: rendered, as: UTF8.self).contains("SECTIONS:"))
        #expect(try both.plugin(for: "shout")?.render(format: "shout", package: Fixtures.wire, options: [:]) == output)
    }
}
