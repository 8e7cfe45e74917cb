@_exported import BidKitModel
@_exported import BidKitTextLayout

/// One output format a renderer produces.
public struct OutputFormat: Sendable, Hashable {
    /// The name users pass to `--format`.
    public var name: String
    public var fileExtension: String
    public var mediaType: String

    public init(name: String, fileExtension: String, mediaType: String) {
        self.name = name
        self.fileExtension = fileExtension
        self.mediaType = mediaType
    }
}

/// Options passed from `bidkit build` to the renderer (`--option key=value`).
public typealias RenderOptions = [String: String]

/// What a plugin implements. The SDK turns it into the C descriptor the host loads
/// (see `PluginExport`), so a renderer never touches C pointers.
public protocol BidRenderer: Sendable {
    var name: String { get }
    var version: String { get }
    var formats: [OutputFormat] { get }
    func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8]
}

/// An error a renderer reports; its message reaches the user verbatim.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
