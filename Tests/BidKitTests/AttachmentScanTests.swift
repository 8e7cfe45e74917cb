import BidKitExternalTools
import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// PNG and JPEG scans: embedded as they are up to the pixels a print needs, downsampled above.
@Suite("attachment scans")
struct AttachmentScanTests {
    static var graphicsMagickInstalled: Bool { ExternalTool.graphicsMagick.locate().map { _ in true }.get(or: false) }

    /// A project whose one qualification's copy is `attachments/<file>`.
    static func project(file: String, bytes: [UInt8]) throws -> TestProject {
        let bid = TestProject.bidYAML.replacingOccurrences(of: "  validity_days: 120\n", with: """
              validity_days: 120
              qualifications:
                - {id: cert, name: 证书, number: C-1, file: attachments/\(file)}

            """) + "      - {id: quals, title: 资格证明文件, generate: qualification-list, owner: 李娜, due: 2026-12-05, status: done}\n"
        let p = try TestProject(["bid.yaml": bid])
        try p.writeBytes("attachments/" + file, bytes)
        return p
    }

    /// A picture drawn by GraphicsMagick: white with a black bar, `width` × `height` pixels.
    static func picture(_ name: String, width: Int, height: Int, in dir: TemporaryDirectory) throws -> [UInt8] {
        let path = dir.path + "/" + name
        let r = try Subprocess.run(["gm", "convert", "-size", "\(width)x\(height)", "xc:white", "-fill", "black",
                                    "-draw", "rectangle 10,10 \(width / 2),\(height / 3)", "-depth", "8", path], timeout: 120)
        #expect(r.status == 0, "\(r.output)")
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    static func placed(_ p: TestProject, _ file: String) throws -> Resource {
        try #require(try Assembler.assemble(p.load(), attachmentPages: true).package.resource(id: "attachments/" + file))
    }

    @Test(.enabled(if: graphicsMagickInstalled), arguments: ["scan.png", "scan.jpg"])
    func aScanLargerThanAPrintNeedsIsDownsampledKeepingItsProportions(_ file: String) throws {
        let dir = try TemporaryDirectory()
        let p = try Self.project(file: file, bytes: try Self.picture(file, width: 3000, height: 4000, in: dir))
        let resource = try Self.placed(p, file)
        let size = try #require(PixelSize.of(resource.data))
        #expect(size.pixels <= Attachments.maxPixels && size.pixels > Attachments.maxPixels * 95 / 100, "\(size)")
        #expect(abs(Double(size.width) / Double(size.height) - 0.75) < 0.002, "\(size)")
        #expect(resource.mediaType == (file.hasSuffix(".png") ? "image/png" : "image/jpeg"))
        #expect(try Self.placed(p, file).data == resource.data, "two builds give different pictures")
    }

    @Test(.enabled(if: graphicsMagickInstalled)) func aScanNoLargerThanAPrintNeedsIsEmbeddedAsItIs() throws {
        let dir = try TemporaryDirectory()
        let bytes = try Self.picture("small.png", width: 1200, height: 1600, in: dir)
        #expect(try Self.placed(try Self.project(file: "small.png", bytes: bytes), "small.png").data == bytes)
    }

    /// Only the header is read before GraphicsMagick is needed: a big picture without it is an
    /// error naming the file, the program and its install command; a small one needs no tool.
    @Test func withoutGraphicsMagickABigScanIsAnErrorNamingIt() throws {
        let empty = try TemporaryDirectory()
        let big = try Self.project(file: "big.png", bytes: pngBytes(width: 4960, height: 7016))
        let r = try CLI.run(["build", big.path, "--format", "txt", "--out", big.path + "/dist"], environment: ["PATH": empty.path])
        #expect(r.status == 2, "\(r.output)")
        #expect(r.stderr.contains("attachment 'attachments/big.png' is a 4960 × 7016 pixel picture"), "\(r.stderr)")
        #expect(r.stderr.contains("GraphicsMagick is not installed (no 'gm' on PATH); install it with: apt-get install graphicsmagick"))
        let small = try Self.project(file: "small.png", bytes: pngBytes(width: 1240, height: 1754))
        let ok = try CLI.run(["build", small.path, "--format", "txt", "--out", small.path + "/dist"], environment: ["PATH": empty.path])
        #expect(ok.status == 0, "\(ok.output)")
    }

    @Test func aPictureOfMoreThan150MegapixelsIsRefusedBeforeAnyToolDecodesIt() throws {
        let p = try Self.project(file: "huge.png", bytes: pngBytes(width: 20000, height: 10000))
        let error = loadError { _ = try Assembler.assemble(p.load(), attachmentPages: true) }
        #expect(error?.message.contains("20000 × 10000 pixel picture (limit 150 megapixels)") == true, "\(String(describing: error))")
    }
}

private extension Result {
    func get(or fallback: Success) -> Success { (try? get()) ?? fallback }
}
