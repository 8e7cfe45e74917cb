import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 12 items 17 and 10: the cover's words and date are formatted once, in the core, so the
/// text, HTML and DOCX covers print the same date and lines; and the front matter (cover, table of
/// contents) stands outside the parts in every format.
@Suite("Front matter in every format")
struct FrontMatterOutputTests {
    /// One sample built to txt, html and docx, with each format's cover and the text before the first part.
    struct Built {
        var project: Project
        var text: String, html: String, documentXML: String

        init(_ name: String) throws {
            let tmp = try TemporaryDirectory()
            let folder = SampleTests.folder(name)
            let r = try CLI.run(["build", folder, "--format", "txt,html,docx", "--out", tmp.path])
            #expect(r.status == 0, "\(r.output)")
            project = try ProjectLoader.load(folder: folder)
            let id = project.info.id
            text = try String(contentsOfFile: tmp.path + "/\(id).txt", encoding: .utf8)
            html = try String(contentsOfFile: tmp.path + "/\(id).html", encoding: .utf8)
            documentXML = try Subprocess.run(["unzip", "-p", tmp.path + "/\(id).docx", "word/document.xml"], timeout: 30).stdout
        }

        var firstPart: String { get throws { try #require(try Assembler.assemble(project).package.parts.first?.numberedTitle) } }

        /// Text: the cover is everything before the table of contents (or the first part's title).
        func textCover() throws -> String {
            let contents = try Assembler.assemble(project).package.frontMatter.contents?.title
            let end = [contents, try firstPart].compactMap { $0.flatMap { text.range(of: "\n" + $0 + "\n")?.lowerBound } }.min()
            return String(text[..<(end ?? text.endIndex)])
        }

        /// HTML: the `<header class="cover">`.
        func htmlCover() throws -> String {
            try #require(html.range(of: "<header class=\"cover\">").flatMap { start in
                html.range(of: "</header>", range: start.upperBound..<html.endIndex).map { String(html[start.lowerBound..<$0.upperBound]) }
            })
        }

        /// DOCX: the first section, to the end of the paragraph holding the first `w:sectPr`.
        func docxCover() -> String {
            let end = documentXML.range(of: "<w:sectPr").flatMap { documentXML.range(of: "</w:p>", range: $0.upperBound..<documentXML.endIndex) }
            return String(documentXML[..<(end?.upperBound ?? documentXML.endIndex)])
        }
    }

    @Test(arguments: SampleTests.samples)
    func everyFormatPrintsTheSameCoverAndPutsTheContentsBeforeThePart(_ name: String) throws {
        let built = try Built(name)
        let project = built.project
        let printed = project.info.date.formatted(project.language)
        let iso = project.info.date.description
        #expect(printed != iso)
        for (format, cover) in [("txt", try built.textCover()), ("html", try built.htmlCover()), ("docx", built.docxCover())] {
            #expect(cover.contains(printed), "\(format) cover lacks \(printed)")
            #expect(!cover.contains(iso), "\(format) cover prints the ISO day \(iso)")
            #expect(cover.contains(project.tender.number), "\(format) cover lacks the tender number")
            if let lot = project.tender.lot { #expect(cover.contains(lot), "\(format) cover lacks the lot \(lot)") }
        }
        if project.language == .zh { #expect(try built.textCover().contains("包\u{3000}\u{3000}号：包1")) }

        // Item 10: the table of contents comes before the first part's heading, not inside it.
        let contents = try #require(try Assembler.assemble(project).package.frontMatter.contents)
        let part = try built.firstPart
        let textTOC = try #require(built.text.range(of: "\n\(contents.title)\n")?.lowerBound)
        // Chinese text draws its rules in ASCII (ambiguous-width characters count two columns there).
        let textPart = try #require((built.text.range(of: "\n\(part)\n═") ?? built.text.range(of: "\n\(part)\n="))?.lowerBound)
        #expect(textTOC < textPart, "txt: the contents are inside \(part)")
        let htmlTOC = try #require(built.html.range(of: "<nav class=\"toc\"")?.lowerBound)
        let htmlPart = try #require(built.html.range(of: "<section class=\"part\"")?.lowerBound)
        #expect(htmlTOC < htmlPart, "html: the contents are inside the first part")
        let docxTOC = try #require(built.documentXML.range(of: "w:val=\"TOCHeading\"")?.lowerBound)
        let docxPart = try #require(built.documentXML.range(of: "w:val=\"Heading1\"")?.lowerBound)
        #expect(docxTOC < docxPart, "docx: the contents are inside the first part")
    }
}
