import BidKitModel

/// Fills `{{name}}` placeholders in form blocks and turns runs into model inlines.
///
/// The split-run rule (the one docxtemplater follows: the value goes into the `w:t` where the tag
/// opens, the tag's other text nodes are emptied): placeholders are found in a paragraph's
/// concatenated text, whatever runs it is spread over; the value takes the formatting of the run holding
/// the name's first character (so a bold name split from a plain `{{` still gives a bold value), and
/// the placeholder's characters are removed from every run they were in.
struct Filler {
    let value: (String) -> String?
    private(set) var unresolved: [FormPlaceholder] = []

    init(value: @escaping (String) -> String?) { self.value = value }

    mutating func blocks(_ form: [FormBlock]) -> [Block] {
        var out: [Block] = []
        for block in form {
            switch block {
            case .pageBreak:
                // Never two in a row (the paragraphs between them may have been empty), never first.
                if let last = out.last, last != .pageBreak { out.append(.pageBreak) }
            case .paragraph(let p):
                if let paragraph = paragraph(p) { out.append(.paragraph(paragraph)) }
            case .table(let t):
                out.append(.table(table(t)))
            }
        }
        if out.last == .pageBreak { out.removeLast() }  // where the next section starts is the renderer's call
        return out
    }

    private mutating func table(_ t: FormTable) -> Table {
        let rows = t.rows.enumerated().map { r, cells in
            Table.Row(cells.map { cell in
                Table.Cell(blocks: blocks(cell.blocks), colspan: cell.colspan, rowspan: cell.rowspan, fill: cell.fill)
            }, height: r < t.heights.count ? t.heights[r] : nil)
        }
        return Table(columns: t.columns, header: Array(rows.prefix(t.headerRows)), body: Array(rows.dropFirst(t.headerRows)))
    }

    // MARK: Placeholders

    /// One character of a paragraph with the style of its run; `nil` scalar = a line break.
    private struct Unit {
        var scalar: Unicode.Scalar?
        var style: RunStyle
    }

    private mutating func paragraph(_ p: FormParagraph) -> Paragraph? {
        var units: [Unit] = []
        for piece in p.pieces {
            switch piece {
            case .text(let s, let style): units += s.unicodeScalars.map { Unit(scalar: $0, style: style) }
            case .lineBreak(let style): units.append(Unit(scalar: nil, style: style))
            }
        }
        units = fill(units, paragraph: p.number)
        let content = Self.inlines(Self.segments(units))
        // Paragraphs with nothing to read (Word's spacing paragraphs, a field that filled empty) are dropped.
        guard !content.plainText.allSatisfy(\.isWhitespace) else { return nil }
        return Paragraph(content, alignment: p.alignment, format: p.format)
    }

    private mutating func fill(_ units: [Unit], paragraph: Int) -> [Unit] {
        let open: Unicode.Scalar = "{", close: Unicode.Scalar = "}"
        func isPair(_ i: Int, _ s: Unicode.Scalar) -> Bool {
            i + 1 < units.count && units[i].scalar == s && units[i + 1].scalar == s
        }
        var out: [Unit] = []
        var i = 0
        scan: while i < units.count {
            guard isPair(i, open) else {
                out.append(units[i])
                i += 1
                continue
            }
            // The closing braces on the same line (a line break ends the search, as a line does in Markdown).
            var j = i + 2
            while j < units.count, !isPair(j, close) {
                if units[j].scalar == nil { break }
                j += 1
            }
            guard j < units.count, units[j].scalar != nil else {
                out += units[i..<min(j, units.count)]
                i = j
                continue scan
            }
            var raw = String.UnicodeScalarView()
            raw.append(contentsOf: units[(i + 2)..<j].compactMap(\.scalar))
            let name = String(raw).trimmingSpaces
            if let replacement = value(name) {
                let style = Self.style(of: units[i..<(j + 2)])
                for scalar in replacement.unicodeScalars {
                    out.append(Unit(scalar: scalar == "\n" ? nil : scalar, style: style))
                }
            } else {
                unresolved.append(FormPlaceholder(name: name, paragraph: paragraph))
                out += units[i..<(j + 2)]
            }
            i = j + 2
        }
        return out
    }

