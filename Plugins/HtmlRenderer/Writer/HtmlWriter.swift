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
    public init() {}
    public var name: String { "html" }
    public var version: String { "0.1.0" }
    public var formats: [OutputFormat] {
        [OutputFormat(name: "html", fileExtension: "html",
                      mediaType: "text/html; charset=utf-8")]
    }

    public func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        Array(try renderString(package, format: format, options: options).utf8)
    }

    /// The document as a string (tests read it directly).
    public func renderString(_ package: BidPackage, format: String = "html", options: RenderOptions = [:]) throws -> String {
        guard format == "html" else {
            throw RenderError("the HTML renderer renders format 'html', not '\(format)'")
        }
        let settings = try HtmlOptions(options)
        let labels = try HtmlLabels(package: package)
        var template = try PageTemplate.load(templateDirectory: settings.templateDirectory)
        template.furniture = PrintFurniture.css(
            project: package.metadata.title, tenderLabel: labels.words[Labels.Key.tenderNumber] + labels.colon,
            tenderNumber: package.metadata.tenderNumber, chinese: labels.colon == "：")
        let body = try BodyWriter.body(of: package, labels: labels, externalImages: settings.externalImages)
        return try PageShell.render(package, labels: labels, body: body, template: template, generator: "BidKit \(name) renderer \(version)")
    }
}
