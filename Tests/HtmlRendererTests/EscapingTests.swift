import Testing
@testable import HtmlWriter

@Suite("escaping and links")
struct EscapingTests {
    @Test func hostileNamesShowLiterallyEverywhere() throws {
        let metadata = Fixtures.metadata(bidder: Fixtures.hostile, buyer: "O'Brien & \"Sons\" <Ltd>", title: "<img src=x onerror=alert(1)>")
        let package = Fixtures.package([
            Fixtures.paragraph("投标人：" + Fixtures.hostile),
            .signature(Signature(slots: [Signature.Slot(kind: .seal, label: "投标人（盖章）", value: Fixtures.hostile)])),
            .table(Table(columns: [Table.Column()], body: [Table.Row([Table.Cell(Fixtures.hostile)])], caption: Fixtures.hostile)),
            .image(Image(resource: "pic", alt: "\"><script>alert(2)</script>", title: Fixtures.hostile)),
        ], metadata: metadata, resources: [Resource(id: "pic", mediaType: "image/png", data: [0x89, 0x50, 0x4E, 0x47])])
        for options in [[:], ["template_dir": Samples.templateDirectory("cn-goods")], ["template_dir": Samples.templateDirectory("en-proposal")]] {
            let (html, doc) = try Fixtures.document(package, options: options)
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("<img src=x"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("O&#39;Brien &amp; &quot;Sons&quot; &lt;Ltd&gt;"))
            // The parsed text is the original name: shown literally, not dropped.
            #expect(doc.all("header").first?.text.contains(Fixtures.hostile) == true)
            #expect(doc.all("img").first?.attributes["alt"] == "\"><script>alert(2)</script>")
            #expect(doc.all("title").first?.text.contains("<img src=x onerror=alert(1)>") == true)
        }
    }

    /// Raw HTML in Markdown reaches the renderer as text (the core's rule) and must stay text.
    @Test func rawHtmlTextIsEscaped() throws {
        let package = Fixtures.package([
            .paragraph(Paragraph([.text("加粗 "), .text("<b>x</b>"), .strong([.text("<i>y</i>")])])),
            .heading(Heading(level: 3, number: "（一）", anchor: "h", content: [.text("<u>z</u>")])),
            .code(CodeBlock(language: "html\"><script>", text: "<div>&nbsp;</div>")),
            .list(ListBlock(ordered: false, items: [[Fixtures.paragraph("<li>w</li>")]])),
        ])
        let (html, doc) = try Fixtures.document(package)
        #expect(html.contains("&lt;b&gt;x&lt;/b&gt;"))
        #expect(html.contains("<strong>&lt;i&gt;y&lt;/i&gt;</strong>"))
        #expect(html.contains("&lt;u&gt;z&lt;/u&gt;"))
        #expect(html.contains("&lt;div&gt;&amp;nbsp;&lt;/div&gt;"))
        #expect(doc.all("b").isEmpty && doc.all("i").isEmpty && doc.all("u").isEmpty)
        #expect(doc.all("li", inside: try Fixtures.section(in: doc)).map(\.text) == ["<li>w</li>"])
        #expect(doc.all("code").contains { $0.attributes["class"] == "language-html-script" })
        #expect(!html.lowercased().contains("<script"))
    }

    @Test(arguments: [
        ("https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"),
        ("http://example.com", "http://example.com"),
        ("mailto:lina@example.com", "mailto:lina@example.com"),
        ("#price-schedule", "#price-schedule"),
        ("attachments/iso9001.pdf", "attachments/iso9001.pdf"),
        ("../docs/a b.pdf", "../docs/a%20b.pdf"),
        ("https://例子.example/路径", "https://%E4%BE%8B%E5%AD%90.example/%E8%B7%AF%E5%BE%84"),
        ("https://example.com/100%", "https://example.com/100%25"),
        ("https://example.com/%E4%BE%8B", "https://example.com/%E4%BE%8B"),
    ])
    func allowedLinksKeepAValidHref(_ c: (String, String)) {
        #expect(LinkPolicy.href(for: c.0) == c.1)
    }

    @Test(arguments: ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " java\tscript:alert(1)", "\u{1}javascript:x",
                      "data:text/html,<script>x</script>", "vbscript:msgbox", "file:///etc/passwd", "//evil.example/x",
                      "\\\\evil\\share", "http:evil", "https://", "mailto:", "", "   "])
    func refusedLinksHaveNoHref(_ url: String) throws {
        #expect(LinkPolicy.href(for: url) == nil)
        let package = Fixtures.package([.paragraph(Paragraph([.link(url: url, content: [.text("点击")])]))])
        let (html, doc) = try Fixtures.document(package)
        #expect(doc.all("a").allSatisfy { $0.attributes["href"]?.hasPrefix("#") == true })
        #expect(doc.elements.contains { $0.has(class: "unsafe-link") && $0.text == "点击" })
        #expect(!html.lowercased().contains("javascript:"))
    }

    @Test func controlCharactersAndCarriageReturnsAreReplaced() {
        // U+FFFE and U+FDD0 are noncharacters: Swift has no literal for them.
        let fffe = String(decoding: [0xEF, 0xBF, 0xBE], as: UTF8.self), fdd0 = String(decoding: [0xEF, 0xB7, 0x90], as: UTF8.self)
        #expect(HtmlEscaping.escape("a\u{0}b\u{7}c\u{85}d" + fffe + "e" + fdd0) == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d\u{FFFD}e\u{FFFD}")
        #expect(HtmlEscaping.escape("a\r\nb\rc\n\td") == "a\nb\nc\n\td")
        #expect(HtmlEscaping.escape("&<>\"'") == "&amp;&lt;&gt;&quot;&#39;")
        #expect(HtmlEscaping.escape("中文 😀") == "中文 😀")
    }

    /// The byte scan against the scalar-at-a-time reference, on random strings of the scalars
    /// either treats specially (and their neighbours), in every order.
    @Test func byteScanEscapesAsTheScalarReference() {
        let edges: [UInt32] = [0x09, 0x0A, 0x0D, 0x00, 0x1F, 0x20, 0x26, 0x3C, 0x3E, 0x22, 0x27, 0x41, 0x7E, 0x7F, 0x80, 0x85, 0x9F,
                               0xA0, 0xFF, 0x4E2D, 0xFDCF, 0xFDD0, 0xFDEF, 0xFDF0, 0xFFFD, 0xFFFE, 0xFFFF, 0x1F600, 0x1FFFE, 0x1FFFF,
                               0x2FFFE, 0x10FFFE, 0x10FFFF, 0x10FFFD, 0x1FFFD, 0xFF0C]
        let scalars = edges.compactMap(Unicode.Scalar.init)
        var seed: UInt64 = 0x5EED
        for _ in 0..<2_000 {
            var text = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            for k in 0..<Int(seed >> 60) {
                text.unicodeScalars.append(scalars[Int((seed >> UInt64(4 * (k % 12) + 8)) % UInt64(scalars.count))])
            }
            var reference = "", fast = ""
            HtmlEscaping.appendScalars(text, to: &reference)
            HtmlEscaping.append(text, to: &fast)
            #expect(fast == reference, "\(Array(text.unicodeScalars.map(\.value)))")
        }
    }

    @Test func classTokensCannotInjectMarkupOrClasses() {
        #expect(ClassName.token("price-schedule") == "price-schedule")
        #expect(ClassName.token("Price Schedule\" onclick=\"x") == "price-schedule-onclick-x")
        #expect(ClassName.token("分项报价表") == "")
    }
}
