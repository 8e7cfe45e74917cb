import BidKitModel
import BidKitPluginHost
import BidKitTestSupport
import Foundation
import Testing

/// Libraries that must be reported, never loaded and never allowed to crash the host.
@Suite struct LoadFailureTests {
    @Test func garbageFileIsNotASharedLibrary() throws {
        let tmp = try TemporaryDirectory()
        let path = tmp.path + "/bogus.so"
        try Data((0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37) }).write(to: URL(fileURLWithPath: path))

        let failure = try #require(PluginLoader.load(path).failure)
        #expect(failure.path == path)
        #expect(failure.reason.hasPrefix("cannot be loaded as a shared library: "))
        #expect(failure.reason.count > "cannot be loaded as a shared library: ".count)  // dlerror's text follows
        #expect(failure.description == "\(path): \(failure.reason)")

        let host = PluginHost(searchPath: [tmp.path])
        #expect(host.plugins.isEmpty)
        #expect(host.failures.map(\.path) == [path])
    }

    @Test func libraryWithoutEntrySymbol() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin(entrySymbol: "some_other_function").build(in: tmp.path)
        let failure = try #require(PluginLoader.load(path).failure)
        #expect(failure.reason.contains("no entry symbol 'bidkit_plugin_entry'"))
    }

    @Test func wrongABIVersionNamesBothVersions() throws {
        let tmp = try TemporaryDirectory()
        // Only abi_version is valid: everything after it is garbage the host must not read.
        let path = try CPlugin(abiVersion: "99u", name: "(const char *)0x10", render: "(bidkit_render_fn)0x20")
            .build(in: tmp.path)
        let failure = try #require(PluginLoader.load(path).failure)
        #expect(failure.reason == "ABI version 99, this host speaks 1…3")
    }

    @Test func entryReturningNull() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin(entryReturnValue: "NULL").build(in: tmp.path)
        #expect(PluginLoader.load(path).failure?.reason == "the entry point returned a NULL descriptor")
    }

    @Test func misalignedDescriptorIsRejectedWithoutReadingIt() throws {
        let tmp = try TemporaryDirectory()
        var plugin = CPlugin()
        plugin.entryReturnValue = "(const bidkit_plugin_descriptor *)((const char *)&descriptor + 1)"
        let path = try plugin.build(in: tmp.path)
        #expect(PluginLoader.load(path).failure?.reason == "the entry point returned a misaligned descriptor pointer")
    }

    @Test func wireFormatVersionMustMatch() throws {
        let tmp = try TemporaryDirectory()
        let path = try CPlugin(wireVersion: "\(PackageWire.majorVersion + 1)").build(in: tmp.path)
        let reason = try #require(PluginLoader.load(path).failure?.reason)
        #expect(reason.contains("wire format version \(PackageWire.majorVersion + 1)"))
        #expect(reason.contains("this host writes \(PackageWire.majorVersion)"))
    }

    /// One C plugin per broken descriptor field, each with the reason the host must give.
    @Test(arguments: [
        (CPlugin(name: "NULL"), "name is NULL"),
        (CPlugin(version: "NULL"), "version is NULL"),
        (CPlugin(name: #""""#), "name '' is empty or contains control characters"),
        (CPlugin(name: #""bad\xff""#), "name is not valid UTF-8"),
        (CPlugin(render: "NULL"), "render is NULL"),
        (CPlugin(release: "NULL"), "release is NULL"),
        (CPlugin(formatCount: "0"), "declares no formats"),
        (CPlugin(formatCount: "65"), "format_count 65 exceeds the limit of 64"),
        (CPlugin(formats: "NULL"), "format_count is 1 but formats is NULL"),
        (CPlugin(formats: "(const bidkit_format *)((const char *)formats + 1)"), "formats is a misaligned pointer"),
        (CPlugin(formatList: #"{NULL, "x", "text/plain"}"#), "formats[0].name is NULL"),
        (CPlugin(formatList: #"{"x", "../../etc/passwd", "text/plain"}"#),
         "formats[0].extension '../../etc/passwd' must be non-empty ASCII letters, digits, '-', '_' or '.'"),
        (CPlugin(formatList: #"{"x", "x", ""}"#), "formats[0].media_type '' is empty or contains control characters"),
        (CPlugin(formatCount: "2", formatList: #"{"x", "x", "a/b"}, {"x", "y", "a/b"}"#), "declares format 'x' twice"),
    ])
    func brokenDescriptorIsRejected(plugin: CPlugin, reason: String) throws {
        let tmp = try TemporaryDirectory()
        let path = try plugin.build(in: tmp.path)
        #expect(PluginLoader.load(path).failure?.reason == reason)
    }

    @Test func pathWithoutSlashIsRefused() {
        // Without a '/', dlopen would search LD_LIBRARY_PATH and could open some other file.
        #expect(PluginLoader.load("libcplugin.so").failure?.reason.contains("without a '/'") == true)
    }
}
