import BidKitOOXML
import BidKitPluginSDK
@testable import DocxWriter
import Testing

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
}
