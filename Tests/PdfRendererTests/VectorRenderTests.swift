import BidKitExternalTools
import BidKitPluginSDK
import BidKitTestSupport
import Foundation
import Testing
@testable import PdfWriter

/// A bid with one certificate, rendered through LibreOffice, poppler and qpdf.
@Suite("PDF attachment pages, rendered")
struct VectorRenderTests {
    static var installed: Bool { PdfWriterTests.installed }
    static let certificate = TestPaths.packageRoot + "/Samples/substation-video-tender/attachments/business-license.pdf"
    /// Text of the certificate that is in no caption: the issuing body's address.
    static let issuerAddress = "1188 Jiangnan Avenue"

    /// The caption and the picture of each page, as the core assembles them; with the PDF itself
    /// unless `withSource` is false (then only pictures can be drawn).
    static func package(_ pdf: [UInt8], withSource: Bool = true) throws -> BidPackage {
        let id = "attachments/cert.pdf"
        let pictures = try Poppler().rasterize(pdf, dpi: 150, maxPages: 40)
        var blocks: [Block] = [.heading(Heading(level: 3, number: "", anchor: "attachment-cert", content: [.text("附件：营业执照（91330108573126481K）")]))]
        var resources: [Resource] = []
        for (i, png) in pictures.enumerated() {
            blocks.append(.image(Image(resource: AttachmentPages.imageID(pdf: id, page: i + 1), alt: "营业执照")))
            resources.append(Resource(id: AttachmentPages.imageID(pdf: id, page: i + 1), mediaType: "image/png", data: png))
        }
        if withSource { resources.append(Resource(id: id, mediaType: AttachmentPages.pdfMediaType, data: pdf)) }
        var package = PdfWriterTests.package
        package.parts[0].sections.append(Section(id: "quals", title: "资格证明文件", number: "二、", kind: "qualification-list", blocks: blocks))
        package.resources = resources
        return package
    }

    struct Rendered {
        let bytes: [UInt8]
        let dir: TemporaryDirectory
        var path: String { dir.path + "/out.pdf" }
        init(_ bytes: [UInt8]) throws {
            self.bytes = bytes
            dir = try TemporaryDirectory()
            try Data(bytes).write(to: URL(fileURLWithPath: dir.path + "/out.pdf"))
        }
        func run(_ args: [String]) throws -> String { try Subprocess.run(args + [path], timeout: 60).stdout }
        func text(page: Int) throws -> String { try Subprocess.run(["pdftotext", "-f", "\(page)", "-l", "\(page)", path, "-"], timeout: 60).stdout }
        var pages: Int { (try? run(["pdfinfo"]))?.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.dropFirst(6).trimmingCharacters(in: .whitespaces)) } ?? 0 }
        /// Pages on which `pdfimages -list` shows an image drawn.
        var pagesWithImages: Set<Int> { Set(((try? run(["pdfimages", "-list"])) ?? "").split(separator: "\n").dropFirst(2).compactMap { Int($0.split(separator: " ").first ?? "") }) }
    }

    static func certificatePage(_ r: Rendered) throws -> Int? {
        try (1...max(1, r.pages)).first { try r.text(page: $0).contains(issuerAddress) }
    }

    @Test(.enabled(if: installed)) func theCertificateIsItsOwnPageTextIntactAndTheFileSmaller() throws {
        let pdf = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.certificate)))
        let writer = PdfWriter()
        let vector = try Rendered(writer.render(Self.package(pdf), format: "pdf", options: [:]))
        let pictures = try Rendered(writer.render(Self.package(pdf, withSource: false), format: "pdf", options: [:]))
        // The certificate's own words (no caption has the issuer's address) on a page with no picture.
        let page = try #require(try Self.certificatePage(vector), "the certificate's text is not in the PDF")
        #expect(try vector.text(page: page).contains("91330108573126481K"))
        #expect(!vector.pagesWithImages.contains(page))
        #expect(try Self.certificatePage(pictures) == nil, "a picture carries no text")
        #expect(pictures.pagesWithImages.contains(page))
        #expect(vector.bytes.count < pictures.bytes.count, "\(vector.bytes.count) bytes, pictures \(pictures.bytes.count)")
        // LibreOffice's pages stay: same count, same named destinations (the page map), same properties.
        #expect(vector.pages == pictures.pages)
        #expect(try vector.run(["pdfinfo", "-dests"]) == pictures.run(["pdfinfo", "-dests"]))
        #expect(try vector.run(["pdfinfo"]).contains("Author:          某某科技有限公司"))
        #expect(try Subprocess.run(["qpdf", "--check", vector.path], timeout: 60).status == 0)
        #expect(try writer.render(Self.package(pdf), format: "pdf", options: [:]) == vector.bytes, "two renders differ")
    }

    /// A certificate whose fonts are not embedded (a viewer would substitute them, a platform may
    /// refuse the file) keeps its picture.
    @Test(.enabled(if: installed)) func aCertificateWithFontsNotEmbeddedKeepsItsPicture() throws {
        let rendered = try Rendered(PdfWriter().render(Self.package(Self.helveticaCertificate()), format: "pdf", options: [:]))
        #expect(try (1...rendered.pages).allSatisfy { try !rendered.text(page: $0).contains("Base-14 Street") })
        #expect(rendered.pagesWithImages.count == 1)
    }

    /// A file far heavier than its pictures (a 600 dpi scan, here padding) keeps its pictures.
    @Test(.enabled(if: installed)) func aCertificateMuchLargerThanItsPictureKeepsThePicture() throws {
        let pdf = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.certificate))) + Array(("%" + String(repeating: "x", count: 2 << 20) + "\n").utf8)
        let rendered = try Rendered(PdfWriter().render(Self.package(pdf), format: "pdf", options: [:]))
        #expect(try Self.certificatePage(rendered) == nil)
        #expect(rendered.pagesWithImages.count == 1)
    }

    /// Every other engine on PATH, qpdf not: unavailable, naming qpdf and its package.
    @Test func withoutQpdfTheRendererIsUnavailableAndNamesIt() throws {
        let bin = try TemporaryDirectory()
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for tool in ["soffice", "pdfinfo", "pdfimages", "pdffonts", "pdftoppm", "fc-match"] {
            guard case .success(let found) = ExternalTool(command: tool, product: tool, packages: []).locate(environment: ["PATH": path]) else { continue }
            try FileManager.default.createSymbolicLink(atPath: bin.path + "/" + tool, withDestinationPath: found)
        }
        let reason = try #require(PdfWriter(environment: ["PATH": bin.path]).unavailableReason(format: "pdf"))
        #expect(reason.contains("qpdf is not installed (no 'qpdf' on PATH); install it with: apt-get install qpdf"), "\(reason)")
        if Self.installed { #expect(!reason.contains("soffice") && !reason.contains("poppler"), "\(reason)") }
    }

    /// One page in base-14 Helvetica, not embedded, as simple generators write it.
    static func helveticaCertificate() -> [UInt8] {
        let content = "BT /F1 14 Tf 72 760 Td (Business License, 7 Base-14 Street) Tj ET"
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                       "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
        var out = "%PDF-1.4\n", offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(repeating: "0", count: 10 - String($0).count) + "\($0) 00000 n \n" }.joined()
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
