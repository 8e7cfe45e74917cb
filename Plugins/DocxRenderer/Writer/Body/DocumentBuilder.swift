import BidKitOOXML
import BidKitPluginSDK

/// Builds `word/document.xml` from the package, collecting what the other parts need on the way
/// (relationships, media, list numbering) and the warnings for the caller.
///
/// Layout: a cover page (own section, no header or footer), the table of contents when the package's
/// front matter has one (own section, roman page numbers), then every part in its own section
/// starting on a new page, page numbers from 1, each section of a part on a new page.
final class DocumentBuilder {
    let package: BidPackage
    let metadata: Metadata
    let zh: Bool
    let reference: ReferenceDocument
    let styles: StyleMap
    let numbering: ListNumbering
    /// The TOC field's levels and the listed headings below them.
    let contents: ContentsLevels
    var relationships = Relationships()
    var warnings: [String] = []
    var bookmarks = BookmarkNames()
    /// Elements not yet written: only the last can still change (it takes a section's properties).
    var body: [BodyElement] = []
    /// `word/document.xml` so far; each section's elements move here once written (`flushBody`), so
    /// the body is never held whole as elements and as XML at once.
    private var written = XMLBytes()
    var media: [(name: String, data: [UInt8])] = []
    var images: [String: (relID: String, info: ImageInfo)] = [:]
    var lists: [ListNumbering.Instance] = []
    var nextBookmarkID = 0
    /// Bookmark names already placed: a repeated anchor links to its first heading only.
    var placedBookmarks: Set<String> = []
    var nextDrawingID = 1
    /// `w:footnote` elements, in reference order (ids 1, 2 …; `Body/Footnotes.swift`).
    var footnotes: [String] = []
    /// Signature blocks seen so far; the n-th is bookmarked as anchor `signature-n` (`Signature.anchor`).
    var signatureCount = 0
    /// Inside a table whose section links get page references (`PageReferences`).
    var pageReferences = false
    /// Pages the layout pass found for headings, by anchor (the table of contents' entries).
    lazy var tocPages: [String: String] = {
        var pages: [String: String] = [:]
        // `sections` starts with the front matter's table of contents.
        for section in package.sections {
            for case .toc(let entries) in section.blocks {
                for e in entries where !e.page.isEmpty && pages[e.anchor] == nil { pages[e.anchor] = e.page }
            }
        }
        return pages
    }()
    /// Where warnings say they happened ("section 一、投标函 (bid-letter)").
    var place = "document"
    let headerRelID: String
    let footerRelID: String
    /// The landscape sections' header and footer (`header2.xml`, `footer2.xml`: `TurnedHeaderFooter`),
    /// related once the first schedule is turned; nil while none is.
    private(set) var turnedRelIDs: (header: String, footer: String)?

    init(package: BidPackage, reference: ReferenceDocument) throws {
        self.package = package
        metadata = package.metadata
        zh = package.metadata.language == "zh"
        self.reference = reference
        contents = ContentsLevels(package: package)
        var styles = StyleMap(styles: reference.styles, numbering: reference.numbering)
        let addedContents = try Self.addContentsStyles(for: contents, to: reference.styles, styles)
        let addedCompact = try Self.addCompactTableStyles(to: reference.styles, styles, halfPoints: Self.compactTableSize(zh: zh))
        if addedContents || addedCompact {
            styles = StyleMap(styles: reference.styles, numbering: reference.numbering)
        }
        self.styles = styles
        numbering = try ListNumbering(reference: reference.numbering, styles: styles)
        _ = relationships.add(.styles, target: "styles.xml")
        _ = relationships.add(.numbering, target: "numbering.xml")
        _ = relationships.add(.settings, target: "settings.xml")
        if reference.fontTable != nil { _ = relationships.add(.fontTable, target: "fontTable.xml") }
        if reference.theme != nil { _ = relationships.add(.theme, target: "theme/theme1.xml") }
        headerRelID = relationships.add(.header, target: "header1.xml")
        footerRelID = relationships.add(.footer, target: "footer1.xml")
    }

    /// The id of the reference style named `name`, when it has one (remembered: every cell and run asks).
    func style(_ name: String) -> String? {
        if let known = styleIDs[name] { return known }
        let id = styles.paragraph(name)
        styleIDs[name] = id
        return id
    }
    private var styleIDs: [String: String?] = [:]

