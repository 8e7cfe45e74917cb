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
        let coverLines = technical.split(separator: "\n").prefix(4).map { $0.trimmingCharacters(in: .whitespaces) }
        #expect(coverLines.contains("技术标"), "the cover names the volume: \(coverLines)")
        #expect(!technical.contains("分项报价表"))

        let only = p.root.appendingPathComponent("only").path
        let one = try CLI.run(["build", p.path, "--format", "txt", "--out", only, "--part", "technical"])
        #expect(one.status == 0, "\(one.output)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: only) == ["mini-技术标.txt"])
        let unknown = try CLI.run(["build", p.path, "--format", "txt", "--out", only, "--volume", "报价文件"])
        #expect(unknown.status == 2 && unknown.stderr.contains("no volume '报价文件'"), "\(unknown.output)")
    }

    /// A volume keeps a PDF attachment's own file with its page images (the PDF renderer places
    /// its pages), and drops the resources of parts it does not hold.
    @Test func aVolumeKeepsThePdfBehindItsAttachmentPages() {
        let page = AttachmentPages.imageID(pdf: "attachments/a.pdf", page: 1)
        let part = { (id: String, blocks: [Block]) in Part(id: id, title: id, number: "", sections: [Section(id: id + "-s", title: "s", number: "", kind: "markdown", blocks: blocks)]) }
        let package = BidPackage(metadata: PdfBuildTests.metadata,
                                 parts: [part("commercial", [.image(Image(resource: page, alt: "a"))]), part("technical", [.image(Image(resource: "t.png", alt: "t"))])],
                                 resources: [Resource(id: page, mediaType: "image/png", data: [1]), Resource(id: "attachments/a.pdf", mediaType: AttachmentPages.pdfMediaType, data: [2]),
                                             Resource(id: "t.png", mediaType: "image/png", data: [3])])
        let view = VolumeSplitter.view(package, volume: VolumePlan(name: "商务标", parts: ["commercial"], location: SourceLocation(file: "bid.yaml", line: 1, column: 1)))
        #expect(view.resources.map(\.id) == [page, "attachments/a.pdf"])
    }

    static let metadata = Metadata(projectID: "mini", title: "测试项目", language: "zh", tenderNumber: "ZB-1", buyer: "某招标人",
                                   bidder: "某某科技有限公司", date: "2026-12-08")

    /// The Chinese sample's PDF: each certificate page shows the certificate's own text (the issuing
    /// body's address is in no caption, and the page draws no picture), after the qualification list.
    @Test(.enabled(if: libreOfficeInstalled)) func theSamplesCertificatesAreTheirOwnPagesInThePdf() throws {
        let folder = TestPaths.packageRoot + "/Samples/substation-video-tender"
        let out = try TemporaryDirectory()
        let r = try CLI.run(["build", folder, "--format", "pdf", "--out", out.path])
        #expect(r.status == 0, "\(r.output)")
        let pdf = out.path + "/substation-video-2026.pdf"
        let pages = Int(try Subprocess.run(["qpdf", "--show-npages", pdf], timeout: 60).stdout.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        let texts = try (1...max(pages, 1)).map { try Subprocess.run(["pdftotext", "-f", "\($0)", "-l", "\($0)", pdf, "-"], timeout: 60).stdout }
        let list = try #require(texts.firstIndex { $0.contains("资格证明文件") && $0.contains("证书编号") })
        let drawn = Set(try Subprocess.run(["pdfimages", "-list", pdf], timeout: 60).stdout.split(separator: "\n").dropFirst(2)
            .compactMap { Int($0.split(separator: " ").first ?? "") })
        for (number, address) in [("91330108573126481K", "1188 Jiangnan Avenue"), ("05425Q30871R2M", "66 Xueyuan Road"),
                                  ("AF-JD-2024-01318", "9 Fengqi Road"), ("D233065871", "20 Baochu Road"),
                                  ("SIS-2025-SI3-0892", "318 Tianmushan Road"), ("05425S30872R2M", "(OH&S desk)")] {
            let page = try #require(texts.indices.first { texts[$0].contains(address) }, "no page shows \(address)")
            #expect(page > list && texts[page].contains(number), "page \(page + 1): \(texts[page])")
            #expect(!drawn.contains(page + 1), "page \(page + 1) still draws a picture")
        }
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

/// Submission limits, attachments and the DOCX's cached TOC page numbers.
@Suite("submission limits and attachments")
struct SubmissionAndAttachmentTests {
    @Test func aFileOverTheSizeLimitIsAnErrorWithItsSize() throws {
        let bid = TestProject.bidYAML + "submission:\n  formats: [txt]\n  max_file_size: 100B\n"
        let p = try TestProject(["bid.yaml": bid])
        let out = p.root.appendingPathComponent("dist").path
        let r = try CLI.run(["build", p.path, "--format", "txt", "--out", out])
        #expect(r.status == 1, "\(r.output)")
        #expect(r.stderr.range(of: #"error: submission: .*mini\.txt is \d+ bytes, over the platform's limit of 100 bytes"#,
                               options: .regularExpression) != nil, "\(r.stderr)")
        let check = try CLI.run(["check", p.path, "--as-of", "2026-12-01", "--rendered", out + "/mini.txt"])
        #expect(check.status == 1)
        #expect(check.stdout.contains("over the platform's limit of 100 bytes"), "\(check.stdout)")
    }

    @Test(arguments: [("attachments/none.pdf", "not found (looked for"), ("sections/letter.md", "is not a PDF, PNG or JPEG file")])
    func aBadAttachmentIsAnErrorNamingTheFile(_ c: (String, String)) throws {
        let qualification = TestProject.bidYAML.replacingOccurrences(of: "  validity_days: 120\n", with: """
              validity_days: 120
              qualifications:
                - {id: cert, name: 证书, number: C-1, file: \(c.0)}

            """) + "      - {id: quals, title: 资格证明文件, generate: qualification-list, owner: 李娜, due: 2026-12-05, status: done}\n"
        let p = try TestProject(["bid.yaml": qualification])
        // check reports it as a finding in one run (issue 10 item 8); build stops on it.
        let r = try CLI.run(["check", p.path, "--as-of", "2026-12-01"])
        #expect(r.status == 1, "\(r.output)")
        #expect(r.stdout.contains("attachment '\(c.0)'") && r.stdout.contains(c.1), "\(r.stdout)")
        #expect(r.stdout.components(separatedBy: "attachment '\(c.0)'").count == 2, "reported once: \(r.stdout)")
        let build = try CLI.run(["build", p.path, "--format", "txt", "--out", p.path + "/dist"])
        #expect(build.status == 2 && build.stderr.contains("attachment '\(c.0)'") && build.stderr.contains(c.1), "\(build.stderr)")
    }

    @Test(.enabled(if: PdfBuildTests.libreOfficeInstalled)) func certificatesArePlacedAfterTheListAtPrintResolution() throws {
        let folder = TestPaths.packageRoot + "/Samples/substation-video-tender"
        let bid = try Assembler.assemble(ProjectLoader.load(folder: folder), attachmentPages: true)
        let list = try #require(bid.package.sections.first { $0.kind == "qualification-list" })
        let captions = list.blocks.compactMap { block -> String? in
            if case .heading(let h) = block { return h.content.plainText }
            return nil
        }
        #expect(captions.count == 6)
        #expect(captions[1] == "附件：质量管理体系认证证书（ISO 9001:2015）（05425Q30871R2M）")
        let page = try #require(bid.package.resource(id: "attachments/iso9001.pdf.page-1.png"))
        // PNG width, big-endian at byte 16: an A4 page (595.3 pt) at 150 dpi is 1240–1241 px wide, not a 600 dpi 4960.
        let width = page.data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect((1240...1241).contains(width), "\(width)")
        #expect(bid.package.resource(id: "attachments/iso9001.pdf")?.mediaType == AttachmentPages.pdfMediaType, "the PDF travels with its pages")
        #expect(bid.pageReferences.map(\.anchor).first == "attachment-business-license")
        // check assembles without the page images, and with the same headings.
        let checked = try Assembler.assemble(ProjectLoader.load(folder: folder))
        #expect(checked.package.resource(id: "attachments/iso9001.pdf.page-1.png") == nil)
        #expect(checked.package.sections.first { $0.kind == "qualification-list" }?.blocks.filter {
            if case .heading = $0 { return true }
            return false
        }.count == 6)
    }

    @Test(.enabled(if: PdfBuildTests.libreOfficeInstalled)) func theDocxAsDeliveredCarriesTocPageNumbers() throws {
        let p = try TestProject()
        let out = p.root.appendingPathComponent("dist").path
        let r = try CLI.run(["build", p.path, "--format", "docx", "--paginate", "--out", out])
        #expect(r.status == 0, "\(r.output)")
        let xml = try Subprocess.run(["unzip", "-p", out + "/mini.docx", "word/document.xml"], timeout: 30).stdout
        // PAGEREF letter … separate, then the cached number as a run: "1" for the first section.
        #expect(xml.range(of: #"PAGEREF letter \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t[^>]*>1</w:t></w:r>"#,
                          options: .regularExpression) != nil)
        #expect(xml.contains("w:dirty=\"true\""), "Word still refreshes the TOC on open")
    }

    /// A DOCX-only build without `--paginate` skips the layout pass: no LibreOffice run (a fake `soffice`
    /// that would record being started is on PATH), the TOC field left for Word to fill.
    @Test func aDocxOnlyBuildDoesNotStartTheLayoutEngine() throws {
        let p = try TestProject()
        let bin = p.root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let marker = p.root.appendingPathComponent("soffice-started").path
        let fake = bin.appendingPathComponent("soffice")
        try "#!/bin/sh\ntouch '\(marker)'\nexit 1\n".write(to: fake, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fake.path)
        let out = p.root.appendingPathComponent("dist").path
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        let r = try CLI.run(["build", p.path, "--format", "docx", "--out", out], environment: ["PATH": path])
        #expect(r.status == 0, "\(r.output)")
        #expect(FileManager.default.fileExists(atPath: out + "/mini.docx"))
        #expect(!FileManager.default.fileExists(atPath: marker), "the layout engine was started for a DOCX-only build")
    }
}
