import BidKitTestSupport
import Foundation
import Testing
@testable import HtmlWriter

@Suite("page template and options")
struct TemplateTests {
    /// A template folder with the given files under `html/` (none: no `html/` folder at all).
    static func templateDirectory(_ files: [String: String]?, in dir: TemporaryDirectory) throws -> String {
        let root = try dir.subdirectory("template")
        guard let files else { return root }
        let html = try dir.subdirectory("template/html")
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            try text.write(toFile: html + "/" + name, atomically: true, encoding: .utf8)
        }
        return root
    }

    static let minimalPage = """
    <!DOCTYPE html>
    <html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}}</title><style>{{{css}}}</style></head>
    <body>{{> cover}}<main>{{{body}}}</main></body></html>
    """

    @Test(arguments: ["zh", "en"])
    func builtInTemplateIsUsedWithoutTemplateDir(_ language: String) throws {
        let package = Fixtures.package([Fixtures.paragraph("正文")], metadata: Fixtures.metadata(language: language))
        let (html, doc) = try Fixtures.document(package)
        #expect(doc.all("html").first?.attributes["lang"] == (language == "zh" ? "zh-CN" : "en"))
        #expect(html.contains("@page"))
        #expect(html.contains("thead { display: table-header-group; }"))
        #expect(html.contains("\"Noto Serif CJK SC\""))
        let cover = try #require(doc.all("header").first)
        #expect(cover.text.contains(language == "zh" ? "招标编号" : "Tender number"))
        #expect(cover.text.contains(language == "zh" ? "2026年12月8日" : "8 December 2026"))
    }

    @Test(arguments: ["cn-goods", "en-proposal"])
    func shippedTemplatesRenderAndCarryPrintRules(_ template: String) throws {
        let package = Fixtures.package([.table(Fixtures.priceSchedule)])
        let (html, doc) = try Fixtures.document(package, options: ["template_dir": Samples.templateDirectory(template)])
        #expect(doc.all("main").count == 1)
        for rule in ["size: A4", "@bottom-center", "counter(page)", ".part { margin-top: 0; break-before: page; }",
                     "thead { display: table-header-group; }", "tr, figure, .signature { break-inside: avoid; }",
                     "overflow-x: auto", "Noto Serif CJK SC"] {
            #expect(html.contains(rule), "\(template) lacks \(rule)")
        }
    }

    @Test func customTemplateWithPartialsAndOwnCSS() throws {
        let dir = try TemporaryDirectory()
        let path = try Self.templateDirectory([
            "page.mustache": Self.minimalPage,
            "cover.mustache": "<header class=\"cover\"><p>{{bidder}}</p>{{#agent}}<p>{{agent}}</p>{{/agent}}<p>{{fields.copy}}</p></header>",
            "style.css": "body { color: #123456; }",
        ], in: dir)
        let package = Fixtures.package([Fixtures.paragraph("正文")], metadata: Fixtures.metadata(bidder: Fixtures.hostile))
        let (html, doc) = try Fixtures.document(package, options: ["template_dir": path])
        // The template's rules come after the built-in base, so they win.
        #expect(html.contains("\nbody { color: #123456; }</style>"))
        #expect(html.contains("BidKit built-in style"))
        #expect(doc.all("header").first?.text == Fixtures.hostile + "正本")
        #expect(!html.contains("<script>"))
    }

    @Test func folderWithoutHtmlOrWithoutFilesFallsBackToBuiltIns() throws {
        let dir = try TemporaryDirectory()
        let docxOnly = try Self.templateDirectory(nil, in: dir)
        let package = Fixtures.package([Fixtures.paragraph("正文")])
        #expect(try Fixtures.render(package, options: ["template_dir": docxOnly]) == Fixtures.render(package))

        let other = try TemporaryDirectory()
        let pageOnly = try Self.templateDirectory(["page.mustache": Self.minimalPage, "cover.mustache": ""], in: other)
        #expect(try Fixtures.render(package, options: ["template_dir": pageOnly]).contains(BuiltInStyle.css))
    }

    @Test func missingTemplateDirIsAnError() {
        #expect { try Fixtures.render(Fixtures.package([]), options: ["template_dir": "/nonexistent/bidkit-template"]) }
            throws: { "\($0)".contains("/nonexistent/bidkit-template") }
    }

    @Test(arguments: [
        ("page.mustache", "<html>{{body}}</html>", "{{{body}}}"),
        ("page.mustache", "<html>nothing</html>", "{{{body}}}"),
        ("page.mustache", "<html>{{#a}}</html>{{{body}}}", "page.mustache:1:"),
        ("page.mustache", "<html><script src=\"https://cdn.example/x.js\"></script>{{{body}}}</html>", "<script"),
        ("page.mustache", "<link rel=\"stylesheet\" href=\"https://fonts.example/css\">{{{body}}}", "<link"),
        ("style.css", "@import url(https://fonts.example/css);", "@import"),
        ("style.css", "body { background: url('https://cdn.example/bg.png'); }", "url(https://cdn.example/bg.png"),
        ("style.css", "/* </style><script>alert(1)</script> */", "</style"),
    ])
    func unsafeOrBrokenTemplatesAreRefused(_ c: (String, String, String)) throws {
        let dir = try TemporaryDirectory()
        var files = ["page.mustache": "<!DOCTYPE html><html lang=\"{{lang}}\">{{{body}}}</html>"]
        files[c.0] = c.1
        let path = try Self.templateDirectory(files, in: dir)
        #expect { try Fixtures.render(Fixtures.package([Fixtures.paragraph("正文")]), options: ["template_dir": path]) }
            throws: { "\($0)".contains(c.2) }
    }

    @Test func cssMayUseDataURLsAndMentionImportInComments() throws {
        let dir = try TemporaryDirectory()
        let css = "/* no @import here */ .logo { background: url(\"data:image/png;base64,iVBORw0KGgo=\"); }"
        let path = try Self.templateDirectory(["style.css": css], in: dir)
        #expect(try Fixtures.render(Fixtures.package([]), options: ["template_dir": path]).contains(css))
    }

    @Test func imagesExternalLinksIntoTheFilesFolder() throws {
        let image = Block.image(Image(resource: "images/系统 拓扑.png", alt: "拓扑"))
        let png = Resource(id: "images/系统 拓扑.png", mediaType: "image/png", data: [0x89, 0x50, 0x4E, 0x47])
        var metadata = Fixtures.metadata()
        metadata.projectID = "bid-1"
        let html = try Fixtures.render(Fixtures.package([image], metadata: metadata, resources: [png]), options: ["images": "external"])
        #expect(html.contains("src=\"bid-1_files/images/%E7%B3%BB%E7%BB%9F%20%E6%8B%93%E6%89%91.png\""))
        #expect(!html.contains("data:image/png"))
    }

    @Test func unknownImagesOptionIsRefused() {
        #expect { try Fixtures.render(Fixtures.package([]), options: ["images": "sideways"]) } throws: { "\($0)".contains("sideways") }
        #expect(throws: Never.self) { try Fixtures.render(Fixtures.package([]), options: ["images": "inline", "reference_docx": "/x.docx"]) }
    }

    @Test func otherFormatsAndBadLanguagesAreErrors() throws {
        #expect { try HtmlWriter().render(Fixtures.package([]), format: "pdf", options: [:]) } throws: { "\($0)".contains("'pdf'") }
        for language in ["zh\"><script>", "e n", ""] {
            let bad = Fixtures.package([], metadata: Fixtures.metadata(language: language))
            #expect { try Fixtures.render(bad) } throws: { "\($0)".contains("'\(language)'") }
        }
        let taiwan = Fixtures.package([], metadata: Fixtures.metadata(language: "zh-TW"))
        #expect(try HtmlDocument(Fixtures.render(taiwan)).all("html").first?.attributes["lang"] == "zh-TW")
    }

    @Test func descriptorNamesTheHtmlFormat() {
        let writer = HtmlWriter()
        #expect(writer.formats.map(\.name) == ["html"])
        #expect(writer.formats.first?.fileExtension == "html")
    }
}