    /// The formatting a value takes from its placeholder: that of the name's first character, so a bold
    /// `bidder.name}}` after a `{{` that Word keeps in a plain run of its own (or at the end of the text
    /// before it) gives a bold value; the link of the opening braces' run. A placeholder without a name
    /// takes its opening run's formatting.
    private static func style(of placeholder: ArraySlice<Unit>) -> RunStyle {
        var style = placeholder[placeholder.startIndex].style
        let name = placeholder.dropFirst(2).dropLast(2)
        guard let first = name.first(where: { unit in unit.scalar.map { !$0.properties.isWhitespace } ?? false }) else { return style }
        let link = style.link
        style = first.style
        style.link = link
        return style
    }

    // MARK: Inlines

    /// Consecutive characters of one style.
    private struct Segment {
        var style: RunStyle
        var items: [Inline]
    }

    private static func segments(_ units: [Unit]) -> [Segment] {
        var out: [Segment] = []
        var text = String.UnicodeScalarView()
        func flushText() {
            guard !text.isEmpty else { return }
            out[out.count - 1].items.append(.text(String(text)))
            text = String.UnicodeScalarView()
        }
        for unit in units {
            if out.last?.style != unit.style {
                flushText()
                out.append(Segment(style: unit.style, items: []))
            }
            if let scalar = unit.scalar {
                text.append(scalar)
            } else {
                flushText()
                out[out.count - 1].items.append(.lineBreak)
            }
        }
        flushText()
        return out
    }

    /// Links outermost, then strong, emphasis, underline, strikethrough — each wrapping the longest
    /// stretch of segments that share it, so bold text with one italic word is one `strong`.
    private static func inlines(_ segments: [Segment]) -> [Inline] {
        var out: [Inline] = []
        for group in segments.grouped(by: \.style.link) {
            let content = nest(group, level: 0)
            if let url = group[0].style.link { out.append(.link(url: url, content: content)) } else { out += content }
        }
        return out
    }

    /// The formatting marks, outermost first.
    private static func mark(_ level: Int) -> (flag: (RunStyle) -> Bool, wrap: ([Inline]) -> Inline)? {
        switch level {
        case 0: return ({ $0.bold }, Inline.strong)
        case 1: return ({ $0.italic }, Inline.emphasis)
        case 2: return ({ $0.underline }, Inline.underline)
        case 3: return ({ $0.strike }, Inline.strikethrough)
        default: return nil
        }
    }

    private static func nest(_ segments: [Segment], level: Int) -> [Inline] {
        guard let (flag, wrap) = mark(level) else {
            // Same formatting throughout: adjacent text merges.
            var out: [Inline] = []
            for item in segments.flatMap(\.items) {
                if case .text(let s) = item, case .text(let previous)? = out.last {
                    out[out.count - 1] = .text(previous + s)
                } else {
                    out.append(item)
                }
            }
            return out
        }
        var out: [Inline] = []
        for group in segments.grouped(by: { flag($0.style) }) {
            let inner = nest(group, level: level + 1)
            if flag(group[0].style) { out.append(wrap(inner)) } else { out += inner }
        }
        return out
    }
}

extension Array {
    /// Runs of consecutive elements with equal keys.
    func grouped<Key: Equatable>(by key: (Element) -> Key) -> [[Element]] {
        var out: [[Element]] = []
        for element in self {
            if let last = out.last?.last, key(last) == key(element) {
                out[out.count - 1].append(element)
            } else {
                out.append([element])
            }
        }
        return out
    }
}

extension String {
    /// Without leading and trailing spaces (Unicode space separators and tabs), as field names are read.
    var trimmingSpaces: String {
        func isSpace(_ c: Character) -> Bool { c == "\t" || c.unicodeScalars.allSatisfy { $0.properties.generalCategory == .spaceSeparator } }
        var s = Substring(self)
        while let f = s.first, isSpace(f) { s = s.dropFirst() }
        while let l = s.last, isSpace(l) { s = s.dropLast() }
        return String(s)
    }
}
