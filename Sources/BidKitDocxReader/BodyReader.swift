import BidKitModel

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
}

struct FormCell: Hashable, Sendable {
    var blocks: [FormBlock]
    var colspan: Int
    var rowspan: Int
}

/// Walks `w:body` into form blocks.
///
/// Kept: paragraphs (`w:jc` alignment; heading styles as bold), runs with `w:b`/`w:i`/`w:u`/`w:strike`
/// (`w:dstrike` counts as strike), `w:t`, `w:tab` (a space — renderers have no tab stops), `w:br`
/// (a line break; `w:type="page"` splits the paragraph around a page break), hyperlinks (http, https,
/// mailto, ftp and tel targets), tables (grid, `w:gridSpan`, `w:vMerge`, `w:tblHeader`, nested tables),
/// content controls (their `w:sdtContent`), inserted text (`w:ins`), field results.
/// Dropped: deleted text (`w:del`, `w:moveFrom`), field codes (`w:instrText`), hidden text (`w:vanish`),
/// proofing marks, bookmarks, comments, drawings and text boxes, page breaks inside tables.
struct BodyReader {
    let relationships: Relationships
    let styles: StyleSheet
    /// `<w:p>` elements seen so far, skipped ones included, so numbers match the part's own order.
    private(set) var paragraphCount = 0

    init(relationships: Relationships, styles: StyleSheet) {
        self.relationships = relationships
        self.styles = styles
    }

    mutating func blocks(in container: XMLNode, inTable: Bool) -> [FormBlock] {
        var out: [FormBlock] = []
        for node in container.children { appendBlocks(node, inTable: inTable, to: &out) }
        return out
    }

    private mutating func appendBlocks(_ node: XMLNode, inTable: Bool, to out: inout [FormBlock]) {
        guard Namespace.isW(node.namespace) else { return skip(node) }
        switch node.localName {
        case "p":
            out += paragraph(node, inTable: inTable)
        case "tbl":
            out.append(.table(table(node)))
        case "sdt":
            if let content = node.firstW("sdtContent") {
                for child in content.children { appendBlocks(child, inTable: inTable, to: &out) }
            }
        case "customXml", "ins", "moveTo":
            for child in node.children { appendBlocks(child, inTable: inTable, to: &out) }
        default:
            skip(node)  // sectPr, bookmarks, w:del, w:moveFrom, altChunk …
        }
    }

    /// Counts the paragraphs of a subtree that is not read (text boxes, deleted rows).
    private mutating func skip(_ node: XMLNode) {
        for child in node.children {
            if child.isW("p") { paragraphCount += 1 }
            skip(child)
        }
    }

    // MARK: Paragraphs

    private mutating func paragraph(_ p: XMLNode, inTable: Bool) -> [FormBlock] {
        paragraphCount += 1
        let number = paragraphCount
        let pPr = p.firstW("pPr")
        let styleID = pPr?.firstW("pStyle")?.w() ?? styles.defaultParagraphStyle
        let alignment = pPr?.firstW("jc")?.w().flatMap(Self.alignment) ?? styleID.flatMap(styles.alignment) ?? .none
        var heading = styleID.map(styles.isHeading) ?? false
        if let level = pPr?.firstW("outlineLvl")?.w().flatMap({ Int($0) }) { heading = (0...8).contains(level) }

        var segments: [[Piece]] = [[]]
        collect(p, link: nil, heading: heading, into: &segments)

        var out: [FormBlock] = []
        if !inTable, Self.toggle(pPr?.firstW("pageBreakBefore")) { out.append(.pageBreak) }
        for (i, pieces) in segments.enumerated() {
            if i > 0, !inTable { out.append(.pageBreak) }
            out.append(.paragraph(FormParagraph(number: number, alignment: alignment, pieces: pieces)))
        }
        return out
    }

    /// Run-level content of a paragraph (or of a container inside it); a page break starts a new segment.
    private mutating func collect(_ node: XMLNode, link: String?, heading: Bool, into segments: inout [[Piece]]) {
        for child in node.children {
            guard Namespace.isW(child.namespace) else {
                skip(child)  // mc:AlternateContent, m:oMath …
                continue
            }
            switch child.localName {
            case "r":
                run(child, link: link, heading: heading, into: &segments)
            case "hyperlink":
                collect(child, link: hyperlink(child) ?? link, heading: heading, into: &segments)
            case "ins", "moveTo", "smartTag", "customXml", "fldSimple", "dir", "bdo":
                collect(child, link: link, heading: heading, into: &segments)
            case "sdt":
                if let content = child.firstW("sdtContent") {
                    collect(content, link: link, heading: heading, into: &segments)
                }
            default:
                skip(child)  // pPr, w:del, w:moveFrom, w:proofErr, bookmarks, comment ranges …
            }
        }
    }

    private mutating func run(_ r: XMLNode, link: String?, heading: Bool, into segments: inout [[Piece]]) {
        let rPr = r.firstW("rPr")
        if Self.toggle(rPr?.firstW("vanish")) { return skip(r) }
        var style = Self.style(rPr)
        style.link = link
        if heading { style.bold = true }
        func append(_ piece: Piece) { segments[segments.count - 1].append(piece) }
        for child in r.children {
            guard Namespace.isW(child.namespace) else {
                skip(child)
                continue
            }
            switch child.localName {
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
                skip(child)  // rPr, instrText, fldChar, delText, drawing, pict, lastRenderedPageBreak, sym …
            }
        }
    }

