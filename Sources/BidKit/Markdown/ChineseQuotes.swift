/// Straight ASCII double quotes in a Chinese bid's Markdown become the Chinese quotation marks
/// “…” (GB/T 15834, the marks the templates' own text uses), once, in the core, so every format
/// prints the same marks: typed on a Latin keyboard, "智能配时" would otherwise stay straight in
/// one renderer and be curled by another (Word's autoformat) or not at all.
///
/// Quotes are paired within a paragraph (heading, table cell), across emphasis and links, never
/// inside code. When they cannot be paired with confidence — an odd count, or a mark that is not
/// an opening one where an opening is due (`55" 显示器`, an inch mark after a digit) — the
/// paragraph is left as written.
enum ChineseQuotes {
    static let open: Character = "\u{201C}", close: Character = "\u{201D}"

    static func apply(_ blocks: [Block]) -> [Block] {
        blocks.map { block in
            switch block {
            case .paragraph(var p):
                p.content = apply(p.content)
                return .paragraph(p)
            case .heading(var h):
                h.content = apply(h.content)
                return .heading(h)
            case .list(var l):
                l.items = l.items.map(apply)
                return .list(l)
            case .quote(let inner):
                return .quote(apply(inner))
            case .table(var t):
                func rows(_ rows: [Table.Row]) -> [Table.Row] {
                    rows.map { Table.Row($0.cells.map { Table.Cell(blocks: apply($0.blocks), colspan: $0.colspan, rowspan: $0.rowspan) }) }
                }
                (t.header, t.body, t.footer) = (rows(t.header), rows(t.body), rows(t.footer))
                return .table(t)
            default:
                return block
            }
        }
    }

    /// One paragraph's inlines with its quote pairs turned, or as they are.
    static func apply(_ inlines: [Inline]) -> [Inline] {
        guard inlines.contains(where: hasQuote) else { return inlines }
        // The characters around each quote, in reading order across runs (code counts as a letter).
        var around: [(before: Unicode.Scalar?, after: Unicode.Scalar?)] = []
        var previous: Unicode.Scalar?
        var waiting = false
        visit(inlines) { scalar in
            if waiting { around[around.count - 1].after = scalar }
            waiting = scalar == "\""
            if waiting { around.append((previous, nil)) }
            previous = scalar
        }
        guard around.count % 2 == 0 else { return inlines }
        for (k, q) in around.enumerated() where !(k % 2 == 0 ? opens(q) : closes(q)) { return inlines }
        var n = 0
        return turn(inlines, &n)
    }

    /// The quotes of text runs (not code, not link targets) turned alternately, counting on from `n`.
    private static func turn(_ inlines: [Inline], _ n: inout Int) -> [Inline] {
        inlines.map { inline in
            switch inline {
            case .text(let s) where s.utf8.contains(0x22):
                return .text(String(s.map { c -> Character in
                    guard c == "\"" else { return c }
                    defer { n += 1 }
                    return n % 2 == 0 ? open : close
                }))
            case .strong(let c): return .strong(turn(c, &n))
            case .emphasis(let c): return .emphasis(turn(c, &n))
            case .underline(let c): return .underline(turn(c, &n))
            case .strikethrough(let c): return .strikethrough(turn(c, &n))
            case .link(let url, let c): return .link(url: url, content: turn(c, &n))
            default: return inline
            }
        }
    }

    private static func hasQuote(_ inline: Inline) -> Bool {
        switch inline {
        case .text(let s): return s.utf8.contains(0x22)
        case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .link(_, let c): return c.contains(where: hasQuote)
        // A footnote's text is its own sentence, left as written (like code); a reference prints a title.
        case .code, .lineBreak, .softBreak, .reference, .footnote: return false
        }
    }

    private static func visit(_ inlines: [Inline], _ body: (Unicode.Scalar) -> Void) {
        for inline in inlines {
            switch inline {
            case .text(let s): s.unicodeScalars.forEach(body)
            case .code: body("x")
            case .lineBreak, .softBreak: body(" ")
            // A cross-reference prints a heading's number and title: a word, for the pairing of quotes.
            case .reference, .footnote: body("x")
            case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .link(_, let c): visit(c, body)
            }
        }
    }

    /// An opening mark stands at the start, after a space, an ideograph or punctuation — not after a
    /// letter or digit (an inch mark) — and is followed by something other than a space.
    private static func opens(_ q: (before: Unicode.Scalar?, after: Unicode.Scalar?)) -> Bool {
        guard let after = q.after, !after.properties.isWhitespace else { return false }
        guard let before = q.before else { return true }
        return !(before.properties.isAlphabetic && before.value < 0x2E80) && before.properties.numericType == nil
    }

    private static func closes(_ q: (before: Unicode.Scalar?, after: Unicode.Scalar?)) -> Bool {
        guard let before = q.before else { return false }
        return !before.properties.isWhitespace
    }
}
