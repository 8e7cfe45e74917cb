import BidKitPluginSDK

/// Writes a bid package as one self-contained HTML5 file.
public struct HtmlWriter: BidRenderer {
    public init() {}
    public var name: String { "html" }
    public var version: String { "0.1.0" }
    public var formats: [OutputFormat] {
        [OutputFormat(name: "html", fileExtension: "html",
                      mediaType: "text/html; charset=utf-8")]
    }
    public func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        throw RenderError("the HTML renderer is not implemented yet")
    }
}
