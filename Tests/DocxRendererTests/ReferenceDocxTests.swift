import BidKitOOXML
import BidKitPluginSDK
import BidKitTestSupport
@testable import DocxWriter
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The reference can be a real .docx (`reference_docx`), read with libzip and libxml2.
@Suite struct ReferenceDocxTests {
    @Test func aReferenceDocxSuppliesStylesNumberingAndPageSetup() throws {
        let reference = try ReferenceFixtures.docx(from: "cn-goods", page: ReferenceFixtures.a3Landscape)
        let output = try DocxWriter().renderDocx(Fixtures.zh, options: ["reference_docx": reference.path,
                                                                         "template_dir": Fixtures.templates + "/en-proposal"])
        let docx = try DocxFile(output.bytes)
        let doc = try docx.xml("word/document.xml")
        // reference_docx wins over the template: A3 landscape and the Chinese styles.
        #expect(doc.count("//w:sectPr/w:pgSz[@w:w='23811' and @w:orient='landscape']") == 4)
        #expect(try docx.xml("word/styles.xml").string("//w:style[@w:styleId='Heading1']/w:rPr/w:rFonts/@w:eastAsia") == "SimHei")
        #expect(try docx.xml("word/numbering.xml").count("//w:lvlText[@w:val='第%1章']") == 1)
        let header = try docx.xml("word/header1.xml").strings("//w:t").joined()
        #expect(header.contains("ZB-2026-0001"))
        // Table widths follow the reference's text width.
        let grid = doc.strings("(//w:tbl)[1]/w:tblGrid/w:gridCol/@w:w").compactMap { Int($0) }
        #expect(grid.reduce(0, +) == 23811 - 2880)
    }

    @Test func theCommittedPartsAndTheDocxZippedFromThemRenderTheSameBytes() throws {
        let reference = try ReferenceFixtures.docx(from: "cn-goods")
        let viaDocx = try DocxWriter().renderDocx(Fixtures.zh, options: ["reference_docx": reference.path]).bytes
        let viaParts = try DocxWriter().renderDocx(Fixtures.zh, options: Fixtures.options("cn-goods")).bytes
        #expect(viaDocx == viaParts)
    }

    @Test func aMinimalReferenceFallsBackToBuiltInPartsAndTypesHeadingNumbers() throws {
        let reference = try ReferenceFixtures.docx(
            from: "en-proposal",
            dropping: ["word/numbering.xml", "word/header1.xml", "word/footer1.xml", "word/settings.xml", "word/theme/theme1.xml"])
        let output = try DocxWriter().renderDocx(Fixtures.en, options: ["reference_docx": reference.path])
        let docx = try DocxFile(output.bytes)
        #expect(!docx.names.contains("word/theme/theme1.xml"))
        #expect(try docx.xml("word/settings.xml").string("//w:updateFields/@w:val") == "true")
        #expect(try docx.xml("word/footer1.xml").strings("//w:instrText").contains { $0.contains("PAGE") })
        // The heading styles point at numbering the reference no longer has: the numbers are typed.
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading1']") == ["1 Commercial"])
        #expect(doc.strings("//w:p[w:pPr/w:pStyle/@w:val='Heading3']") == ["1.1.1 Scope"])
    }

