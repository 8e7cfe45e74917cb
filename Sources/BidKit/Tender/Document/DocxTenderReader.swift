import BidKitOOXML

/// Reads a .docx tender into paragraphs and tables (through the shared, hardened OOXML package
/// reader, under `OOXMLLimits.tenderDocument`). What real tenders hold is read as it shows: text split over runs is one paragraph,
/// tracked insertions count and deletions do not, a Wingdings ★ (`w:sym`) is a ★, hidden text and
/// field codes are skipped; a chapter title is a heading by its style's outline level (or a
/// "heading N" style name) or by being all bold; merged cells repeat their text in every grid
/// column and row they cover. Paragraphs are numbered as the form reader numbers them: every `w:p`
/// of the body in document order, table cells included.
enum DocxTenderReader {
    static func read(_ bytes: [UInt8], display: String) throws -> TenderDocument {
        do {
            let package = try OOXMLPackage(zip: bytes, file: display, kind: ".docx", limits: .tenderDocument)
            guard let tree = try package.xml("word/document.xml"), let root = tree.root, root.isW("document") else {
                throw LoadError(SourceLocation(file: display), "has no WordprocessingML document (word/document.xml); is it a Word document?")
            }
            let styles = try package.xml("word/styles.xml")
            guard let body = root.firstW("body") else {
                throw LoadError(SourceLocation(file: display), "word/document.xml has no w:body")
            }
            var walker = Walker(headings: HeadingStyles(styles?.root))
            walker.blocks(in: body)
            return withExtendedLifetime((tree, styles)) { TenderDocument(file: display, blocks: walker.out) }
        } catch let e as OOXMLError {
            throw LoadError(SourceLocation(file: display), e.message)
        }
    }

    /// Paragraph style id → outline level (0 = Heading 1), following `w:basedOn`.
    struct HeadingStyles {
        private var level: [String: Int] = [:]
        private var basedOn: [String: String] = [:]

        init(_ styles: WordNode?) {
            for s in styles?.children ?? [] where s.isW("style") && s.w("type") == "paragraph" {
                guard let id = s.w("styleId") else { continue }
                if let base = s.firstW("basedOn")?.w() { basedOn[id] = base }
                let name = (s.firstW("name")?.w() ?? "").lowercased().filter { $0 != " " }
                if let lvl = s.firstW("pPr")?.firstW("outlineLvl")?.w().flatMap({ Int($0) }), (0...8).contains(lvl) {
                    level[id] = lvl
                } else if name.hasPrefix("heading"), let n = Int(name.dropFirst("heading".count)), (1...9).contains(n) {
                    level[id] = n - 1
                }
            }
        }

        func outlineLevel(_ id: String) -> Int? {
            var current: String? = id
            var seen = 0
            while let c = current, seen < 16 {
                if let l = level[c] { return l }
                current = basedOn[c]
                seen += 1
            }
            return nil
        }
    }

    struct Walker {
        let headings: HeadingStyles
        var out: [TenderBlock] = []
        /// Paragraphs seen so far (1-based numbers, table cells included).
        var count = 0

        mutating func blocks(in container: WordNode) {
            for child in container.children {
                if child.isW("p") {
                    out.append(.paragraph(paragraph(child)))
                } else if child.isW("tbl") {
                    out.append(.table(table(child)))
                } else if child.isW("sdt"), let content = child.firstW("sdtContent") {
                    blocks(in: content)
                }
            }
        }

        mutating func paragraph(_ p: WordNode) -> TenderParagraph {
            count += 1
            let pPr = p.firstW("pPr")
            var text = "", allBold = true, anyText = false
            collect(p, into: &text, bold: &allBold, any: &anyText)
            let level = pPr?.firstW("outlineLvl")?.w().flatMap { Int($0) }.flatMap { (0...8).contains($0) ? $0 : nil }
                ?? pPr?.firstW("pStyle")?.w().flatMap(headings.outlineLevel)
            return TenderParagraph(text: text, headingLevel: level, bold: anyText && allBold,
                                   centered: pPr?.firstW("jc")?.w() == "center", place: TenderPlace(paragraph: count))
        }

