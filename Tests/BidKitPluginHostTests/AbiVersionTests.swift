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
        let path = try CPlugin(abiVersion: "2u", descriptorType: "bidkit_plugin_descriptor_v2", abi2Fields: ", probe_missing, NULL").build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()
        #expect(plugin.abiVersion == 2)
        #expect(plugin.options.isEmpty && !plugin.declaresOptions)
        #expect(plugin.unavailableReason(format: "cfmt") == "the engine for this format is missing; install it with: apt-get install engine")
        #expect(try plugin.paginate(format: "cfmt", package: [], options: [:]) == nil)
    }

    /// ABI 3 (issue 15 item 6): the descriptor declares the options the plugin reads.
    @Test func aVersionThreePluginDeclaresItsOptions() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin(abi2Fields: ", NULL, NULL, 2, options").build(in: tmp.path)
        let plugin = try PluginLoader.load(path).get()
        #expect(plugin.abiVersion == 3 && plugin.declaresOptions)
        #expect(plugin.options == [PluginOption(name: "width", kind: .integer, description: "columns"),
                                   PluginOption(name: "mode", kind: .choice(["fast", "slow"]), description: "how")])
        #expect(plugin.options[0].problem(with: "60") == nil)
        #expect(plugin.options[0].problem(with: "6O") == "option width expects whole number, got '6O'")
        #expect(plugin.options[1].problem(with: "medium") == "option mode expects fast | slow, got 'medium'")
    }

    @Test func aBrokenOptionDeclarationIsALoadFailure() throws {
        let tmp = try TemporaryDirectory()
        let bad = try CPlugin(abi2Fields: ", NULL, NULL, 1, options", optionList: #"{"width", "colour", NULL, "x"}"#).build(in: tmp.path)
        guard case .failure(let f) = PluginLoader.load(bad) else { Issue.record("loaded"); return }
        #expect(f.reason.contains("options[0].type 'colour'"))
        let null = try CPlugin(abi2Fields: ", NULL, NULL, 3, NULL").build(in: tmp.path, fileName: "libnull.so")
        guard case .failure(let g) = PluginLoader.load(null) else { Issue.record("loaded"); return }
        #expect(g.reason.contains("option_count is 3 but options is NULL"))
    }
}