    @Test func aMissingReferenceDocxIsAClearError() {
        #expect {
            _ = try DocxWriter().renderDocx(Fixtures.zh, options: ["reference_docx": "/nonexistent/ref.docx"])
        } throws: { error in
            String(describing: error).contains("/nonexistent/ref.docx")
        }
    }

    @Test func aReferenceThatIsNotAZipIsAClearError() throws {
        let dir = try ReferenceFixtures.docx(from: "cn-goods")
        try ReferenceFixtures.write(Array("not a zip".utf8), to: dir.path)
        #expect {
            _ = try DocxWriter().renderDocx(Fixtures.zh, options: ["reference_docx": dir.path])
        } throws: { error in
            String(describing: error).contains("not a .docx")
        }
    }

    @Test func settingsFromAReferenceLoseWhatTheDocumentCannotSupport() throws {
        let tree = try XMLTree(builtIn: """
            <w:settings xmlns:w="\(NS.w)" xmlns:r="\(NS.r)"><w:zoom w:percent="100"/><w:attachedTemplate r:id="rId1"/>\
            <w:footnotePr><w:footnote w:id="-1"/></w:footnotePr><w:compat/><w:decimalSymbol w:val="."/></w:settings>
            """, part: "settings.xml")
        let out = try XMLPart(try SettingsPart.finish(tree), name: "settings.xml")
        #expect(out.count("//w:attachedTemplate") == 0)
        #expect(out.count("//w:footnotePr") == 0)
        // updateFields goes before compat, as the schema orders it.
        #expect(out.count("/w:settings/w:updateFields[following-sibling::w:compat]") == 1)
    }

    // MARK: Hostile references: the same hardening as buyer forms (issue 9, item 6)

    /// A reference .docx made from a template's parts with `replacing` parts swapped in.
    private func hostile(_ replacing: [String: String]) throws -> ReferenceFixtures.File {
        try ReferenceFixtures.docx(from: "cn-goods", replacing: replacing.mapValues { Array($0.utf8) })
    }

    private func renderError(_ reference: ReferenceFixtures.File) -> String? {
        do {
            _ = try DocxWriter().renderDocx(Fixtures.zh, options: ["reference_docx": reference.path])
            return nil
        } catch {
            return String(describing: error)
        }
    }

    @Test func aStylesPartWithAnExternalEntityIsRefusedAndItsDTDNeverCopied() throws {
        // main accepted this and copied the DTD into the bid's own styles.xml (python-docx then refused the bid).
        let styles = try ReferenceFixtures.part("cn-goods", "word/styles.xml")
            .replacingOccurrences(of: "<w:styles ", with: "<!DOCTYPE w:styles [<!ENTITY ext SYSTEM \"file:///etc/hostname\">]><w:styles ")
        let reference = try hostile(["word/styles.xml": styles])
        let message = try #require(renderError(reference))
        #expect(message == "reference document \(reference.path): word/styles.xml declares a DTD (<!DOCTYPE …>), which Word and Excel never write; the file is not read")
    }

    @Test func aZipBombReferenceIsRefusedAtTheCap() throws {
        // 40 MiB of styles that deflate to a few KB: main inflated and parsed all of it.
        let styles = try ReferenceFixtures.part("cn-goods", "word/styles.xml")
            .replacingOccurrences(of: "</w:styles>", with: String(repeating: " ", count: 40 << 20) + "</w:styles>")
        let reference = try hostile(["word/styles.xml": styles])
        #expect(renderError(reference) == "reference document \(reference.path): word/styles.xml is larger than 16 MiB uncompressed, the limit for reference documents")
    }

    @Test func partsCopiedAsTheyAreAreCheckedFirst() throws {
        // main copied theme1.xml into the bid without reading it.
        let reference = try hostile(["word/theme/theme1.xml": "<a:theme><!DOCTYPE x [<!ENTITY a \"b\">]>"])
        #expect(renderError(reference)?.hasPrefix("reference document \(reference.path): word/theme/theme1.xml is not well-formed XML (line 1") == true)
    }

    @Test func hostileNumbersInAReferenceDoNotOverflow() throws {
        // Int.max page margins and list ids trapped main's renderer (arithmetic overflow).
        let max = "9223372036854775807"
        var document = try ReferenceFixtures.part("cn-goods", "word/document.xml")
        let start = try #require(document.range(of: "<w:pgMar"))
        let end = try #require(document[start.upperBound...].range(of: "/>"))
        document.replaceSubrange(start.lowerBound..<end.upperBound, with: "<w:pgMar w:top=\"0\" w:right=\"\(max)\" w:bottom=\"0\" w:left=\"\(max)\" w:gutter=\"\(max)\"/>")
        let numbering = "<w:numbering xmlns:w=\"\(NS.w)\"><w:abstractNum w:abstractNumId=\"\(max)\"><w:lvl w:ilvl=\"0\"><w:pPr><w:ind w:left=\"\(max)\"/></w:pPr></w:lvl></w:abstractNum>"
            + "<w:num w:numId=\"\(max)\"><w:abstractNumId w:val=\"\(max)\"/></w:num></w:numbering>"
        let reference = try hostile(["word/document.xml": document, "word/numbering.xml": numbering])
        let output = try DocxWriter().renderDocx(Fixtures.zh, options: ["reference_docx": reference.path])
        let docx = try DocxFile(output.bytes)
        // The hostile margins are ignored: tables get A4's text width with the default margins.
        let grid = try docx.xml("word/document.xml").strings("(//w:tbl)[1]/w:tblGrid/w:gridCol/@w:w").compactMap { Int($0) }
        #expect(grid.reduce(0, +) == 11906 - 1800 - 1800)
        #expect(try docx.xml("word/numbering.xml").count("//w:num[@w:numId='1']") == 1)
    }

    @Test func aTemplatePartThatLinksOutsideItsFolderIsRefused() throws {
        let dir = try TemporaryDirectory()
        let template = try dir.subdirectory("evil")
        let reference = try dir.subdirectory("evil/docx/reference/word")
        try ReferenceFixtures.write(Array(try ReferenceFixtures.part("cn-goods", "word/styles.xml").utf8), to: reference + "/styles.xml")
        try ReferenceFixtures.write(Array("<w:numbering xmlns:w=\"\(NS.w)\"/>".utf8), to: dir.path + "/outside.xml")
        #expect(symlink(dir.path + "/outside.xml", reference + "/numbering.xml") == 0)
        #expect {
            _ = try DocxWriter().renderDocx(Fixtures.zh, options: ["template_dir": template])
        } throws: { error in
            String(describing: error).hasSuffix("docx/reference: word/numbering.xml is a link to a file outside the folder; the part is not read")
        }
    }
}