    /// The URL of a `w:hyperlink`, when it is external and of a scheme safe to pass on; internal
    /// bookmark links (`w:anchor` only) are not kept, as the form's bookmarks are not.
    private func hyperlink(_ node: XMLNode) -> String? {
        guard let id = node.attribute("id", in: Namespace.r), let rel = relationships.entry(id) else { return nil }
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

    // MARK: Tables

    private enum VMerge { case restart, `continue` }

    private struct RawCell {
        var blocks: [FormBlock]
        var colspan: Int
        var vMerge: VMerge?
    }

    private struct RawRow {
        var header: Bool
        var gridBefore: Int
        var cells: [RawCell]
    }

    private mutating func table(_ tbl: XMLNode) -> FormTable {
        let grid = tbl.firstW("tblGrid")?.children.filter { $0.isW("gridCol") }.map { Int($0.w("w") ?? "") ?? 0 } ?? []
        var rawRows: [RawRow] = []
        rows(in: tbl, into: &rawRows)

        // Vertical merges: a restarting cell grows by one row for every continuing cell below it in
        // the same grid column; continuing cells are omitted.
        var rows: [[FormCell]] = []
        var active: [Int: (row: Int, cell: Int)] = [:]
        for raw in rawRows {
            var cells: [FormCell] = []
            var column = 0
            var touched = Set<Int>()
            if raw.gridBefore > 0 {
                cells.append(FormCell(blocks: [], colspan: raw.gridBefore, rowspan: 1))
                column = raw.gridBefore
            }
            for cell in raw.cells {
                defer { column += cell.colspan }
                if cell.vMerge == .continue, let origin = active[column], rows[origin.row][origin.cell].colspan == cell.colspan {
                    rows[origin.row][origin.cell].rowspan += 1
                    touched.insert(column)
                    continue
                }
                for c in column..<(column + cell.colspan) { active[c] = nil }
                if cell.vMerge == .restart {
                    active[column] = (rows.count, cells.count)
                    touched.insert(column)
                }
                cells.append(FormCell(blocks: cell.blocks, colspan: cell.colspan, rowspan: 1))
            }
            // A merge only continues into the very next row.
            active = active.filter { touched.contains($0.key) }
            rows.append(cells)
        }

        // Header: the leading rows marked to repeat, widened to cover cells merged down out of them.
        var headerRows = rawRows.prefix { $0.header }.count
        var r = 0
        while r < headerRows {
            for cell in rows[r] { headerRows = max(headerRows, r + cell.rowspan) }
            r += 1
        }

        let width = max(grid.count, rows.map { $0.reduce(0) { $0 + $1.colspan } }.max() ?? 0)
        let total = grid.reduce(0, +)
        var columns = grid.map { w in
            Table.Column(weight: total > 0 && w > 0 && grid.count == width ? max(1, (w * 100 + total / 2) / total) : 0)
        }
        while columns.count < width { columns.append(Table.Column()) }
        if columns.contains(where: { $0.weight == 0 }) { columns = columns.map { _ in Table.Column() } }
        return FormTable(columns: columns, headerRows: headerRows, rows: rows)
    }

    private mutating func rows(in container: XMLNode, into out: inout [RawRow]) {
        for node in container.children {
            guard Namespace.isW(node.namespace) else {
                skip(node)
                continue
            }
            switch node.localName {
            case "tr":
                let trPr = node.firstW("trPr")
                if trPr?.firstW("del") != nil {  // a deleted row (tracked change)
                    skip(node)
                    continue
                }
                var cells: [RawCell] = []
                self.cells(in: node, into: &cells)
                out.append(RawRow(
                    header: Self.toggle(trPr?.firstW("tblHeader")),
                    gridBefore: Self.span(trPr?.firstW("gridBefore")?.w(), default: 0),
                    cells: cells))
            case "sdt":
                if let content = node.firstW("sdtContent") { rows(in: content, into: &out) }
            case "customXml":
                rows(in: node, into: &out)
            default:
                skip(node)  // tblPr, tblGrid, bookmarks …
            }
        }
    }

    private mutating func cells(in row: XMLNode, into out: inout [RawCell]) {
        for node in row.children {
            guard Namespace.isW(node.namespace) else {
                skip(node)
                continue
            }
            switch node.localName {
            case "tc":
                let tcPr = node.firstW("tcPr")
                var vMerge: VMerge?
                if let v = tcPr?.firstW("vMerge") { vMerge = v.w() == "restart" ? .restart : .continue }
                out.append(RawCell(
                    blocks: blocks(in: node, inTable: true),
                    colspan: Self.span(tcPr?.firstW("gridSpan")?.w(), default: 1), vMerge: vMerge))
            case "sdt":
                if let content = node.firstW("sdtContent") { cells(in: content, into: &out) }
            case "customXml":
                cells(in: node, into: &out)
            default:
                skip(node)
            }
        }
    }

    /// A grid count from hostile input: a number in 1…1000 (0…1000 when `default` is 0).
    private static func span(_ value: String?, default fallback: Int) -> Int {
        guard let value, let n = Int(value) else { return fallback }
        return min(max(n, fallback == 0 ? 0 : 1), 1000)
    }
}
