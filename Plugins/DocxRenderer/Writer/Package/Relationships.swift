import BidKitOOXML
/// Relationships of `word/document.xml`, numbered rId1, rId2 … in the order they are added, so
/// the same document always gets the same ids.
struct Relationships {
    enum Kind: String {
        case styles, numbering, settings, fontTable, theme, header, footer, image, hyperlink, footnotes
        var type: String { "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" + rawValue }
    }

    private struct Entry {
        let id: String
        let kind: Kind
        let target: String
        let external: Bool
    }

    private var entries: [Entry] = []
    /// Hyperlinks by URL: one relationship per distinct target.
    private var hyperlinkIDs: [String: String] = [:]

    mutating func add(_ kind: Kind, target: String, external: Bool = false) -> String {
        let id = "rId\(entries.count + 1)"
        entries.append(Entry(id: id, kind: kind, target: target, external: external))
        return id
    }

    mutating func hyperlink(_ url: String) -> String {
        if let id = hyperlinkIDs[url] { return id }
        let id = add(.hyperlink, target: url, external: true)
        hyperlinkIDs[url] = id
        return id
    }

    var xml: String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        for e in entries {
            out += "<Relationship Id=\"\(e.id)\" Type=\"\(e.kind.type)\" Target=\"\(XMLText.attribute(e.target))\""
            out += e.external ? " TargetMode=\"External\"/>" : "/>"
        }
        return out + "</Relationships>"
    }
}
