import BidKitPluginSDK

/// Writes a bid package as a WordprocessingML (.docx) file.
public struct DocxWriter: BidRenderer {
    public init() {}
    public var name: String { "docx" }
    public var version: String { "0.1.0" }
    public var formats: [OutputFormat] {
        [OutputFormat(name: "docx", fileExtension: "docx",
                      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    }
    public func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        throw RenderError("the DOCX renderer is not implemented yet")
    }
}
