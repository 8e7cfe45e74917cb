import BidKitPluginSDK
import DocxWriter
import Testing

/// Characters XML 1.0 forbids are removed, and the section they were in is named in a warning.
@Suite struct SanitizerTests {
    @Test func invalidCharactersAreRemovedAndReported() throws {
        var package = Fixtures.zh
        package.parts[1].sections[0].blocks.append(.paragraph(Paragraph([.text("坏\u{01}字符\u{FFFF}与 <&> 转义\u{0B}")])))
        let (docx, output) = try Fixtures.render(package)
        let xml = try docx.text("word/document.xml")
        #expect(!xml.unicodeScalars.contains { $0.value == 0x01 || $0.value == 0xFFFF || $0.value == 0x0B })
        let doc = try docx.xml("word/document.xml")
        #expect(doc.strings("//w:t").contains("坏字符与 <&> 转义"))
        #expect(output.warnings.count == 1)
        let warning = try #require(output.warnings.first)
        #expect(warning.contains("一、技术方案 (solution)"))
        #expect(warning.contains("3 character(s)"))
        #expect(warning.contains("U+0001") && warning.contains("U+FFFF") && warning.contains("U+000B"))
    }

    @Test func cleanPackagesRenderWithoutWarnings() throws {
        let (_, output) = try Fixtures.render(Fixtures.zh)
        #expect(output.warnings.isEmpty)
    }

    @Test func metadataIsCleanedToo() throws {
        var package = Fixtures.zh
        package.metadata.bidder = "某某\u{08}公司"
        let (docx, output) = try Fixtures.render(package)
        #expect(try docx.xml("docProps/core.xml").string("//dc:creator") == "某某公司")
        #expect(output.warnings.first?.hasPrefix("metadata:") == true)
    }

    /// The cover prints the front matter, not the metadata, so the front matter is cleaned as well.
    @Test func coverIsCleanedToo() throws {
        var package = Fixtures.zh
        package.frontMatter.cover.lines.append(Cover.Line(key: "bidder", label: "投标人", value: "某某\u{08}公司"))
        let (docx, output) = try Fixtures.render(package)
        #expect(try docx.xml("word/document.xml").strings("//w:t").contains("某某公司"))
        #expect(output.warnings == ["cover: removed 1 character(s) not allowed in XML 1.0 (U+0008)"])
    }
}
