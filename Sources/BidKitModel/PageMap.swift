/// Where a paged layout (the PDF, the DOCX as LibreOffice lays it out) put each anchor: the
/// physical page in the file, the page number as printed there, and how far down the page.
///
/// A paginating plugin returns it (ABI 2, `paginate`); the core then writes the printed numbers
/// into the table of contents, the qualification list's attachment column and the signing map.
/// Its text form, one record a line, is what crosses the plugin boundary:
/// `pages\t<count>` then `anchor\t<anchor>\t<page>\t<label>\t<points from top>`.
public struct PageMap: Sendable, Hashable {
    public struct Place: Sendable, Hashable {
        /// 1-based page in the file.
        public var page: Int
        /// The number printed on that page ("5", "II"); empty on unnumbered pages (the cover).
        public var label: String
        /// Distance from the top edge of the page, in points (1/72 inch), when known.
        public var fromTop: Double?

        public init(page: Int, label: String, fromTop: Double? = nil) {
            self.page = page
            self.label = label
            self.fromTop = fromTop
        }
    }

    public var pageCount: Int
    public var places: [String: Place]

    public init(pageCount: Int = 0, places: [String: Place] = [:]) {
        self.pageCount = pageCount
        self.places = places
    }

    public subscript(anchor: String) -> Place? { places[anchor] }

    /// The text form, anchors sorted so the same map is always the same bytes.
    public var text: String {
        var out = "pages\t\(pageCount)\n"
        for anchor in places.keys.sorted() {
            guard let p = places[anchor] else { continue }
            let top = p.fromTop.map { String(Int(($0 * 10).rounded()) / 10) } ?? ""
            out += "anchor\t\(anchor)\t\(p.page)\t\(p.label)\t\(top)\n"
        }
        return out
    }

    /// Parses the text form; a malformed line is an error naming it.
    public init(text: String) throws {
        self.init()
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch fields.first {
            case "pages" where fields.count == 2:
                guard let count = Int(fields[1]), count >= 0 else { throw PageMapError(line: n + 1, text: String(line)) }
                pageCount = count
            case "anchor" where fields.count == 5:
                guard let page = Int(fields[2]), page >= 1 else { throw PageMapError(line: n + 1, text: String(line)) }
                places[fields[1]] = Place(page: page, label: fields[3], fromTop: Double(fields[4]))
            default:
                throw PageMapError(line: n + 1, text: String(line))
            }
        }
    }
}

public struct PageMapError: Error, CustomStringConvertible, Sendable {
    public let line: Int
    public let text: String
    public var description: String { "page map line \(line) is malformed: \(text.prefix(120))" }
}
