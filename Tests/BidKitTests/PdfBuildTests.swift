import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// `bidkit build` with the PDF plugin: missing engine, volumes, signing map.
@Suite("PDF builds, volumes and the signing map")
struct PdfBuildTests {
    static var libreOfficeInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/soffice")
        }
    }

    @Test func withoutLibreOfficePdfFailsWithTheInstallCommandAndTheOtherFormatsAreWritten() throws {
        let p = try TestProject()
        let out = p.root.appendingPathComponent("dist").path
        let empty = try TemporaryDirectory()
        let r = try CLI.run(["build", p.path, "--format", "pdf,txt", "--out", out], environment: ["PATH": empty.path])
        #expect(r.status == 1, "\(r.output)")
        #expect(r.stderr.contains("error: pdf:"))
        #expect(r.stderr.contains("apt-get install libreoffice-writer-nogui"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["mini.txt"])
        let listing = try CLI.run(["plugins"], environment: ["PATH": empty.path])
        #expect(listing.stdout.contains("unavailable for pdf: LibreOffice is not installed"), "\(listing.output)")
    }

    static let volumes = """
        volumes:
          - {name: 商务标, parts: [commercial]}
          - {name: 技术标, parts: [technical]}

        """

    static func twoPartProject() throws -> TestProject {
        let bid = TestProject.bidYAML + """
              - id: technical
                title: 技术部分
                sections:
                  - {id: solution, title: 技术方案, source: sections/letter.md, owner: 周明, due: 2026-12-05, status: done}

            """ + volumes
        return try TestProject(["bid.yaml": bid])
    }

    @Test func volumesProduceOneDocumentEachWithItsOwnContents() throws {
        let p = try Self.twoPartProject()
        let out = p.root.appendingPathComponent("dist").path
        let r = try CLI.run(["build", p.path, "--format", "txt", "--out", out])
        #expect(r.status == 0, "\(r.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out).sorted() == ["mini-商务标.txt", "mini-技术标.txt"])
        let technical = try String(contentsOfFile: out + "/mini-技术标.txt", encoding: .utf8)
        #expect(technical.contains("技术方案"))
        #expect(technical.contains("目录"))
        #expect(!technical.contains("分项报价表"))

        let only = p.root.appendingPathComponent("only").path
        let one = try CLI.run(["build", p.path, "--format", "txt", "--out", only, "--part", "technical"])
        #expect(one.status == 0, "\(one.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: only) == ["mini-技术标.txt"])
        let unknown = try CLI.run(["build", p.path, "--format", "txt", "--out", only, "--volume", "报价文件"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no volume '报价文件'"), "\(unknown.output)")
    }

    @Test func aPartInNoVolumeIsALoadError() throws {
        let p = try TestProject(["bid.yaml": TestProject.bidYAML + "volumes:\n  - {name: 技术标, parts: [commercial, nope]}\n"])
        let r = try CLI.run(["check", p.path])
        #expect(r.status == 2)
        #expect(r.stderr.contains("names part 'nope', which is not in 'parts'"), "\(r.output)")
    }

    /// Every seal block of the Chinese sample has a page in the PDF.
    @Test(.enabled(if: libreOfficeInstalled)) func signingMapGivesEverySealBlockOfTheSampleAPage() throws {
        let folder = TestPaths.packageRoot + "/Samples/substation-video-tender"
        let plugins = (try TestPaths.product("libBidKitPdfRenderer.so").get() as NSString).deletingLastPathComponent
        let pipeline = BuildPipeline(host: PluginHost(searchPath: [plugins]))
        let (maps, warnings) = try pipeline.signingMaps(projectFolder: folder, selection: nil)
        #expect(warnings.isEmpty, "\(warnings)")
        let map = try #require(maps.first)
        let bid = try Assembler.assemble(ProjectLoader.load(folder: folder))
        let sealBlocks = bid.package.signatureBlocks.filter { $0.signature.slots.contains { $0.kind == .seal } }
        let blockEntries = map.entries.filter { $0.placement == "right" }
        #expect(blockEntries.count == sealBlocks.count)
        #expect(blockEntries.allSatisfy { ($0.page ?? 0) > 1 && $0.needs.contains("公章") })
        #expect(map.entries.contains { $0.needs == ["骑缝章"] && $0.pageLabel == "1–\(map.pageCount ?? 0)" })
        let pages = blockEntries.compactMap(\.page)
        #expect(pages == pages.sorted())
    }
}
