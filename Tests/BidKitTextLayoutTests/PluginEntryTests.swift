import BidKitPluginSDK
import CBidKitPluginABI
import Testing
@testable import TextRenderer

/// The plugin as the host sees it: the exported C entry point, the wire-encoded package and
/// `key=value` option lines — the same bytes must come out as from the Swift interface.
@Suite struct PluginEntryTests {
    @Test func rendersThroughTheCEntryPoint() throws {
        let descriptor = bidkitPluginEntry().assumingMemoryBound(to: bidkit_plugin_descriptor.self).pointee
        #expect(descriptor.abi_version == BIDKIT_PLUGIN_ABI_VERSION)
        #expect(descriptor.format_count == 1)
        let format = try #require(descriptor.formats).pointee
        #expect(String(cString: format.name) == "txt")
        #expect(String(cString: format.media_type) == "text/plain; charset=utf-8")

        let render = try #require(descriptor.render)
        let release = try #require(descriptor.release)
        let wire = PackageWire.encode(SampleBid.package)
        var result = bidkit_render_result(data: nil, length: 0, error: nil)
        let status = wire.withUnsafeBufferPointer { bytes in
            render("txt", bytes.baseAddress, bytes.count, "width=60", &result)
        }
        defer { release(&result) }
        #expect(status == 0)
        let data = try #require(result.data)
        let output = String(decoding: UnsafeBufferPointer(start: data, count: result.length), as: UTF8.self)
        #expect(output == (try renderText(SampleBid.package, options: ["width": "60"])))
    }
}
