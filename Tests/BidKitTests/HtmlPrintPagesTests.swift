import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// `bidkit build --format html --paginate`: the HTML print's contents numbered from Chromium's
/// layout, or the HTML fails (never written without the numbers asked for) when Chromium is missing.
@Suite("HTML builds with page numbers")
struct HtmlPrintPagesTests {
    static var chromiumInstalled: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").contains {
            FileManager.default.isExecutableFile(atPath: "\($0)/chromium") && FileManager.default.isExecutableFile(atPath: "\($0)/pdfinfo")
        }
    }

    @Test func withoutChromiumThePaginatedHtmlFailsNamingItAndTheOtherFormatsAreWritten() throws {
        let p = try TestProject()
        let out = p.root.appendingPathComponent("dist").path
        let empty = try TemporaryDirectory()
        let r = try CLI.run(["build", p.path, "--format", "html,txt", "--paginate", "--out", out], environment: ["PATH": empty.path])
        #expect(r.status == 1, "\(r.output)")
        #expect(r.stderr.contains("error: html: the HTML print's page numbers (--paginate) need its layout pass: "
                                  + "Chromium is not installed (no 'chromium' on PATH); install it with: apt-get install chromium"), "\(r.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["mini.txt"])
        // Without --paginate the HTML needs no Chromium.
        let plain = try CLI.run(["build", p.path, "--format", "html", "--out", out], environment: ["PATH": empty.path])
        #expect(plain.status == 0, "\(plain.output)")
        #expect(try !String(contentsOfFile: out + "/mini.html", encoding: .utf8).contains("class=\"toc-page\""))
    }

    @Test(.enabled(if: chromiumInstalled, "needs chromium and poppler-utils"))
    func paginatedHtmlContentsCarryThePrintedPages() throws {
        let p = try TestProject()
        let out = p.root.appendingPathComponent("dist").path
        let r = try CLI.run(["build", p.path, "--format", "html", "--paginate", "--out", out])
        #expect(r.status == 0, "\(r.output)")
        let html = try String(contentsOfFile: out + "/mini.html", encoding: .utf8)
        // Cover on page 1, contents on page 2 (第 1 页), the one part from page 3: 第 2 页.
        let pages = html.components(separatedBy: "<span class=\"toc-page\">").dropFirst().compactMap { $0.split(separator: "<").first }
        #expect(!pages.isEmpty)
        #expect(pages.first == "2", "\(pages)")
        #expect(pages.allSatisfy { Int($0).map { $0 >= 2 } ?? false }, "\(pages)")
    }
}
