import BidKitModel
import BidKitOOXML

// The form as read, before placeholders are filled: paragraphs keep their runs (text + formatting).

enum FormBlock: Hashable, Sendable {
    case paragraph(FormParagraph)
    case table(FormTable)
    case pageBreak
}

struct FormParagraph: Hashable, Sendable {
    /// Ordinal of the `<w:p>` element in the document part (1-based).
    var number: Int
    var alignment: Alignment
    /// Indents and spacing, resolved (`FormLayout`): a form's layout wins over the renderer's defaults.
    var format: ParagraphFormat
    var pieces: [Piece]
}

/// Direct run formatting the model can carry, plus the hyperlink the run sits in.
struct RunStyle: Hashable, Sendable {
    var bold = false
    var italic = false
    var underline = false
    var strike = false
    var link: String?
}

enum Piece: Hashable, Sendable {
    case text(String, RunStyle)
    case lineBreak(RunStyle)
}

struct FormTable: Hashable, Sendable {
    var columns: [Table.Column]
    var headerRows: Int
    var rows: [[FormCell]]
    /// Per row, its `w:trHeight`.
    var heights: [RowHeight?]
}

struct FormCell: Hashable, Sendable {
    var blocks: [FormBlock]
    var colspan: Int
    var rowspan: Int
    /// The cell's own shading, RRGGBB, or "" for none (BidKit's header grey is not added to a form).
    var fill = ""
}

/// Walks `w:body` into form blocks.
///
/// Kept: paragraphs (`w:jc` alignment, indents and spacing as `FormLayout` resolves them; heading styles
/// as bold), runs with `w:b`/`w:i`/`w:u`/`w:strike`
/// (`w:dstrike` counts as strike), `w:t`, `w:tab` (a space — renderers have no tab stops), `w:br`
/// (a line break; `w:type="page"` splits the paragraph around a page break), hyperlinks (http, https,
/// mailto, ftp and tel targets), tables (grid, `w:gridSpan`, `w:vMerge`, `w:tblHeader`, nested tables),
/// row heights, cell shading, content controls (their `w:sdtContent`), inserted text (`w:ins`), field results.
/// Dropped: deleted text (`w:del`, `w:moveFrom`), field codes (`w:instrText`), hidden text (`w:vanish`),
/// proofing marks, bookmarks, comments, drawings and text boxes, page breaks inside tables.
///
/// Limits (`DocxForm.maxParagraphs`, `.maxTableDepth`, `.maxTableColumns`) bound what a hostile form
/// can make the rest of the pipeline do; the recursion follows the XML nesting, which the parser caps.
struct BodyReader {
    let relationships: PackageRelationships
    let styles: StyleSheet
    let file: String
    let part: String
    /// `<w:p>` elements seen so far, skipped ones included, so numbers match the part's own order.
    private(set) var paragraphCount = 0
    var tableDepth = 0

    init(relationships: PackageRelationships, styles: StyleSheet, file: String, part: String) {
        self.relationships = relationships
        self.styles = styles
        self.file = file
        self.part = part
    }

    mutating func blocks(in container: XMLNode, inTable: Bool) throws -> [FormBlock] {
        var out: [FormBlock] = []
        for node in container.children { try appendBlocks(node, inTable: inTable, to: &out) }
        return out
    }

    private mutating func appendBlocks(_ node: XMLNode, inTable: Bool, to out: inout [FormBlock]) throws {
        guard Namespace.isW(node.namespace) else { return try skip(node) }
        switch node.name {
        case "p":
            out += try paragraph(node, inTable: inTable)
        case "tbl":
            out.append(.table(try table(node)))
        case "sdt":
            if let content = node.firstW("sdtContent") {
                for child in content.children { try appendBlocks(child, inTable: inTable, to: &out) }
            }
        case "customXml", "ins", "moveTo":
            for child in node.children { try appendBlocks(child, inTable: inTable, to: &out) }
        default:
            try skip(node)  // sectPr, bookmarks, w:del, w:moveFrom, altChunk …
        }
    }

    /// Counts the paragraphs of a subtree that is not read (text boxes, deleted rows).
    mutating func skip(_ node: XMLNode) throws {
        for child in node.children {
            if child.isW("p") { try countParagraph() }
            try skip(child)
        }
    }

    private mutating func countParagraph() throws {
        paragraphCount += 1
        guard paragraphCount <= DocxForm.maxParagraphs else {
            throw DocxReadError(file: file, message:
                "\(part) has more than \(OOXMLError.count(DocxForm.maxParagraphs)) paragraphs, the limit for Word forms")
        }
    }

    // MARK: Paragraphs

