import BidKitTestSupport
import Foundation
import Testing
@testable import BidKitPluginHost

/// ABI 2 against ABI 1: old plugins keep loading; the probe reports an unavailable engine.
@Suite("plugin ABI versions")
struct AbiVersionTests {
    @Test func aVersionOnePluginStillLoadsAndRendersAndIsAlwaysAvailable() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin(abiVersion: "1u", descriptorType: "bidkit_plugin_descriptor_v1").build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()
        #expect(plugin.abiVersion == 1)
        #expect(plugin.unavailableReason(format: "cfmt") == nil)
        #expect(!plugin.paginates)
        let out = try plugin.render(format: "cfmt", package: [1, 2, 3], options: [:])
        #expect(String(decoding: out, as: UTF8.self).hasPrefix("format=cfmt bytes=3"))
    }

    @Test func aProbeThatFailsMakesTheFormatUnavailableWithItsMessage() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin(abi2Fields: ", probe_missing, NULL").build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()
        #expect(plugin.abiVersion == 2)
        #expect(plugin.unavailableReason(format: "cfmt") == "the engine for this format is missing; install it with: apt-get install engine")
        #expect(try plugin.paginate(format: "cfmt", package: [], options: [:]) == nil)
    }
}
