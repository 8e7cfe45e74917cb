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

/// An option a renderer reads, declared in its descriptor (ABI 3): `bidkit plugins` lists it, and
/// the host refuses an option no renderer of the requested formats declares, or a value of the wrong
/// type, before any work starts. Ranges and finer rules stay the renderer's to check.
public struct RendererOption: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case string, integer, number, boolean, path
        case choice([String])
    }

    public var name: String
    public var kind: Kind
    /// One line: what it does, its range and its default.
    public var description: String

    public init(_ name: String, _ kind: Kind, _ description: String) {
        self.name = name
        self.kind = kind
        self.description = description
    }

    /// `template_dir`: set by the host from `project.template` for renderers that read a template.
    public static let templateDirectory = RendererOption("template_dir", .path, "the template folder to read styles from (set from project.template)")
    /// `reference_docx`: a Word file whose styles and page setup the document takes.
    public static let referenceDocx = RendererOption("reference_docx", .path, "a .docx whose styles, numbering and page setup the document takes")
}

/// What a plugin implements. The SDK turns it into the C descriptor the host loads
/// (see `PluginExport`), so a renderer never touches C pointers.
public protocol BidRenderer: Sendable {
    var name: String { get }
    var version: String { get }
    var formats: [OutputFormat] { get }
    /// The `--option` keys the renderer reads. Default: none.
    var options: [RendererOption] { get }
    func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8]

    /// Why `format` cannot be rendered on this machine now (an external engine is missing: say
    /// which and how to install it), or nil when it can. `bidkit plugins` shows it. Default: nil.
    func unavailableReason(format: String) -> String?

    /// Renderers of paged formats that can report where each anchor lands set this (default false)
    /// and implement `paginate`.
    var paginates: Bool { get }

    /// Lays the package out as `format` would and returns the page of every anchor it can place.
    func paginate(_ package: BidPackage, format: String, options: RenderOptions) throws -> PageMap
}

extension BidRenderer {
    public var options: [RendererOption] { [] }
    public func unavailableReason(format: String) -> String? { nil }
    public var paginates: Bool { false }
    public func paginate(_ package: BidPackage, format: String, options: RenderOptions) throws -> PageMap {
        throw RenderError("the \(name) renderer does not paginate")
    }
}

/// An error a renderer reports; its message reaches the user verbatim.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}