    private mutating func paragraph(_ p: XMLNode, inTable: Bool) throws -> [FormBlock] {
        try countParagraph()
        let number = paragraphCount
        let pPr = p.firstW("pPr")
        let styleID = pPr?.firstW("pStyle")?.w() ?? styles.defaultParagraphStyle
        let alignment = pPr?.firstW("jc")?.w().flatMap(Self.alignment) ?? styleID.flatMap(styles.alignment) ?? .none
        var heading = styleID.map(styles.isHeading) ?? false
        if let level = pPr?.firstW("outlineLvl")?.w().flatMap({ Int($0) }) { heading = (0...8).contains(level) }

        var segments: [[Piece]] = [[]]
        try collect(p, link: nil, heading: heading, into: &segments)

        let format = format(pPr, style: styleID)
        var out: [FormBlock] = []
        if !inTable, Self.toggle(pPr?.firstW("pageBreakBefore")) { out.append(.pageBreak) }
        for (i, pieces) in segments.enumerated() {
            if i > 0, !inTable { out.append(.pageBreak) }
            out.append(.paragraph(FormParagraph(number: number, alignment: alignment, format: format, pieces: pieces)))
        }
        return out
    }

    /// Run-level content of a paragraph (or of a container inside it); a page break starts a new segment.
    private mutating func collect(_ node: XMLNode, link: String?, heading: Bool, into segments: inout [[Piece]]) throws {
        for child in node.children {
            guard Namespace.isW(child.namespace) else {
                try skip(child)  // mc:AlternateContent, m:oMath …
                continue
            }
            switch child.name {
            case "r":
                try run(child, link: link, heading: heading, into: &segments)
            case "hyperlink":
                try collect(child, link: hyperlink(child) ?? link, heading: heading, into: &segments)
            case "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo":
                try collect(child, link: link, heading: heading, into: &segments)
            case "sdt":
                if let content = child.firstW("sdtContent") {
                    try collect(content, link: link, heading: heading, into: &segments)
                }
            default:
                try skip(child)  // pPr, w:del, w:moveFrom, w:proofErr, bookmarks, comment ranges …
            }
        }
    }

    private mutating func run(_ r: XMLNode, link: String?, heading: Bool, into segments: inout [[Piece]]) throws {
        let rPr = r.firstW("rPr")
        if Self.toggle(rPr?.firstW("vanish")) { return try skip(r) }
        var style = Self.style(rPr)
        style.link = link
        if heading { style.bold = true }
        func append(_ piece: Piece) { segments[segments.count - 1].append(piece) }
        for child in r.children {
            guard Namespace.isW(child.namespace) else {
                try skip(child)
                continue
            }
            switch child.name {
            case "t":
                // Line ends and tabs typed into w:t are spaces to Word (the parser already made CR LF one LF).
                var text = String(child.text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" || $0 == "\r\n" ? " " : $0 })
                // Without xml:space="preserve", Word drops the spaces at either end of w:t.
                if !child.preservesSpace { text = text.trimmingXMLWhitespace }
                if !text.isEmpty { append(.text(text, style)) }
            case "tab", "ptab":
                append(.text(" ", style))
            case "br":
                if child.w("type") == "page" { segments.append([]) } else { append(.lineBreak(style)) }
            case "cr":
                append(.lineBreak(style))
            case "noBreakHyphen":
                append(.text("-", style))
            default:
                try skip(child)  // rPr, instrText, fldChar, delText, drawing, pict, lastRenderedPageBreak, sym …
            }
        }
    }

    /// The URL of a `w:hyperlink`, when it is external and of a scheme safe to pass on; internal
    /// bookmark links (`w:anchor` only) are not kept, as the form's bookmarks are not.
    private func hyperlink(_ node: XMLNode) -> String? {
        guard let id = node.attribute("id", in: OOXMLNamespace.r), let rel = relationships.relationship(id: id) else { return nil }
        var url = rel.target
        if let anchor = node.w("anchor"), !anchor.isEmpty { url += "#" + anchor }
        let lower = url.lowercased()
        guard ["http://", "https://", "mailto:", "ftp://", "tel:"].contains(where: lower.hasPrefix) else { return nil }
        return url
    }

    // MARK: Formatting

    static func style(_ rPr: XMLNode?) -> RunStyle {
        guard let rPr else { return RunStyle() }
        var style = RunStyle()
        style.bold = toggle(rPr.firstW("b"))
        style.italic = toggle(rPr.firstW("i"))
        style.strike = toggle(rPr.firstW("strike")) || toggle(rPr.firstW("dstrike"))
        if let u = rPr.firstW("u") {
            let value = u.w()?.lowercased()
            style.underline = !["none", "0", "false", "off"].contains(value ?? "single")
        }
        return style
    }

    /// An on/off property: present means on, unless `w:val` is 0 / false / off.
    static func toggle(_ node: XMLNode?) -> Bool {
        guard let node else { return false }
        guard let value = node.w()?.lowercased() else { return true }
        return !["0", "false", "off"].contains(value)
    }

    /// `w:jc`: left/start, center, right/end; justified and distributed text has no model alignment.
    static func alignment(_ value: String) -> Alignment? {
        switch value {
        case "left", "start": return .left
        case "center": return .center
        case "right", "end": return .right
        default: return Alignment.none
        }
    }
}
