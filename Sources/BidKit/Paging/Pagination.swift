import Foundation

/// Page numbers for the paged formats: the package is laid out by a paginating plugin, the
/// printed page numbers are written into the table of contents and the qualification list's
/// attachment column, and the layout is repeated until the numbers no longer move (writing a
/// number can make a line wrap and push a page).
///
/// Two layouts exist, each by the engine that prints the file: DOCX and PDF are laid out by the PDF
/// renderer (LibreOffice), the HTML print by the HTML renderer (headless Chromium).
public struct Pagination: Sendable {
    /// Formats whose files have the pages LibreOffice lays out.
    public static let pagedFormats: Set<String> = ["docx", "pdf"]
    /// The format a paginating plugin is asked to lay out for DOCX and PDF.
    public static let layoutFormat = "pdf"
    /// The HTML print's own layout.
    public static let htmlLayoutFormat = "html"
    static let maxRounds = 3

    public struct Result: Sendable {
        public var package: BidPackage
        public var pages: PageMap
    }

    let plugin: LoadedPlugin
    /// The format laid out.
    let format: String

    /// The paginating plugin, when one renders `format` (PDF by default) and can run here; otherwise why not.
    public static func available(in host: PluginHost, format: String = layoutFormat) -> Swift.Result<Pagination, PaginationUnavailable> {
        guard let plugin = host.plugins(for: format).first(where: \.paginates) else {
            return .failure(PaginationUnavailable(reason: "no plugin on the search path paginates \(format)"))
        }
        if let reason = plugin.unavailableReason(format: format) { return .failure(PaginationUnavailable(reason: reason)) }
        return .success(Pagination(plugin: plugin, format: format))
    }

    /// Lays `package` out until its page numbers settle; `references` are the cells that cite a page.
    public func paginate(_ package: BidPackage, references: [PageReference], language: Language,
                         options: [String: String]) throws -> Result {
        var current = package
        var pages = PageMap()
        for _ in 0..<Self.maxRounds {
            guard let map = try plugin.paginate(format: format, package: PackageWire.encode(current), options: options) else {
                throw PaginationUnavailable(reason: "plugin '\(plugin.name)' does not paginate")
            }
            pages = map
            let next = PageNumbers.apply(map, to: package, references: references, language: language)
            if next == current { return Result(package: current, pages: map) }
            current = next
        }
        // Still moving after the last round: the numbers written are those of the last layout.
        return Result(package: current, pages: pages)
    }
}

public struct PaginationUnavailable: Error, CustomStringConvertible, Sendable {
    public let reason: String
    public var description: String { reason }
}
