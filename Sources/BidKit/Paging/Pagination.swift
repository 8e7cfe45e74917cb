import Foundation

/// Page numbers for the paged formats (DOCX, PDF): the package is laid out by a paginating plugin
/// (the PDF renderer, through LibreOffice), the printed page numbers are written into the table of
/// contents and the qualification list's attachment column, and the layout is repeated until the
/// numbers no longer move (writing a number can make a line wrap and push a page).
public struct Pagination: Sendable {
    /// Formats whose files have pages that the layout pass describes.
    public static let pagedFormats: Set<String> = ["docx", "pdf"]
    /// The format a paginating plugin is asked to lay out.
    static let layoutFormat = "pdf"
    static let maxRounds = 3

    public struct Result: Sendable {
        public var package: BidPackage
        public var pages: PageMap
    }

    let plugin: LoadedPlugin

    /// The paginating plugin, when one renders PDF and can run here; otherwise why not.
    public static func available(in host: PluginHost) -> Swift.Result<Pagination, PaginationUnavailable> {
        guard let plugin = host.plugins(for: layoutFormat).first(where: \.paginates) else {
            return .failure(PaginationUnavailable(reason: "no plugin on the search path paginates \(layoutFormat)"))
        }
        if let reason = plugin.unavailableReason(format: layoutFormat) { return .failure(PaginationUnavailable(reason: reason)) }
        return .success(Pagination(plugin: plugin))
    }

    /// Lays `package` out until its page numbers settle; `references` are the cells that cite a page.
    public func paginate(_ package: BidPackage, references: [PageReference], language: Language,
                         options: [String: String]) throws -> Result {
        var current = package
        var pages = PageMap()
        for _ in 0..<Self.maxRounds {
            guard let map = try plugin.paginate(format: Self.layoutFormat, package: PackageWire.encode(current), options: options) else {
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
