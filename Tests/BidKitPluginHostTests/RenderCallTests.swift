import BidKitPluginHost
import BidKitTestSupport
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The render/release round trip, against C plugins that count their release calls.
@Suite struct RenderCallTests {
    /// Reads the C plugin's `bidkit_test_release_calls`. `RTLD_NOLOAD` returns the handle
    /// the host already opened (same file), so this is the counter the host's calls bumped.
    static func releaseCalls(_ path: String) throws -> Int32 {
        let handle = try #require(dlopen(path, RTLD_NOW | RTLD_LOCAL | RTLD_NOLOAD), "plugin is not loaded")
        let counter = try #require(dlsym(handle, "bidkit_test_release_calls"))
        return counter.load(as: Int32.self)
    }

    @Test func renderErrorCarriesThePluginMessageAndReleases() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin(name: #""cfail""#, render: "render_fail").build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()

        let error = try #require(throws: PluginRenderError.self) {
            try plugin.render(format: "cfmt", package: Fixtures.wire, options: [:])
        }
        #expect(error.plugin == "cfail")
        #expect(error.path == path)
        #expect(error.format == "cfmt")
        #expect(error.message == "deliberate failure: the paper tray is empty")
        #expect(error.description == "plugin 'cfail' (\(path)) failed to render cfmt: deliberate failure: the paper tray is empty")
        #expect(try Self.releaseCalls(path) == 1)
    }

    @Test func successCopiesOutputAndReleases() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin().build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()
        let wire = Fixtures.wire

        let output = try plugin.render(format: "cfmt", package: wire, options: ["b": "2", "a": "x=y"])
        // Options arrive as sorted key=value lines; the package length arrives intact.
        #expect(String(decoding: output, as: UTF8.self) == "format=cfmt bytes=\(wire.count) options=[a=x=y\nb=2\n]")
        _ = try plugin.render(format: "cfmt", package: wire, options: [:])
        #expect(try Self.releaseCalls(path) == 2)
    }

    @Test func successWithoutDataIsAnError() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin(render: "render_null_data").build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()
        let error = try #require(throws: PluginRenderError.self) {
            try plugin.render(format: "cfmt", package: Fixtures.wire, options: [:])
        }
        #expect(error.message == "render reported success but returned no data")
        #expect(try Self.releaseCalls(path) == 1)
    }

    /// The options string has no escaping; options it cannot carry faithfully never reach the plugin.
    @Test(arguments: [
        (["a=b": "1"], "option key \"a=b\" contains '=', a newline or NUL"),
        (["a\nb": "1"], "option key \"a\\nb\" contains '=', a newline or NUL"),
        (["": "1"], "option with an empty key"),
        (["title": "two\nlines"], "value of option 'title' contains a newline or NUL"),
        (["title": "nul\0byte"], "value of option 'title' contains a newline or NUL"),
    ])
    func unrepresentableOptionsAreRefused(options: [String: String], message: String) throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin().build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()
        let error = try #require(throws: PluginRenderError.self) {
            try plugin.render(format: "cfmt", package: Fixtures.wire, options: options)
        }
        #expect(error.message == message)
        #expect(try Self.releaseCalls(path) == 0)
    }

    /// Calls into one plugin are serialised; many threads at once must all get their output.
    @Test func concurrentRendersAllComplete() async throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin().build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()
        let wire = Fixtures.wire
        let outputs = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            for i in 0..<32 {
                group.addTask { try plugin.render(format: "cfmt", package: wire, options: ["n": "\(i)"]) }
            }
            return try await group.reduce(into: [[UInt8]]()) { $0.append($1) }
        }
        #expect(Set(outputs).count == 32)
        #expect(try Self.releaseCalls(path) == 32)
    }
}
