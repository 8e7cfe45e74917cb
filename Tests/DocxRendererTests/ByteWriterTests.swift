import BidKitOOXML
import BidKitPluginSDK
@testable import DocxWriter
import Testing

/// The byte-buffer body writer (`XMLBytes`, the run text fast path, fonts found on bytes) writes
/// exactly what the String-based writer did.
@Suite struct ByteWriterTests {
    /// Markup characters, controls XML forbids, U+FFFE / U+FFFF, and full-width punctuation whose
    /// UTF-8 also starts with 0xEF (，is EF BC 8C) and must be kept.
    static let hostile = "a&b<c>d\"e\tf\ng\r\u{01}h\u{FFFE}i\u{FFFF}j，k（l）\u{10FFFF}"

    @Test func escapingMatchesXMLText() {
        var text = XMLBytes()
        text.appendText(Self.hostile)
        #expect(String(decoding: text.bytes, as: UTF8.self) == XMLText.escape(Self.hostile))
        var attribute = XMLBytes()
        attribute.appendAttribute(Self.hostile)
        #expect(String(decoding: attribute.bytes, as: UTF8.self) == XMLText.attribute(Self.hostile))
    }

    @Test func integersAsDigits() {
        var out = XMLBytes()
        for n in [0, 7, -42, 1_000_000, Int.max, Int.min] {
            out.append(n)
            out.append(",")
        }
        #expect(String(decoding: out.bytes, as: UTF8.self) == "0,7,-42,1000000,\(Int.max),\(Int.min),")
    }

    @Test func runTextEscapesOnlyWhatItMust() throws {
        var package = Fixtures.zh
        package.parts[1].sections[0].blocks.append(.paragraph(Paragraph([.text("甲，乙 & 丙\u{FFFE}丁  戊")])))
        let (docx, _) = try Fixtures.render(package)
        let xml = try docx.text("word/document.xml")
        #expect(xml.contains("<w:t xml:space=\"preserve\">甲，乙 &amp; 丙丁  戊</w:t>"))
    }

    @Test func fontsAreFoundInTheBytes() {
        let part = Array("<w:rPr><w:rFonts w:ascii=\"Consolas\" w:eastAsia=\"宋体\" w:cs=\"A&amp;B\"/></w:rPr><w:rFonts w:hAnsi=\"Arial\">".utf8)
        #expect(FontNames.named(in: [part]) == ["Consolas", "宋体", "Arial"])
    }
}
