import BidKitModel
import BidKitOOXML

/// What the reader takes from `word/styles.xml`: which paragraph styles are headings, their alignment,
/// and the indents and spacing paragraphs inherit (with the document defaults).
/// Character styles and style fonts are not applied.
struct StyleSheet: Hashable, Sendable {
    struct Style: Hashable, Sendable {
        var name: String
        var basedOn: String?
        var alignment: Alignment?
        var outlineLevel: Int?
        var format = PartialParagraphFormat()
    }

    private var styles: [String: Style] = [:]
    /// The style of paragraphs that name none (`w:default="1"`, Word's "Normal").
    private(set) var defaultParagraphStyle: String?
    /// `w:docDefaults`: what every paragraph starts from.
    private(set) var defaults = PartialParagraphFormat()

    init() {}

    init(_ tree: XMLTree) {
        guard let root = tree.root, root.isW("styles") else { return }
        if let docDefaults = root.firstW("docDefaults") {
            defaults = PartialParagraphFormat(pPr: docDefaults.firstW("pPrDefault")?.firstW("pPr"),
                                              rPr: docDefaults.firstW("rPrDefault")?.firstW("rPr"))
        }
        for node in root.children where node.isW("style") && node.w("type") == "paragraph" {
            guard let id = node.w("styleId") else { continue }
            if defaultParagraphStyle == nil, ["1", "true", "on"].contains(node.w("default")?.lowercased() ?? "") {
                defaultParagraphStyle = id
            }
            let pPr = node.firstW("pPr")
            styles[id] = Style(
                name: node.firstW("name")?.w() ?? "",
                basedOn: node.firstW("basedOn")?.w(),
                alignment: pPr?.firstW("jc")?.w().flatMap(BodyReader.alignment),
                outlineLevel: pPr?.firstW("outlineLvl")?.w().flatMap { Int($0) },
                format: PartialParagraphFormat(pPr: pPr, rPr: node.firstW("rPr")))
        }
    }

    /// The style and the styles it is based on, nearest first (cycles and deep chains cut off).
    private func chain(_ id: String) -> [(id: String, style: Style?)] {
        var out: [(String, Style?)] = []
        var next: String? = id
        while let current = next, out.count < 16, !out.contains(where: { $0.0 == current }) {
            out.append((current, styles[current]))
            next = styles[current]?.basedOn
        }
        return out
    }

    /// The indents and spacing of style `id`: its own over those of the styles it is based on, over the defaults.
    func format(_ id: String) -> PartialParagraphFormat {
        chain(id).reversed().reduce(defaults) { inherited, link in link.style?.format.over(inherited) ?? inherited }
    }

    func alignment(_ id: String) -> Alignment? {
        chain(id).lazy.compactMap { $0.style?.alignment }.first
    }

    /// Headings: styles named "heading 1" … "heading 9" or "Title" (Word's built-in names, whatever the
    /// UI language — a Chinese Word names its style id "1" but the style "heading 1"), styles with an
    /// outline level, and — when styles.xml is missing — the English style ids "Heading1", "Title".
    func isHeading(_ id: String) -> Bool {
        for (styleID, style) in chain(id) {
            if Self.isHeadingName(styleID) { return true }
            guard let style else { continue }
            if Self.isHeadingName(style.name) { return true }
            if let level = style.outlineLevel, (0...8).contains(level) { return true }
        }
        return false
    }

    private static func isHeadingName(_ name: String) -> Bool {
        let lower = name.lowercased().replacingSpaces
        if lower == "title" { return true }
        guard lower.hasPrefix("heading"), let digit = lower.dropFirst("heading".count).first else { return false }
        return lower.count == "heading".count + 1 && ("1"..."9").contains(digit)
    }
}

private extension String {
    var replacingSpaces: String { String(filter { $0 != " " }) }
}
