import Foundation
import BidKitExternalTools
// Re-exported: the writer's API speaks the model's types (`BidPackage`, `RenderOptions`), so
// whoever imports the writer (its tests, a host that links it directly) needs them too.
@_exported import BidKitPluginSDK

/// Writes a bid package as one self-contained HTML5 file: the page shell from the template's
/// `page.mustache`, its `style.css` embedded in `<style>`, images as `data:` URIs, and the body
/// (table of contents, parts, sections, tables, signature blocks) written by `BodyWriter`.
///
/// Output is a function of the package and the template files only — no clock, no dictionary
/// iteration order — so the same input gives byte-identical files.
public struct HtmlWriter: BidRenderer {
    /// Where Chromium and poppler are looked for (the layout pass): the process environment, or a given one (tests).
    let environment: [String: String]?
    public init(environment: [String: String]? = nil) { self.environment = environment }
    public var name: String { "html" }
    public var version: String { "0.1.0" }
    public var formats: [OutputFormat] {
        [OutputFormat(name: "html", fileExtension: "html",
                      mediaType: "text/html; charset=utf-8")]
    }

    public func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        Array(try renderString(package, format: format, options: options).utf8)
    }

    /// The HTML print lays itself out: Chromium prints the page and the page of every anchor is
    /// read back (`HtmlPagination`), for the core to write the contents' page numbers.
    public var paginates: Bool { true }

    public func paginate(_ package: BidPackage, format: String, options: RenderOptions) throws -> PageMap {
        let page = try renderPage(package, format: format, options: options, layoutProbe: true)
        return try HtmlPagination.pageMap(html: page.html, ids: page.ids, environment: environment ?? ProcessInfo.processInfo.environment,
                                          timeout: HtmlPagination.timeout)
    }

    /// The document as a string (tests read it directly).
    public func renderString(_ package: BidPackage, format: String = "html", options: RenderOptions = [:]) throws -> String {
        try renderPage(package, format: format, options: options, layoutProbe: false).html
    }

    private func renderPage(_ package: BidPackage, format: String, options: RenderOptions,
                            layoutProbe: Bool) throws -> (html: String, ids: [String: String]) {
        guard format == "html" else {
            throw RenderError("the HTML renderer renders format 'html', not '\(format)'")
        }
        let settings = try HtmlOptions(options)
        let labels = try HtmlLabels(package: package)
        var template = try PageTemplate.load(templateDirectory: settings.templateDirectory)
        template.furniture = PrintFurniture.css(
            project: package.metadata.title, tenderLabel: labels.words[Labels.Key.tenderNumber] + labels.colon,
            tenderNumber: package.metadata.tenderNumber, chinese: labels.colon == "：")
        let body = try BodyWriter.body(of: package, labels: labels, externalImages: settings.externalImages, layoutProbe: layoutProbe)
        let page = try PageShell.render(package, labels: labels, body: body.html, template: template,
                                        generator: "BidKit \(name) renderer \(version)")
        return (page, body.ids)
    }
}
