import BidKitOOXML
import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Writing an import, starting a project from a tender, and the PDF path's failures.
@Suite("tender import files, init --from-tender, PDF reading")
struct ImportFilesTests {
    static let tender = AnswerKey.samplePath("cn-goods-hospital.docx")

    @Test func anEditedRequirementsFileIsNeverOverwritten() throws {
        let dir = try TemporaryDirectory()
        let result = TenderImporter.importTender(try TenderReader.read(Self.tender))
        #expect(try TenderFiles.write(result, sourceName: "t.docx", into: dir.path).first == .written(dir.path + "/requirements.yaml"))
        // Untouched since the import: the next import may replace it.
        #expect(try TenderFiles.write(result, sourceName: "t.docx", into: dir.path).first == .unchanged(dir.path + "/requirements.yaml"))
        var changed = result
        changed.requirements.removeLast()
        #expect(try TenderFiles.write(changed, sourceName: "t.docx", into: dir.path).first == .written(dir.path + "/requirements.yaml"))
        // Edited by hand: kept, and the draft goes beside it.
        let path = dir.path + "/requirements.yaml"
        let edited = try String(contentsOfFile: path, encoding: .utf8) + "  - requirement: D-01\n    response: comply\n"
        try edited.write(toFile: path, atomically: true, encoding: .utf8)
        let outcome = try TenderFiles.write(result, sourceName: "t.docx", into: dir.path).first
        #expect(outcome == .draftBeside(kept: path, draft: dir.path + "/requirements.draft.yaml"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
        #expect(FileManager.default.fileExists(atPath: dir.path + "/requirements.draft.yaml"))
        // And stays kept on the next import too.
        _ = try TenderFiles.write(result, sourceName: "t.docx", into: dir.path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == edited)
    }

