import BidKitPluginHost
import BidKitTestSupport
import Foundation
import Testing

@Suite struct SearchPathTests {
    @Test func orderIsExplicitThenEnvironmentThenDefaults() {
        let path = PluginSearchPath.resolve(
            explicit: ["/opt/a", "rel/b"],
            environment: ["BIDKIT_PLUGIN_PATH": "/env/c:/env/d", "PATH": "/usr/bin"],
            executableDirectory: "/usr/local/bin")
        #expect(path == ["/opt/a", "rel/b", "/env/c", "/env/d", "/usr/local/bin", "/usr/local/lib/bidkit/plugins"])
    }

    @Test func emptyEnvironmentEntriesAreIgnored() {
        let path = PluginSearchPath.resolve(
            explicit: [], environment: ["BIDKIT_PLUGIN_PATH": ":/x::/y:"], executableDirectory: nil)
        #expect(path == ["/x", "/y"])
        #expect(PluginSearchPath.resolve(explicit: [], environment: ["BIDKIT_PLUGIN_PATH": ""], executableDirectory: nil).isEmpty)
    }

    @Test func repeatedDirectoriesKeepTheirFirstPosition() {
        let path = PluginSearchPath.resolve(
            explicit: ["/p", "/q"], environment: ["BIDKIT_PLUGIN_PATH": "/q:/p:/r"], executableDirectory: "/p")
        #expect(path == ["/p", "/q", "/r", "/lib/bidkit/plugins"])
    }

    @Test func executableDirectoryIsThisTestBinarysDirectory() throws {
        let dir = try #require(PluginSearchPath.executableDirectory)
        let exe = try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
        #expect(dir == (exe as NSString).deletingLastPathComponent)
    }

    @Test func missingDirectoriesAreSkippedSilentlyButKept() throws {
        let tmp = try TemporaryDirectory()
        let missing = tmp.path + "/does-not-exist"
        let host = PluginHost(searchPath: [missing, tmp.path])
        #expect(host.searchPath == [missing, tmp.path])
        #expect(host.plugins.isEmpty)
        #expect(host.failures.isEmpty)
        #expect(host.formats.isEmpty)
        #expect(host.plugin(for: "txt") == nil)
    }

    @Test func aFileOnTheSearchPathIsReported() throws {
        let tmp = try TemporaryDirectory()
        let file = tmp.path + "/plugins"
        try Data().write(to: URL(fileURLWithPath: file))
        let host = PluginHost(searchPath: [file])
        #expect(host.failures.map(\.description) == ["\(file): on the plugin search path but not a directory"])
    }

    @Test func onlySharedLibraryFilesDirectlyInTheDirectoryAreTried() throws {
        let tmp = try TemporaryDirectory()
        let dir = try tmp.subdirectory("plugins")
        try CPlugin().build(in: try tmp.subdirectory("plugins/nested"))  // not searched
        try CPlugin().build(in: dir, fileName: "libcplugin.so.1")          // wrong suffix
        try Data("notes".utf8).write(to: URL(fileURLWithPath: dir + "/README.txt"))
        try FileManager.default.createDirectory(atPath: dir + "/dir.so", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: dir + "/dangling.so", withDestinationPath: dir + "/gone.so")
        let host = PluginHost(searchPath: [dir])
        #expect(host.plugins.isEmpty)
        #expect(host.failures.map(\.description) == ["\(dir)/dangling.so: symbolic link to a missing file"])
    }

    @Test func sameFileReachedTwiceLoadsOnce() throws {
        let tmp = try TemporaryDirectory()
        let dir = try tmp.subdirectory("real")
        let library = try CPlugin().build(in: dir)
        let linkDir = tmp.path + "/link"
        try FileManager.default.createSymbolicLink(atPath: linkDir, withDestinationPath: dir)
        try FileManager.default.createSymbolicLink(atPath: dir + "/libalias.so", withDestinationPath: library)
        let host = PluginHost(searchPath: [dir, linkDir])
        #expect(host.plugins.map(\.path) == [dir + "/libalias.so"])  // sorted: libalias before libcplugin
        #expect(host.failures.isEmpty)
    }

    @Test func duplicateNameIsAFailureAndEarlierDirectoryWins() throws {
        let tmp = try TemporaryDirectory()
        let first = try CPlugin(version: #""1.0.0""#).build(in: try tmp.subdirectory("first"))
        let second = try CPlugin(version: #""2.0.0""#).build(in: try tmp.subdirectory("second"))
        let host = PluginHost(searchPath: [tmp.path + "/first", tmp.path + "/second"])
        #expect(host.plugins.map(\.path) == [first])
        #expect(host.plugins.first?.version == "1.0.0")
        #expect(host.failures.map(\.description) == ["\(second): duplicate plugin 'cplugin', already loaded from \(first)"])
    }

    @Test func earlierDirectoriesShadowLaterOnesPerFormat() throws {
        let tmp = try TemporaryDirectory()
        let both = #"{"shared", "s", "text/plain"}, {"alpha", "a", "text/plain"}"#
        let early = try CPlugin(name: #""early""#, formatCount: "2", formatList: both).build(in: try tmp.subdirectory("1"))
        let late = try CPlugin(name: #""late""#, formatCount: "2", formatList: #"{"shared", "s", "text/plain"}, {"zulu", "z", "text/plain"}"#)
            .build(in: try tmp.subdirectory("2"))
        let host = PluginHost(searchPath: [tmp.path + "/1", tmp.path + "/2"])
        #expect(host.failures.isEmpty)
        #expect(host.plugin(for: "shared")?.path == early)
        #expect(host.plugins(for: "shared").map(\.path) == [early, late])
        #expect(host.plugin(for: "zulu")?.path == late)
        #expect(host.formats == ["alpha", "shared", "zulu"])
        #expect(host.plugin(for: "pdf") == nil)
    }

    @Test func badFilesDoNotHideGoodOnes() throws {
        let tmp = try TemporaryDirectory()
        try Data([0x7F, 0x45, 0x4C, 0x46, 0, 0]).write(to: URL(fileURLWithPath: tmp.path + "/libaaa.so"))  // truncated ELF
        try CPlugin(abiVersion: "99u").build(in: tmp.path, fileName: "libbbb.so")
        let good = try CPlugin().build(in: tmp.path, fileName: "libccc.so")
        let host = PluginHost(searchPath: [tmp.path])
        #expect(host.plugins.map(\.path) == [good])
        #expect(host.failures.map(\.path) == [tmp.path + "/libaaa.so", tmp.path + "/libbbb.so"])
    }
}
