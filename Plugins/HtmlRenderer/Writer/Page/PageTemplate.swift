import Foundation
import Mustache
import BidKitPluginSDK

/// The page shell and stylesheet: `Templates/<template>/html/page.mustache` (plus any other
/// `*.mustache` there, usable as partials: `{{> cover}}`) and `Templates/<template>/html/style.css`,
/// read at render time so a company restyles its bids by editing files, not by recompiling.
///
/// Fallbacks, each file on its own: no `template_dir` option, a template folder without `html/`
/// (a template made for DOCX only), or an `html/` folder lacking `page.mustache` or `style.css`
/// → the built-in shell / stylesheet (`BuiltInTemplate`). A `template_dir` that does not exist is
/// an error: someone named it on purpose.
struct PageTemplate {
    /// "page" and the partials.
    let library: MustacheLibrary
    /// The template's own `style.css`, layered on the built-in one.
    let ownCSS: String?
    /// The bid's page-margin rules (`PrintFurniture`), between the built-in and the template's CSS.
    var furniture = ""
    /// Where the page template came from, for error messages.
    let pageOrigin: String

    static func load(templateDirectory: String?) throws -> PageTemplate {
        guard let templateDirectory else { return try builtIn() }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: templateDirectory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RenderError("template_dir '\(templateDirectory)' is not a folder")
        }
        let html = (templateDirectory as NSString).appendingPathComponent("html")
        guard FileManager.default.fileExists(atPath: html, isDirectory: &isDirectory), isDirectory.boolValue else {
            return try builtIn()
        }

        var library = MustacheLibrary()
        let names = try FileManager.default.contentsOfDirectory(atPath: html).filter { $0.hasSuffix(".mustache") }.sorted()
        for name in names {
            let path = (html as NSString).appendingPathComponent(name)
            let text = try readText(path)
            try TemplateSafety.checkTemplate(text, origin: path)
            library.register(try parse(text, origin: path), named: String(name.dropLast(".mustache".count)))
        }
        var pageOrigin = (html as NSString).appendingPathComponent("page.mustache")
        if library.getTemplate(named: "page") == nil {
            library.register(try parse(BuiltInTemplate.page, origin: "built-in page template"), named: "page")
            pageOrigin = "built-in page template"
        }

        // The template's stylesheet is layered on the built-in one (as pandoc's --css is on its default
        // styles): a template states only how it differs, and still restyles anything it wants.
        let cssPath = (html as NSString).appendingPathComponent("style.css")
        var own: String?
        if FileManager.default.fileExists(atPath: cssPath) {
            let text = try readText(cssPath)
            try TemplateSafety.checkStyleSheet(text, origin: cssPath)
            own = text
        }
        return PageTemplate(library: library, ownCSS: own, pageOrigin: pageOrigin)
    }

    static func builtIn() throws -> PageTemplate {
        var library = MustacheLibrary()
        library.register(try parse(BuiltInTemplate.page, origin: "built-in page template"), named: "page")
        return PageTemplate(library: library, ownCSS: nil, pageOrigin: "built-in page template")
    }

    /// The stylesheet embedded in the page: built-in, the bid's page margins, the template's.
    var css: String {
        var css = BuiltInStyle.css
        if !furniture.isEmpty { css += "\n" + furniture }
        if let ownCSS { css += "\n" + ownCSS }
        return css
    }

    private static func readText(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RenderError("cannot read \(path)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RenderError("\(path) is not UTF-8 text")
        }
        return text
    }

    private static func parse(_ text: String, origin: String) throws -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            throw RenderError("\(origin):\(error.context.lineNumber):\(error.context.columnNumber): error: Mustache syntax: \(error.error)")
        }
    }
}
