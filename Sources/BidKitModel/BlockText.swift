/// Plain text of blocks, one string per paragraph-like unit, for checks that read what a buyer would read.
extension Block {
    public static func textUnits(_ blocks: [Block]) -> [String] {
        var out: [String] = []
        for b in blocks { b.appendTextUnits(to: &out) }
        return out
    }

    private func appendTextUnits(to out: inout [String]) {
        switch self {
        case .heading(let h): out.append(h.content.plainText)
        case .paragraph(let p):
            out.append(p.content.plainText)
            out += p.content.footnotes.map(\.plainText)  // a footnote is read too, as its own unit
        case .list(let l): for item in l.items { out += Block.textUnits(item) }
        case .table(let t):
            for row in t.header + t.body + t.footer {
                for cell in row.cells { out += Block.textUnits(cell.blocks) }
            }
            if !t.caption.isEmpty { out.append(t.caption) }
        case .image(let i): out.append(i.alt); if !i.title.isEmpty { out.append(i.title) }
        case .quote(let q): out += Block.textUnits(q)
        case .code(let c): out.append(c.text)
        case .signature(let s): for slot in s.slots { out.append(slot.label + " " + slot.value) }
        case .toc(let entries): for e in entries { out.append(e.title) }
        case .thematicBreak, .pageBreak: break
        }
    }
}

extension Array where Element == Inline {
    /// The footnotes in this content, in reading order (a footnote inside a footnote is not nested out).
    public var footnotes: [[Inline]] {
        var out: [[Inline]] = []
        func visit(_ inlines: [Inline]) {
            for inline in inlines {
                switch inline {
                case .footnote(let content): out.append(content)
                case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .link(_, let c): visit(c)
                case .text, .code, .lineBreak, .softBreak, .reference: break
                }
            }
        }
        visit(self)
        return out
    }
}
