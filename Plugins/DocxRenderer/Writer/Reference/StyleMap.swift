import BidKitOOXML

/// Resolves the styles the renderer applies to the style ids of the reference document.
///
/// Styles are found by *name* first ("heading 1", "Table Text"): a reference saved by a localised
/// Word keeps the English built-in names but may use other ids (the Chinese edition writes
/// `w:styleId="1"` for "heading 1"). A style the reference lacks resolves to nil and the renderer
/// leaves the paragraph in the Normal style rather than pointing at an undefined id.
struct StyleMap {
    private var idByName: [String: String] = [:]
    private var ids: Set<String> = []
    /// Heading levels whose style carries a `w:numPr` pointing at a definition the numbering part
    /// has, i.e. that Word numbers itself.
    private(set) var numberedHeadingLevels: Set<Int> = []
    /// numId of the "List Bullet" / "List Number" styles, used as models for list numbering.
    private(set) var bulletNumID: String?
    private(set) var orderedNumID: String?
    /// Per style id: the style it is based on, its own font size (half-points) and alignment, so the
    /// writer leaves out direct formatting a paragraph's style already gives (a smaller document.xml).
    private var basedOn: [String: String] = [:]
    private var ownSize: [String: Int] = [:]
    private var ownJC: [String: String] = [:]

    init(styles: XMLTree, numbering: XMLTree) {
        for style in styles.nodes("/w:styles/w:style") {
            guard let id = styles.attribute(style, "styleId") else { continue }
            ids.insert(id)
            if let base = styles.first("w:basedOn", at: style).flatMap({ styles.attribute($0, "val") }) { basedOn[id] = base }
            if let sz = styles.first("w:rPr/w:sz", at: style).flatMap({ styles.integer($0, "val", in: 1...3_276) }) { ownSize[id] = sz }
            if let jc = styles.first("w:pPr/w:jc", at: style).flatMap({ styles.attribute($0, "val") }) { ownJC[id] = jc }
            if let name = styles.first("w:name", at: style).flatMap({ styles.attribute($0, "val") }) {
                let key = name.lowercased()
                if idByName[key] == nil { idByName[key] = id }
            }
        }
        for level in 1...9 {
            guard let id = paragraph("heading \(level)"),
                  let node = styles.first("/w:styles/w:style[@w:styleId=\(XPath.literal(id))]/w:pPr/w:numPr/w:numId"),
                  let numID = styles.attribute(node, "val"), numID != "0",
                  numbering.first("/w:numbering/w:num[@w:numId=\(XPath.literal(numID))]") != nil else { continue }
            numberedHeadingLevels.insert(level)
        }
        func numID(_ name: String) -> String? {
            guard let id = paragraph(name),
                  let node = styles.first("/w:styles/w:style[@w:styleId=\(XPath.literal(id))]/w:pPr/w:numPr/w:numId") else { return nil }
            return styles.attribute(node, "val")
        }
        bulletNumID = numID("List Bullet")
        orderedNumID = numID("List Number")
    }

    /// The id of the style named `name`, or of a style whose id is the name without spaces.
    func paragraph(_ name: String) -> String? {
        if let id = idByName[name.lowercased()] { return id }
        let compact = name.filter { $0 != " " }
        return ids.contains(compact) ? compact : nil
    }

    func has(_ name: String) -> Bool { paragraph(name) != nil }

    /// The font size (half-points) style `id` gives, through the styles it is based on; nil when
    /// none of them sets one (the document defaults then do).
    func size(_ id: String) -> Int? { inherited(id) { ownSize[$0] } }

    /// The `w:jc` value style `id` gives, through the styles it is based on.
    func alignment(_ id: String) -> String? { inherited(id) { ownJC[$0] } }

    private func inherited<T>(_ id: String, _ own: (String) -> T?) -> T? {
        var next: String? = id
        var seen = 0
        while let current = next, seen < 16 {  // a cycle or a deep chain in a hostile reference ends here
            if let value = own(current) { return value }
            next = basedOn[current]
            seen += 1
        }
        return nil
    }
}
