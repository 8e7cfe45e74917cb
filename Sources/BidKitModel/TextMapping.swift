/// Rewrites every string in blocks (inline text, code, link targets, alt text, labels, numbers,
/// anchors, table cells…), for passes that must reach all text without knowing every block kind:
/// removing characters XML cannot carry, for one.
extension Block {
    public func mapText(_ f: (String) -> String) -> Block {
        switch self {
        case .heading(var h):
            h.number = f(h.number)
            h.anchor = f(h.anchor)
            h.content = h.content.map { $0.mapText(f) }
            return .heading(h)
        case .paragraph(var p):
            p.content = p.content.map { $0.mapText(f) }
            return .paragraph(p)
        case .list(var l):
            l.items = l.items.map { $0.map { $0.mapText(f) } }
            return .list(l)
        case .table(var t):
            func rows(_ rows: [Table.Row]) -> [Table.Row] {
                // In place, so what a row or cell carries besides text (a form's height, fill) is kept.
                rows.map { row in
                    var row = row
                    for c in row.cells.indices { row.cells[c].blocks = row.cells[c].blocks.map { $0.mapText(f) } }
                    return row
                }
            }
            t.header = rows(t.header)
            t.body = rows(t.body)
            t.footer = rows(t.footer)
            t.caption = f(t.caption)
            t.label = f(t.label)
            return .table(t)
        case .image(var i):
            i.alt = f(i.alt)
            i.title = f(i.title)
            i.label = f(i.label)
            return .image(i)
        case .quote(let blocks): return .quote(blocks.map { $0.mapText(f) })
        case .code(var c):
            c.text = f(c.text)
            return .code(c)
        case .signature(var s):
            s.slots = s.slots.map { Signature.Slot(kind: $0.kind, label: f($0.label), value: f($0.value)) }
            return .signature(s)
        case .toc(let entries):
            return .toc(entries.map { TocEntry(level: $0.level, number: f($0.number), title: f($0.title), anchor: f($0.anchor), page: f($0.page)) })
        case .thematicBreak, .pageBreak: return self
        }
    }
}

extension Inline {
    public func mapText(_ f: (String) -> String) -> Inline {
        switch self {
        case .text(let s): return .text(f(s))
        case .code(let s): return .code(f(s))
        case .strong(let c): return .strong(c.map { $0.mapText(f) })
        case .emphasis(let c): return .emphasis(c.map { $0.mapText(f) })
        case .underline(let c): return .underline(c.map { $0.mapText(f) })
        case .strikethrough(let c): return .strikethrough(c.map { $0.mapText(f) })
        case .link(let url, let c): return .link(url: f(url), content: c.map { $0.mapText(f) })
        case .lineBreak, .softBreak: return self
        case .footnote(let c): return .footnote(c.map { $0.mapText(f) })
        case .reference(let r): return .reference(CrossReference(anchor: r.anchor, text: f(r.text), page: f(r.page)))
        }
    }
}
