import BidKitPluginSDK
import DocxWriter
import Testing

/// Issue 9, item 7: the DOCX renderer applies the shared LinkPolicy, as the HTML renderer does: a link
/// to `javascript:`, `vbscript:`, `data:` or `file:` (however cased or padded) becomes plain text, with
/// no hyperlink relationship a click in Word could follow.
@Suite struct LinkPolicyTests {
    static let refused = ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)", "\u{1}javascript:x",
                          "vbscript:msgbox(1)", "VBScript:x", "data:text/html,<script>x</script>", "DATA:image/svg+xml;base64,PHN2Zz4=",
                          "file:///etc/passwd", "FILE://server/share/x.exe", "\\\\evil\\share\\x.exe", "//evil.example/x", "C:\\Windows\\calc.exe"]

    @Test(arguments: refused)
    func refusedTargetIsPlainText(_ url: String) throws {
        var package = Fixtures.zh
        package.parts[1].sections[0].blocks.append(.paragraph(Paragraph([.link(url: url, content: [.text("点击此处")])])))
        let (docx, _) = try Fixtures.render(package)
        let doc = try docx.xml("word/document.xml")
        #expect(doc.count("//w:p[.//w:t='点击此处']") == 1, "the text stays")
        #expect(doc.count("//w:hyperlink[.//w:t='点击此处']") == 0, "but is not a link")
        let rels = try docx.text("word/_rels/document.xml.rels").lowercased()
        for scheme in ["javascript", "vbscript", "data:", "file:", "evil", "calc.exe"] { #expect(!rels.contains(scheme)) }
    }

    @Test func allowedTargetsStayLinksWithTheSharedEncoding() throws {
        var package = Fixtures.zh
        package.parts[1].sections[0].blocks.append(.paragraph(Paragraph([
            .link(url: "https://例子.example/a b", content: [.text("外链")]), .text(" "),
            .link(url: "mailto:lina@example.com", content: [.text("邮件")]), .text(" "),
            .link(url: "attachments/iso 9001.pdf", content: [.text("附件")]),
        ])))
        let (docx, _) = try Fixtures.render(package)
        let doc = try docx.xml("word/document.xml"), rels = try docx.xml("word/_rels/document.xml.rels")
        for (label, target) in [("外链", LinkPolicy.href(for: "https://例子.example/a b")), ("邮件", "mailto:lina@example.com"),
                                ("附件", "attachments/iso%209001.pdf")] {
            let id = try #require(doc.string("//w:hyperlink[.//w:t='\(label)']/@r:id"))
            #expect(rels.string("//rel:Relationship[@Id='\(id)']/@Target") == target)
        }
    }
}