        /// Runs in document order, through insertions, hyperlinks, smart tags, simple fields and content controls.
        private func collect(_ node: WordNode, into text: inout String, bold: inout Bool, any: inout Bool) {
            for child in node.children {
                if child.isW("r") {
                    let rPr = child.firstW("rPr")
                    if let vanish = rPr?.firstW("vanish"), Self.on(vanish) { continue }
                    let runBold = rPr?.firstW("b").map(Self.on) ?? false
                    var runText = ""
                    for piece in child.children {
                        if piece.isW("t") { runText += piece.text }
                        else if piece.isW("tab") || piece.isW("br") || piece.isW("cr") { runText += " " }
                        else if piece.isW("noBreakHyphen") { runText += "-" }
                        else if piece.isW("sym") { runText += Self.symbol(font: piece.w("font"), char: piece.w("char")) }
                    }
                    if runText.contains(where: { !$0.isWhitespace }) {
                        any = true
                        if !runBold { bold = false }
                    }
                    text += runText
                } else if child.isW("ins") || child.isW("hyperlink") || child.isW("smartTag") || child.isW("fldSimple") {
                    collect(child, into: &text, bold: &bold, any: &any)
                } else if child.isW("sdt"), let content = child.firstW("sdtContent") {
                    collect(content, into: &text, bold: &bold, any: &any)
                }
            }
        }

        /// A `w:sym`: Wingdings 0xAB is the ★ Word's Symbol dialog inserts; others are dropped (they are pictures of glyphs).
        static func symbol(font: String?, char: String?) -> String {
            guard let char, let code = UInt32(char, radix: 16) else { return "" }
            let low = code & 0xFF
            switch (font?.lowercased() ?? "", low) {
            case ("wingdings", 0xAB): return "★"
            case ("wingdings 3", 0x70): return "▲"
            default: return ""
            }
        }

        private static func on(_ node: WordNode) -> Bool { !["0", "false", "off", "none"].contains(node.w()?.lowercased() ?? "") }

        mutating func table(_ t: WordNode) -> TenderTable {
            var rows: [[TenderCell]] = []
            for tr in t.children where tr.isW("tr") {
                var row: [TenderCell] = []
                for tc in tr.children where tc.isW("tc") {
                    let tcPr = tc.firstW("tcPr")
                    let span = max(1, min(64, tcPr?.firstW("gridSpan")?.w().flatMap { Int($0) } ?? 1))
                    let merge = tcPr?.firstW("vMerge")
                    let continued = merge != nil && merge?.w() != "restart"
                    var cell = self.cell(tc)
                    if continued, let above = rows.last, above.indices.contains(row.count) {
                        cell = TenderCell(text: above[row.count].text, place: above[row.count].place, continued: true)
                    }
                    row.append(cell)
                    for _ in 1..<span { row.append(TenderCell(text: cell.text, place: cell.place, continued: true)) }
                }
                rows.append(row)
            }
            return TenderTable(rows: rows)
        }

        /// A cell's paragraphs (nested tables included) as one text.
        private mutating func cell(_ tc: WordNode) -> TenderCell {
            var texts: [String] = []
            var first: Int?
            func visit(_ node: WordNode, _ walker: inout Walker) {
                for child in node.children {
                    if child.isW("p") {
                        let p = walker.paragraph(child)
                        first = first ?? p.place.paragraph
                        if !p.text.isEmpty { texts.append(p.text) }
                    } else if child.isW("tbl") {
                        for tr in child.children where tr.isW("tr") {
                            for inner in tr.children where inner.isW("tc") { visit(inner, &walker) }
                        }
                    } else if child.isW("sdt"), let content = child.firstW("sdtContent") {
                        visit(content, &walker)
                    }
                }
            }
            visit(tc, &self)
            return TenderCell(text: texts.joined(separator: " "), place: TenderPlace(paragraph: first ?? count))
        }
    }
}

typealias WordNode = XMLTree.Node

extension XMLTree.Node {
    /// The WordprocessingML element `name` (transitional or strict namespace).
    func isW(_ name: String) -> Bool { self.is(name, in: OOXMLNamespace.w) }
    func firstW(_ name: String) -> WordNode? { first(name, in: OOXMLNamespace.w) }
    /// A `w:` attribute (`w:val` by default).
    func w(_ attribute: String = "val") -> String? { self.attribute(attribute, in: OOXMLNamespace.w) }
}

extension OOXMLLimits {
    /// A buyer's whole tender: a 200-page document.xml is about 8 MiB and 600,000 nodes.
    static let tenderDocument = OOXMLLimits(
        purpose: "tender documents", maxPackageBytes: 128 << 20, maxEntries: 2_000, maxPartBytes: 64 << 20,
        maxTotalBytes: 96 << 20, maxXMLDepth: 256, maxXMLNodes: 4_000_000)
}
