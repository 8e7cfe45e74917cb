import BidKitModel
import BidKitPluginHost
import BidKitTestSupport
import Foundation
import Testing

/// The real Swift plugin from this package, built by `swift build` next to the test binary.
@Suite struct TextPluginTests {
    static let fileName = "libBidKitTextRenderer.so"

    @Test func loadsAndRendersTheTextPlugin() throws {
        let path = try TestPaths.product(Self.fileName).get()
        let plugin = try PluginLoader.load(path).get()
        #expect(plugin.path == path)
        #expect(plugin.name == "text")
        #expect(plugin.version == "0.1.0")
        #expect(plugin.formats == [PluginFormat(name: "txt", fileExtension: "txt", mediaType: "text/plain; charset=utf-8")])

        let output = try plugin.render(format: "txt", package: Fixtures.wire, options: ["width": "80"])
        let text = String(decoding: output, as: UTF8.self)
        #expect(text.contains(Fixtures.package.metadata.title))
        #expect(text.hasSuffix("\n") && !text.hasSuffix("\n\n"))
    }

    @Test func hostFindsTheTextPluginInTheProductsDirectory() throws {
        let path = try TestPaths.product(Self.fileName).get()
        let directory = (path as NSString).deletingLastPathComponent
        let host = PluginHost(searchPath: [directory])
        let plugin = try #require(host.plugin(for: "txt"))
        #expect(plugin.name == "text")
        #expect(host.formats.contains("txt"))
        #expect(!host.failures.contains { $0.path.hasSuffix("/" + Self.fileName) })
    }

    /// The plugin's own decoder rejects garbage; the message must come back as an error.
    @Test func pluginErrorsComeBackAsRenderErrors() throws {
        let plugin = try PluginLoader.load(try TestPaths.product(Self.fileName).get()).get()
        let error = try #require(throws: PluginRenderError.self) {
            try plugin.render(format: "txt", package: Array("not a package".utf8), options: [:])
        }
        #expect(error.plugin == "text")
        #expect(error.message.contains("bad magic"))
        #expect(error.description.hasPrefix("plugin 'text' (\(plugin.path)) failed to render txt: "))
    }

    @Test func unknownFormatIsRefusedBeforeCallingThePlugin() throws {
        let plugin = try PluginLoader.load(try TestPaths.product(Self.fileName).get()).get()
        let error = try #require(throws: PluginRenderError.self) {
            try plugin.render(format: "pdf", package: Fixtures.wire, options: [:])
        }
        #expect(error.message.contains("'pdf' is not one of this plugin's formats (txt)"))
    }

    /// Loading is idempotent: the library is opened once per process and the SDK hands back
    /// the same descriptor, so a second host sees the same plugin.
    @Test func loadingTwiceGivesTheSamePlugin() throws {
        let path = try TestPaths.product(Self.fileName).get()
        let first = try PluginLoader.load(path).get()
        let second = try PluginLoader.load(path).get()
        #expect(first.name == second.name)
        #expect(try second.render(format: "txt", package: Fixtures.wire, options: [:]) == first.render(format: "txt", package: Fixtures.wire, options: [:]))
    }
}