    @Test func importIntoAProjectWritesBesideTheTemplatesRequirements() throws {
        let dir = try TemporaryDirectory()
        let project = dir.path + "/p"
        _ = try ProjectInitializer().run(InitRequest(directory: project, template: "cn-goods", startDay: CalendarDay(year: 2026, month: 12, day: 1)))
        let before = try String(contentsOfFile: project + "/requirements.yaml", encoding: .utf8)
        let r = try CLI.run(["tender", "import", Self.tender, "--into", project])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stderr.contains("requirements.draft.yaml"))
        #expect(try String(contentsOfFile: project + "/requirements.yaml", encoding: .utf8) == before)
    }

    /// Importing again into a project made from the tender: the untouched requirements file would be
    /// replaced, but the new draft lacks the template's F-01 that a section covers, so the project would
    /// not load — the file is kept and the draft goes beside it.
    @Test func aReimportThatWouldBreakTheProjectGoesBeside() throws {
        let dir = try TemporaryDirectory()
        let project = dir.path + "/bid"
        _ = try ProjectInitializer().run(InitRequest(directory: project, template: "cn-goods", startDay: CalendarDay(year: 2026, month: 12, day: 1),
                                                     fromTender: Self.tender))
        let before = try String(contentsOfFile: project + "/requirements.yaml", encoding: .utf8)
        let r = try CLI.run(["tender", "import", Self.tender, "--into", project])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stderr.contains("requirements.draft.yaml"))
        #expect(try String(contentsOfFile: project + "/requirements.yaml", encoding: .utf8) == before)
        _ = try ProjectLoader.load(folder: project)
    }

    /// The Chinese sample gives a project that builds, whose check reports only what a new bid must
    /// still write: TODO fill-ins, responses to the imported clauses, and the price list still at zero.
    @Test func initFromTheChineseTenderBuildsAndChecksOnlyFillIns() throws {
        let dir = try TemporaryDirectory()
        let project = dir.path + "/bid"
        let r = try CLI.run(["init", project, "--template", "cn-goods", "--from-tender", Self.tender, "--as-of", "2026-12-01"])
        #expect(r.status == 0, "\(r.output)")
        let p = try ProjectLoader.load(folder: project)
        #expect(p.tender.number == "CZYY-ZB-2026-0318" && p.tender.buyer == "澄州市第一人民医院" && p.tender.agent == "澄州公正招标咨询有限公司")
        #expect(p.tender.deadline.iso == "2026-12-18T09:30:00+08:00" && p.tender.validityDays == 90 && p.tender.lot == "包1")
        #expect(p.tender.ceiling == Decimal(3_680_000) && p.tender.bidBond == Decimal(50_000) && p.pricing.currency == "CNY")
        #expect(p.info.name == "澄州市第一人民医院智慧病房信息化设备采购项目")
        for d in p.requirements where d.kind == .document {
            #expect(p.sections.contains { $0.covers.contains(d.id) }, "\(d.id) \(d.text)")
        }
        try expectOnlyFillIns(project)
        // Every format but pdf, which needs LibreOffice (.ci/validate-xlsx.sh builds that one too).
        let build = try CLI.run(["build", project, "--format", "docx,html,txt,xlsx,model-json", "--out", dir.path + "/dist"])
        #expect(build.status == 0, "\(build.output)")
    }

    /// `check` on a fresh project lists only what a new bid must still write: the TODO fill-ins, a
    /// response to each imported clause, and the price list.
    func expectOnlyFillIns(_ project: String) throws {
        let check = try CLI.run(["check", project, "--format", "json", "--as-of", "2026-12-01"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(!findings.isEmpty)
        for f in findings {
            let rule = f["rule"] as? String ?? "", message = f["message"] as? String ?? "", code = f["code"] as? String
            let fillIn = rule == "leftovers" || (rule == "mandatory-clauses" && code == "no-response")
                || (rule == "price-ceiling" && code == "abnormally-low" && message.contains(" 0.00"))
            #expect(fillIn, "\(rule): \(message)")
        }
    }

    /// The English RFP into en-proposal, which has no qualification list: a Qualifications section
    /// answers Q-01…Q-04 with a TODO each (before, `check` reported four uncovered qualifications).
    @Test func initFromTheEnglishRFPChecksOnlyFillIns() throws {
        let dir = try TemporaryDirectory()
        let project = dir.path + "/rfp"
        let r = try CLI.run(["init", project, "--template", "en-proposal", "--from-tender", AnswerKey.samplePath("en-rfp-records.docx"),
                             "--as-of", "2026-12-01"])
        #expect(r.status == 0, "\(r.output)")
        let p = try ProjectLoader.load(folder: project)
        let qualifications = p.requirements.filter { $0.kind == .qualification }.map(\.id)
        #expect(qualifications == ["Q-01", "Q-02", "Q-03", "Q-04"])
        let section = try #require(p.sections.first { $0.id == "qualifications" })
        #expect(section.covers == qualifications && section.title == "Qualifications")
        let stub = try String(contentsOfFile: project + "/sections/required/qualifications.md", encoding: .utf8)
        #expect(stub.components(separatedBy: "TODO: evidence").count - 1 == qualifications.count)
        // After the last required document, so the prescribed binding order holds.
        let ids = p.sections.map(\.id)
        #expect(ids.firstIndex(of: "qualifications") == ids.firstIndex(of: "required-d-06").map { $0 + 1 })
        try expectOnlyFillIns(project)
    }

    /// Documents the template lacks get sections in the tender's order: no out-of-order finding.
    @Test func initFromTheEnglishRFPKeepsThePrescribedOrder() throws {
        let dir = try TemporaryDirectory()
        let project = dir.path + "/rfp"
        _ = try ProjectInitializer().run(InitRequest(directory: project, template: "en-proposal", startDay: CalendarDay(year: 2026, month: 12, day: 1),
                                                     fromTender: AnswerKey.samplePath("en-rfp-records.docx")))
        let p = try ProjectLoader.load(folder: project)
        let order = p.sections.flatMap { s in s.covers.filter { $0.hasPrefix("D-") } }
        #expect(order == order.sorted() && order.count == 6)
        #expect(p.sections.contains { $0.id == "required-d-04" && $0.title == "References" })
        let result = Checker.check(try Assembler.assemble(p), asOf: CalendarDay(year: 2026, month: 12, day: 1), rendered: [])
        #expect(!result.findings.contains { $0.rule == "required-documents" }, "\(result.findings.filter { $0.rule == "required-documents" }.map(\.message))")
    }

    @Test func aMissingPdftotextNamesTheInstallCommand() throws {
        let dir = try TemporaryDirectory()
        do {
            _ = try PdfTenderReader.read(URL(fileURLWithPath: AnswerKey.samplePath("cn-goods-hospital.pdf")), display: "t.pdf",
                                         environment: ["PATH": dir.path])
            Issue.record("read without pdftotext")
        } catch let e as LoadError {
            #expect(e.location.file == "t.pdf" && e.message.contains("install it with: apt-get install poppler-utils"), "\(e.message)")
        }
    }

    /// A pdftotext that hangs on a crafted file is stopped at the time limit, and says so.
    @Test func aHangingPdftotextIsStopped() throws {
        let dir = try TemporaryDirectory()
        let fake = dir.path + "/pdftotext"
        try "#!/bin/sh\nsleep 30\n".write(toFile: fake, atomically: true, encoding: .utf8)
        _ = chmod(fake, 0o755)
        let start = Date()
        do {
            _ = try PdfTenderReader.read(URL(fileURLWithPath: AnswerKey.samplePath("cn-goods-hospital.pdf")), display: "t.pdf",
                                         environment: ["PATH": dir.path + ":/usr/bin:/bin"], timeout: 0.5)
            Issue.record("no timeout")
        } catch let e as LoadError {
            #expect(e.message.contains("did not finish within"), "\(e.message)")
        }
        #expect(Date().timeIntervalSince(start) < 10)
    }

    /// A PDF whose page has no text (a scan) gets a message that says so, not an empty import.
    @Test func aScannedPdfWithoutTextIsRefusedClearly() throws {
        if case .failure = PdfTenderReader.pdftotext.locate() { return }
        let dir = try TemporaryDirectory()
        let path = dir.path + "/scan.pdf"
        try Data(Self.emptyPagePDF.utf8).write(to: URL(fileURLWithPath: path))
        do { _ = try TenderReader.read(path); Issue.record("read") } catch let e as LoadError {
            #expect(e.message.contains("no text layer"))
        }
    }

    /// One A4 page, no content stream text: what a scanner's image-only PDF gives pdftotext.
    static var emptyPagePDF: String {
        let objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"]
        var out = "%PDF-1.4\n", offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n" + offsets.map { String(format: "%010d 00000 n \n", $0) }.joined()
        return out + "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
    }

    /// A hostile .docx tender meets the shared OOXML reader's hardening: a DTD is refused before any
    /// entity is declared, a part past the tender limit is not inflated.
    @Test func hostileDocxTendersAreRefused() throws {
        let dir = try TemporaryDirectory()
        let dtd = #"<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/hostname">]>"#
            + #"<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>"#
        let huge = [UInt8](repeating: 0x20, count: (64 << 20) + 1)
        for (name, document) in [("dtd.docx", Array(dtd.utf8)), ("huge.docx", huge)] {
            let path = dir.path + "/" + name
            try Data(try ZipWriter.write([.init(name: "word/document.xml", data: document)])).write(to: URL(fileURLWithPath: path))
            do { _ = try TenderReader.read(path); Issue.record("\(name) read") } catch let e as LoadError {
                #expect(e.location.file == path)
                #expect(name == "dtd.docx" ? e.message.contains("DTD") : e.message.contains("MiB"), "\(e.message)")
            }
        }
    }

    @Test func notATenderFile() throws {
        let dir = try TemporaryDirectory()
        for (name, bytes) in [("x.docx", "not a zip"), ("x.doc", "\u{D0}"), ("x.txt", "hello")] {
            let path = dir.path + "/" + name
            try Data(bytes.utf8).write(to: URL(fileURLWithPath: path))
            #expect(throws: LoadError.self) { try TenderReader.read(path) }
        }
        let r = try CLI.run(["tender", "import", dir.path + "/x.docx", "--out", dir.path])
        #expect(r.status == 2 && r.stderr.contains("x.docx") && !FileManager.default.fileExists(atPath: dir.path + "/requirements.yaml"))
    }
}
