import Testing
@testable import HtmlWriter

@Suite("blocks and inlines")
struct BlockTests {
    @Test func headingsAreNumberedAndShiftedBelowPartsAndSections() throws {
        let package = Fixtures.package([
            .heading(Heading(level: 3, number: "（一）", anchor: "h1", content: [.text("总体架构")])),
            .heading(Heading(level: 4, number: "1.", anchor: "h2", content: [.text("前端")])),
            .heading(Heading(level: 5, number: "(1)", anchor: "h3", content: [.text("摄像机")])),
            .heading(Heading(level: 9, number: "", anchor: "h4", content: [.emphasis([.text("深")])])),
        ])
        let (html, doc) = try Fixtures.document(package)
        #expect(doc.all("h2").first { $0.has(class: "part-title") }?.text == "第一章 商务部分")
        #expect(doc.all("h3").first?.text == "一、投标函")
        #expect(html.contains("<h4 class=\"level-3\" id=\"h1\"><span class=\"number\">（一）</span>总体架构</h4>"))
        #expect(html.contains("<h5 class=\"level-4\" id=\"h2\"><span class=\"number\">1.</span> 前端</h5>"))
        #expect(html.contains("<h6 class=\"level-5\" id=\"h3\"><span class=\"number\">(1)</span>摄像机</h6>"))
        #expect(html.contains("<h6 class=\"level-9\" id=\"h4\"><em>深</em></h6>"))
    }

    @Test func inlineRunsMapToElements() throws {
        let package = Fixtures.package([.paragraph(Paragraph([
            .strong([.text("粗")]), .emphasis([.text("斜")]), .underline([.text("下")]), .strikethrough([.text("删")]),
            .code("a<b"), .lineBreak, .link(url: "https://example.com", content: [.text("链接")]),
        ], alignment: .center))])
        let html = try Fixtures.render(package)
        #expect(html.contains("<p class=\"align-center\"><strong>粗</strong><em>斜</em><u>下</u><s>删</s><code>a&lt;b</code><br>\n<a href=\"https://example.com\">链接</a></p>"))
    }

    @Test func softBreaksVanishBetweenChineseAndBecomeSpacesElsewhere() throws {
        let package = Fixtures.package([
            .paragraph(Paragraph([.text("投标"), .softBreak, .text("文件")])),
            .paragraph(Paragraph([.text("bid"), .softBreak, .text("letter")])),
            .paragraph(Paragraph([.text("合价"), .softBreak, .text("USD")])),
            .paragraph(Paragraph([.strong([.text("投标")]), .softBreak, .emphasis([.text("。文件")])])),
        ])
        let (_, doc) = try Fixtures.document(package)
        let texts = doc.all("p").map(\.text).filter { !$0.isEmpty }
        #expect(texts.suffix(4) == ["投标文件", "bid letter", "合价 USD", "投标。文件"])
    }

    @Test func listsKeepStartNestingAndTightItems() throws {
        let nested = Block.list(ListBlock(ordered: false, items: [[Fixtures.paragraph("子项")]]))
        let package = Fixtures.package([
            .list(ListBlock(ordered: true, start: 3, items: [[Fixtures.paragraph("第三"), nested], [Fixtures.paragraph("第四")]])),
            .list(ListBlock(ordered: true, start: 1, items: [[Fixtures.paragraph("一"), Fixtures.paragraph("二")]])),
        ])
        let (html, doc) = try Fixtures.document(package)
        #expect(html.contains("<ol start=\"3\">\n<li>第三\n<ul>\n<li>子项</li>\n</ul>\n</li>\n<li>第四</li>\n</ol>"))
        #expect(html.contains("<ol>\n<li><p>一</p>\n<p>二</p>\n</li>\n</ol>"))
        #expect(doc.all("ol", inside: try Fixtures.section(in: doc)).count == 2)
    }

