import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 12 item 17: the cover's words and date are formatted once, in the core, so the text,
/// HTML and DOCX covers print the same date string and the same lines.
@Suite("One source for cover wording")
struct CoverWordingTests {
    @Test(arguments: SampleTests.samples)
    func everyFormatPrintsTheSameCoverDate(_ name: String) throws {
        let tmp = try TemporaryDirectory()
        let folder = SampleTests.folder(name)
        let r = try CLI.run(["build", folder, "--format", "txt,html,docx", "--out", tmp.path])
        #expect(r.status == 0, "\(r.output)")
        let project = try ProjectLoader.load(folder: folder)
        let id = project.info.id
        let printed = project.info.date.formatted(project.language)
        let iso = project.info.date.description
        #expect(printed != iso)

        // Text: the cover is everything before the first part's title.
        let text = try String(contentsOfFile: tmp.path + "/\(id).txt", encoding: .utf8)
        let firstPart = try #require(try Assembler.assemble(project).package.parts.first?.numberedTitle)
        let textCover = String(text[..<(text.range(of: "\n" + firstPart + "\n")?.lowerBound ?? text.endIndex)])
        // HTML: the <header class="cover">.
        let html = try String(contentsOfFile: tmp.path + "/\(id).html", encoding: .utf8)
        let htmlCover = try #require(html.range(of: "<header class=\"cover\">").flatMap { start in
            html.range(of: "</header>", range: start.upperBound..<html.endIndex).map { String(html[start.lowerBound..<$0.upperBound]) }
        })
        // DOCX: the cover is the document's first section (to the end of the paragraph holding the first w:sectPr).
        let xml = try Subprocess.run(["unzip", "-p", tmp.path + "/\(id).docx", "word/document.xml"], timeout: 30).stdout
        let sectionEnd = xml.range(of: "<w:sectPr").flatMap { xml.range(of: "</w:p>", range: $0.upperBound..<xml.endIndex) }
        let docxCover = String(xml[..<(sectionEnd?.upperBound ?? xml.endIndex)])

        for (format, cover) in [("txt", textCover), ("html", htmlCover), ("docx", docxCover)] {
            #expect(cover.contains(printed), "\(format) cover lacks \(printed)")
            #expect(!cover.contains(iso), "\(format) cover prints the ISO day \(iso)")
            #expect(cover.contains(project.tender.number), "\(format) cover lacks the tender number")
            if let lot = project.tender.lot { #expect(cover.contains(lot), "\(format) cover lacks the lot \(lot)") }
        }
        if project.language == .zh {
            #expect(textCover.contains("包\u{3000}\u{3000}号：包1"))
        }
    }
}
