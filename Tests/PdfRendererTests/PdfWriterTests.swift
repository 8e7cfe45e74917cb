import BidKitExternalTools
import BidKitPluginSDK
import BidKitTestSupport
import Foundation
import Testing
@testable import PdfWriter

/// The PDF renderer against its engines: missing, hanging and real.
@Suite("PDF writer")
struct PdfWriterTests {
    static let package = BidPackage(
        metadata: Metadata(projectID: "mini", title: "测试项目", language: "zh", tenderNumber: "ZB-1", buyer: "某招标人",
                           bidder: "某某科技有限公司", date: "2026-12-08"),
        parts: [Part(id: "commercial", title: "商务部分", number: "第一章", sections: [
            Section(id: "letter", title: "投标函", number: "一、", kind: "markdown", blocks: [
                .paragraph(Paragraph([.text("我方愿意投标。")])),
                .signature(Signature(slots: [.init(kind: .seal, label: "投标人（盖章）", value: "某某科技有限公司")])),
            ]),
        ])])

    static var installed: Bool { PdfEngines.missing(environment: ProcessInfo.processInfo.environment).isEmpty }

    @Test func withoutLibreOfficeOnPathItIsUnavailableAndNamesTheInstallCommand() throws {
        let empty = try TemporaryDirectory()
        let writer = PdfWriter(environment: ["PATH": empty.path])
        let reason = try #require(writer.unavailableReason(format: "pdf"))
        #expect(reason.contains("no 'soffice' on PATH"))
        #expect(reason.contains("apt-get install libreoffice-writer-nogui"))
        #expect(reason.contains("poppler-utils"))
        #expect(throws: RenderError.self) { try writer.render(Self.package, format: "pdf", options: [:]) }
    }

    /// A fake `soffice` that hangs: the conversion is killed at the time limit, together with what
    /// it started, and nothing is returned.
    @Test(.enabled(if: installed)) func aHangingConversionIsKilledAtTheTimeLimit() throws {
        let bin = try TemporaryDirectory()
        let pidFile = bin.path + "/child.pid"
        // A distinctive argument tells our sleep from a later process that reuses its pid.
        let script = "#!/bin/sh\nsleep 61.2345 &\necho $! > \(pidFile)\nwait\n"
        try script.write(toFile: bin.path + "/soffice", atomically: true, encoding: .utf8)
        chmod(bin.path + "/soffice", 0o755)
        let path = bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin")
        let writer = PdfWriter(environment: ["PATH": path])
        let started = Date()
        do {
            _ = try writer.render(Self.package, format: "pdf", options: ["pdf_timeout": "1"])
            Issue.record("a hanging soffice produced a PDF")
        } catch {
            #expect("\(error)".contains("did not finish within 1 s"), "\(error)")
        }
        #expect(Date().timeIntervalSince(started) < 15)
        let pid = try #require(Int32(String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        // Gone, a zombie waiting for init to reap it, or its pid already reused: no longer running.
        // SIGKILL is delivered at once but a process on a loaded machine can show state R for a moment
        // before it exits, so the check allows it a few seconds (a 61 s sleep that survived would not end).
        var running = true, state = ""
        for _ in 0..<50 where running {
            let cmdline = (try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8)) ?? ""
            state = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8))?.split(separator: " ").dropFirst(2).first.map(String.init) ?? ""
            running = cmdline.contains("61.2345") && state != "Z"
            if running { usleep(100_000) }
        }
        #expect(!running, "the grandchild 'sleep' outlived the timeout (state \(state))")
    }

    @Test(.enabled(if: installed)) func realConversionIsReproducibleAndCarriesProperties() throws {
        let writer = PdfWriter()
        let a = try writer.render(Self.package, format: "pdf", options: [:])
        let b = try writer.render(Self.package, format: "pdf", options: [:])
        #expect(a == b, "two renders of the same package differ")
        let dir = try TemporaryDirectory()
        try Data(a).write(to: URL(fileURLWithPath: dir.path + "/out.pdf"))
        let info = try Subprocess.run(["pdfinfo", dir.path + "/out.pdf"], timeout: 30).stdout
        #expect(info.contains("Title:           测试项目"))
        #expect(info.contains("Author:          某某科技有限公司"))
        #expect(info.contains("CreationDate:    Tue Dec  8 00:00:00 2026 UTC"))
        let map = try writer.paginate(Self.package, format: "pdf", options: [:])
        #expect(map["letter"]?.label == "1")
        #expect(map[Signature.anchor(1)]?.page == map["letter"]?.page)
    }

    /// Two conversions at the same moment: each has its own LibreOffice profile, neither waits for
    /// or talks to the other, and both give the same bytes.
    @Test(.enabled(if: installed)) func concurrentConversionsDoNotShareAProfile() throws {
        let writer = PdfWriter()
        let results = ResultSlots(Array(repeating: .success([]), count: 2))
        DispatchQueue.concurrentPerform(iterations: 2) { i in
            let r = Result { try writer.render(Self.package, format: "pdf", options: [:]) }
            results.set(i, r)
        }
        let a = try results.value[0].get(), b = try results.value[1].get()
        #expect(!a.isEmpty && a == b)
    }

    @Test func reproducibleRewritesOnlyDateIdAndChecksumInPlace() throws {
        let pdf = Array("%PDF-1.6\nbody\n<</CreationDate(D:20991231235959Z')>>\ntrailer\n<</ID [ <0123456789ABCDEF0123456789ABCDEF>\n<0123456789ABCDEF0123456789ABCDEF> ]\n/DocChecksum /0123456789ABCDEF0123456789ABCDEF\n>>\n%%EOF\n".utf8)
        let out = try PDFBytes.reproducible(pdf, date: "2026-12-08")
        #expect(out.count == pdf.count)
        let text = String(decoding: out, as: UTF8.self)
        #expect(text.contains("/CreationDate(D:20261208000000Z')"))
        #expect(!text.contains("0123456789ABCDEF"))
        #expect(try PDFBytes.reproducible(out, date: "2026-12-08") == out)
    }
}

/// Results written from concurrentPerform's threads, one slot each, under a lock.
final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Result<[UInt8], any Error>]
    init(_ value: [Result<[UInt8], any Error>]) { stored = value }
    func set(_ i: Int, _ r: Result<[UInt8], any Error>) {
        lock.lock()
        stored[i] = r
        lock.unlock()
    }
    var value: [Result<[UInt8], any Error>] {
        lock.lock()
        defer { lock.unlock() }
        return stored
    }
}