    @Test func figuresEmbedImagesAsDataURIs() throws {
        let bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        let package = Fixtures.package([.image(Image(resource: "images/a.png", alt: "拓扑图", title: "图 1 拓扑"))],
                                       resources: [Resource(id: "images/a.png", mediaType: "image/png", data: bytes)])
        let (_, doc) = try Fixtures.document(package)
        let figure = try #require(doc.firstIndex { $0.name == "figure" })
        let image = try #require(doc.all("img", inside: figure).first)
        #expect(image.attributes["src"] == "data:image/png;base64,iVBORw0KGgo=")
        #expect(image.attributes["alt"] == "拓扑图")
        #expect(doc.all("figcaption", inside: figure).first?.text == "图 1 拓扑")
    }

    @Test func imageWithoutCaptionHasNoFigcaption() throws {
        let package = Fixtures.package([.image(Image(resource: "a", alt: "", title: ""))],
                                       resources: [Resource(id: "a", mediaType: "IMAGE/JPEG", data: [0xFF, 0xD8])])
        let (_, doc) = try Fixtures.document(package)
        #expect(doc.all("figcaption").isEmpty)
        #expect(doc.all("img").first?.attributes["alt"] == "")
        #expect(doc.all("img").first?.attributes["src"] == "data:image/jpeg;base64,/9g=")
    }

    @Test func missingOrNonImageResourcesAreClearErrors() {
        let missing = Fixtures.package([.image(Image(resource: "images/gone.png", alt: "图"))])
        #expect { try Fixtures.render(missing) } throws: { "\($0)".contains("images/gone.png") && "\($0)".contains("does not carry") }
        let html = Fixtures.package([.image(Image(resource: "x", alt: ""))],
                                    resources: [Resource(id: "x", mediaType: "text/html", data: Array("<script>".utf8))])
        #expect { try Fixtures.render(html) } throws: { "\($0)".contains("media type 'text/html'") }
    }

    @Test(arguments: [([UInt8](), ""), ([0x66], "Zg=="), ([0x66, 0x6F], "Zm8="), ([0x66, 0x6F, 0x6F], "Zm9v"),
                      (Array("foobar".utf8), "Zm9vYmFy"), ([0xFF, 0xFE, 0xFD], "//79")])
    func base64MatchesRFC4648(_ c: ([UInt8], String)) {
        #expect(Base64.encode(c.0) == c.1)
    }

    @Test func signatureSlotsShowValuesOrBlankLines() throws {
        let package = Fixtures.package([.signature(Signature(slots: [
            Signature.Slot(kind: .seal, label: "投标人（盖章）", value: "澄州启衡智能科技有限公司"),
            Signature.Slot(kind: .signature, label: "法定代表人（签字）", value: ""),
            Signature.Slot(kind: .date, label: "日期", value: "2026年12月8日"),
        ]))])
        let (html, doc) = try Fixtures.document(package)
        #expect(doc.elements.filter { $0.has(class: "slot") }.map(\.text) == ["投标人（盖章）：澄州启衡智能科技有限公司", "法定代表人（签字）：", "日期：2026年12月8日"])
        #expect(html.contains("<span class=\"slot-value blank\"></span>"))
        let english = Fixtures.package([.signature(Signature(slots: [Signature.Slot(kind: .date, label: "Date", value: "8 December 2026")]))],
                                       metadata: Fixtures.metadata(language: "en"))
        #expect(try HtmlDocument(Fixtures.render(english)).elements.contains { $0.has(class: "slot-date") && $0.text == "Date: 8 December 2026" })
    }

    @Test func codeQuotesAndBreaks() throws {
        let package = Fixtures.package([
            .quote([Fixtures.paragraph("引用")]),
            .code(CodeBlock(language: "yaml", text: "a: 1\n  b: <2>\n")),
            .thematicBreak,
            .pageBreak,
        ])
        let html = try Fixtures.render(package)
        #expect(html.contains("<blockquote>\n<p>引用</p>\n</blockquote>"))
        #expect(html.contains("<pre class=\"code\"><code class=\"language-yaml\">a: 1\n  b: &lt;2&gt;</code></pre>"))
        #expect(html.contains("<hr>\n<div class=\"page-break\"></div>"))
    }
}
