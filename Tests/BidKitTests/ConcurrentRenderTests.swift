import BidKitPluginHost
import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 13 item 4: formats of different plugins render at the same time, and the files are the
/// same bytes as when each format is built alone.
@Suite("Formats render concurrently")
struct ConcurrentRenderTests {
    static var host: PluginHost {
        get throws {
            let plugins = (try TestPaths.product("libBidKitTextRenderer.so").get() as NSString).deletingLastPathComponent
            return PluginHost(searchPath: [plugins])
        }
    }

    @Test func oneGroupPerPluginInRequestOrder() throws {
        let groups = RenderGroups(["txt", "docx", "model-json", "html", "txt"], host: try Self.host)
        // The two txt share their plugin's group, so one plugin is never entered from two threads.
        #expect(groups.groups == [[0, 4], [1], [2], [3]])
    }

    /// Two groups run at the same time: each waits for the other to start, which a sequential run
    /// would never see.
    @Test(.enabled(if: ProcessInfo.processInfo.activeProcessorCount > 1))
    func groupsOverlapInTime() throws {
        let started = ["txt": DispatchSemaphore(value: 0), "html": DispatchSemaphore(value: 0)]
        let results = RenderGroups(["txt", "html"], host: try Self.host).render { format -> Bool in
            started[format]?.signal()
            let other = format == "txt" ? "html" : "txt"
            let overlapped = started[other]?.wait(timeout: .now() + 20) == .success
            started[other]?.signal()
            return overlapped
        }
        #expect(results.map(\.format) == ["txt", "html"])
        let overlapped = results.map(\.result)
        #expect(overlapped == [true, true], "the formats rendered one after the other")
    }

    @Test(arguments: SampleTests.samples)
    func togetherTheBytesAreTheSameAsAlone(_ name: String) throws {
        let formats = ["docx", "html", "txt"]
        let together = try TemporaryDirectory()
        let folder = SampleTests.folder(name)
        let r = try CLI.run(["build", folder, "--format", formats.joined(separator: ","), "--out", together.path])
        #expect(r.status == 0, "\(r.output)")
        let id = try ProjectLoader.load(folder: folder).info.id
        for format in formats {
            let alone = try TemporaryDirectory()
            let one = try CLI.run(["build", folder, "--format", format, "--out", alone.path])
            #expect(one.status == 0, "\(one.output)")
            let a = try Data(contentsOf: URL(fileURLWithPath: together.path + "/\(id).\(format)"))
            let b = try Data(contentsOf: URL(fileURLWithPath: alone.path + "/\(id).\(format)"))
            #expect(a == b, "\(name).\(format) differs when built with the other formats")
        }
    }
}
