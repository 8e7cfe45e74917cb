import BidKitOOXML
import BidKitPluginSDK

/// Puts the parts together as an OPC package: content types, package relationships and a fixed
/// entry order (`[Content_Types].xml` first, as Word writes it), then zips it.
struct PackageAssembler {
    struct Part {
        let name: String
        let contentType: String?
        let data: [UInt8]
        var compress = true
    }

    private var parts: [Part] = []

    mutating func add(_ name: String, contentType: String?, _ data: [UInt8], compress: Bool = true) {
        parts.append(Part(name: name, contentType: contentType, data: data, compress: compress))
    }

    mutating func add(_ name: String, contentType: String?, _ text: String) {
        add(name, contentType: contentType, Array(text.utf8))
    }

    static let packageRelationships = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties\" Target=\"docProps/app.xml\"/>"
        + "</Relationships>"

    /// Content types: defaults by extension for media, an override for every XML part.
    private var contentTypes: String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        out += "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        out += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        let extensions = parts.compactMap { $0.name.hasPrefix("word/media/") ? $0.name.split(separator: ".").last.map(String.init) : nil }
        for (ext, type) in [("png", "image/png"), ("jpeg", "image/jpeg"), ("gif", "image/gif"), ("svg", "image/svg+xml")] where extensions.contains(ext) {
            out += "<Default Extension=\"\(ext)\" ContentType=\"\(type)\"/>"
        }
        for part in parts {
            if let type = part.contentType { out += "<Override PartName=\"/\(part.name)\" ContentType=\"\(type)\"/>" }
        }
        return out + "</Types>"
    }

    /// The package's bytes; the parts are handed to the zip writer (this assembler is left empty),
    /// which lets go of each part's bytes once it has copied them.
    mutating func zip() throws -> [UInt8] {
        var entries = [ZipWriter.Entry(name: "[Content_Types].xml", data: Array(contentTypes.utf8)),
                       ZipWriter.Entry(name: "_rels/.rels", data: Array(Self.packageRelationships.utf8))]
        entries += parts.map { ZipWriter.Entry(name: $0.name, data: $0.data, compress: $0.compress) }
        parts = []
        do {
            return try ZipWriter.write(entries)
        } catch let error as OOXMLError {
            throw RenderError("cannot write the .docx: \(error.message)")
        }
    }
}

/// Content types of the WordprocessingML parts.
enum ContentType {
    private static let wml = "application/vnd.openxmlformats-officedocument.wordprocessingml."
    static let document = wml + "document.main+xml"
    static let styles = wml + "styles+xml"
    static let numbering = wml + "numbering+xml"
    static let settings = wml + "settings+xml"
    static let fontTable = wml + "fontTable+xml"
    static let header = wml + "header+xml"
    static let footer = wml + "footer+xml"
    static let footnotes = wml + "footnotes+xml"
    static let theme = "application/vnd.openxmlformats-officedocument.theme+xml"
    static let core = "application/vnd.openxmlformats-package.core-properties+xml"
    static let app = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
}