    func warn(_ message: String) { warnings.append("\(place): \(message)") }

    // MARK: - Document

    /// `word/document.xml` as UTF-8; the builder's body is used up (call once).
    func documentXML() throws -> [UInt8] {
        written.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n")
        written.append("<w:document xmlns:w=\"\(NS.w)\" xmlns:r=\"\(NS.r)\"")
        written.append(" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"")
        written.append(" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"")
        written.append(" xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"")
        written.append(" xmlns:asvg=\"http://schemas.microsoft.com/office/drawing/2016/SVG/main\"><w:body>")
        cover()
        closeSection(headers: false, pageNumbers: nil)

        if let toc = package.frontMatter.contents {
            place = "section \(toc.title) (\(toc.id))"
            tableOfContents(section: toc, pageBreakBefore: false)
            body.append(.paragraph(ParagraphProperties(), content: ""))  // the field ends before the break
            closeSection(headers: true, pageNumbers: "<w:pgNumType w:fmt=\"upperRoman\" w:start=\"1\"/>")
        }
        // Body pages count from 1 in the first section after the contents (a landscape schedule may close it early).
        var bodyNumbers: String? = "<w:pgNumType w:start=\"1\"/>"
        for (p, part) in package.parts.enumerated() {
            place = "part \(part.numberedTitle) (\(part.id))"
            body.append(heading(level: 1, number: part.number, anchor: part.id, content: [.text(part.title)]))
            var first = true
            for (s, section) in part.sections.enumerated() {
                place = "section \(section.numberedTitle) (\(section.id))"
                if section.kind == "toc" {
                    tableOfContents(section: section, pageBreakBefore: !first)
                } else {
                    let turned = landscapePage(for: section, first: first, last: s == part.sections.count - 1)
                    if turned != nil {
                        closeSection(headers: true, pageNumbers: bodyNumbers)
                        bodyNumbers = nil
                    }
                    var h = heading(level: 2, number: section.number, anchor: section.id, content: [.text(section.title)])
                    if !first, turned == nil, case .paragraph(var props, let content) = h {
                        props.pageBreakBefore = true
                        h = .paragraph(props, content: content)
                    }
                    body.append(h)
                    var ctx = Context()
                    ctx.availableWidth = turned?.textWidth
                    body += try blocks(section.blocks, ctx)
                    if let turned { closeSection(headers: true, pageNumbers: nil, page: turned) }
                }
                flushBody()
                first = false
            }
            if p < package.parts.count - 1 {
                closeSection(headers: true, pageNumbers: bodyNumbers)
                bodyNumbers = nil
            }
        }
        let last = sectionProperties(headers: true, pageNumbers: bodyNumbers)
        flushBody(keepingLast: false)
        written.append(last)
        written.append("</w:body></w:document>")
        return written.take()
    }

    /// Writes the body's elements out, all but the last unless `keepingLast` is false.
    private func flushBody(keepingLast: Bool = true) {
        let n = keepingLast ? body.count - 1 : body.count
        guard n > 0 else { return }
        for i in 0..<n { body[i].write(into: &written) }
        body.removeFirst(n)
    }

    /// `w:sectPr` with the reference's page setup; `headers` links the header and footer parts.
    func sectionProperties(headers: Bool, pageNumbers: String?, page: PageSetup? = nil) -> String {
        var out = "<w:sectPr>"
        if headers {
            var ids = (header: headerRelID, footer: footerRelID)
            if let page, page.width != reference.page.width { ids = turnedHeaderFooter() }
            out += "<w:headerReference w:type=\"default\" r:id=\"\(ids.header)\"/>"
            out += "<w:footerReference w:type=\"default\" r:id=\"\(ids.footer)\"/>"
        }
        let page = page ?? reference.page
        out += "<w:type w:val=\"nextPage\"/>" + page.sizeAndMargins + (pageNumbers ?? "") + page.columnsAndGrid
        return out + "</w:sectPr>"
    }

    private func turnedHeaderFooter() -> (header: String, footer: String) {
        if let turnedRelIDs { return turnedRelIDs }
        let ids = (header: relationships.add(.header, target: "header2.xml"), footer: relationships.add(.footer, target: "footer2.xml"))
        turnedRelIDs = ids
        return ids
    }

    /// Ends the current section at the last paragraph (or an empty one after a table).
    func closeSection(headers: Bool, pageNumbers: String?, page: PageSetup? = nil) {
        let sect = sectionProperties(headers: headers, pageNumbers: pageNumbers, page: page)
        if case .paragraph(var props, let content)? = body.last, props.sectionProperties == nil {
            props.sectionProperties = sect
            body[body.count - 1] = .paragraph(props, content: content)
        } else {
            var props = ParagraphProperties()
            props.sectionProperties = sect
            body.append(.paragraph(props, content: ""))
        }
    }

    /// Anchor → bookmark name of every bookmark placed in the body.
    var placedBookmarkNames: [String: String] { bookmarks.all.filter { placedBookmarks.contains($0.value) } }

    /// `content` wrapped in a bookmark for `anchor`, unless one of that name is already placed.
    func bookmarked(_ anchor: String, _ content: String) -> String {
        let name = anchor.isEmpty ? "" : bookmarks.name(for: anchor)
        guard !name.isEmpty, placedBookmarks.insert(name).inserted else { return content }
        let id = nextBookmarkID
        nextBookmarkID += 1
        return "<w:bookmarkStart w:id=\"\(id)\" w:name=\"\(name)\"/>" + content + "<w:bookmarkEnd w:id=\"\(id)\"/>"
    }

    // MARK: - Headings

    /// A numbered heading with a bookmark for TOC links. Word shows the number from the style's
    /// numbering; only when the reference does not number this level is it typed as text.
    func heading(level: Int, number: String, anchor: String, content: [Inline]) -> BodyElement {
        let level = min(max(level, 1), 9)
        var props = ParagraphProperties()
        props.style = style(contents.deeper[anchor] == nil ? "heading \(level)" : ContentsLevels.styleName(level))
        var inlines = content
        if !styles.numberedHeadingLevels.contains(level), !number.isEmpty {
            let joined = Heading.join(number: number, title: "")
            inlines.insert(.text(joined), at: 0)
        }
        if props.style == nil { props.outlineLevel = level - 1 }
        return .paragraph(props, content: bookmarked(anchor, inlineXML(inlines)))
    }

    /// "Contents Heading N" for each level the TOC lists below its outline levels, based on
    /// "heading N" (a style the reference already has is kept). True when a style was added.
    static func addContentsStyles(for contents: ContentsLevels, to tree: XMLTree, _ styles: StyleMap) throws -> Bool {
        guard let root = tree.root else { return false }
        var added = false
        for level in Set(contents.deeper.values).sorted() where !styles.has(ContentsLevels.styleName(level)) {
            let basedOn = styles.paragraph("heading \(level)").map { "<w:basedOn w:val=\"\(XMLText.attribute($0))\"/>" } ?? ""
            let next = styles.paragraph("Body Text").map { "<w:next w:val=\"\(XMLText.attribute($0))\"/>" } ?? ""
            try tree.insert(fragment: "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"ContentsHeading\(level)\">"
                + "<w:name w:val=\"\(ContentsLevels.styleName(level))\"/>\(basedOn)\(next)<w:qFormat/></w:style>", into: root)
            added = true
        }
        return added
    }

    /// Wide tables (eight columns and more: the price schedule) are set smaller so amounts fit a line.
    static func compactTableSize(zh: Bool) -> Int { zh ? 18 : 16 }

    /// "Table Text Compact" (and Heading, Total) at `halfPoints`, based on the reference's table
    /// styles, so a wide table's cells name a style instead of repeating the size on every run
    /// (2.3 MB of the large benchmark's document.xml). True when a style was added.
    static func addCompactTableStyles(to tree: XMLTree, _ styles: StyleMap, halfPoints: Int) throws -> Bool {
        guard let root = tree.root else { return false }
        var added = false
        for name in ["Table Text", "Table Heading", "Table Total"] {
            guard let id = styles.paragraph(name), !styles.has(name + " Compact"),
                  styles.size(id) != halfPoints else { continue }
            try tree.insert(fragment: "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"\(XMLText.attribute(id))Compact\">"
                + "<w:name w:val=\"\(name) Compact\"/><w:basedOn w:val=\"\(XMLText.attribute(id))\"/>"
                + "<w:rPr><w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/></w:rPr></w:style>", into: root)
            added = true
        }
        return added
    }
}
