import BidKitPluginSDK

/// Removes characters XML 1.0 cannot carry (C0 controls other than tab/LF/CR, U+FFFE, U+FFFF) from
/// the whole package before anything is written, and says where it found them: Word refuses a
/// document with such a character, so dropping them silently would hide a defect in the source.
///
/// Lone surrogates cannot reach this point: the wire decoder builds Swift strings, which hold
/// Unicode scalars only.
struct Sanitizer {
    private(set) var warnings: [String] = []
    private var removed: [Unicode.Scalar] = []

    mutating func clean(_ package: BidPackage) -> BidPackage {
        var p = package
        p.metadata = cleanMetadata(p.metadata)
        report("metadata")
        for i in p.parts.indices {
            p.parts[i].title = clean(p.parts[i].title)
            p.parts[i].number = clean(p.parts[i].number)
            report("part \(p.parts[i].numberedTitle) (\(p.parts[i].id))")
            for s in p.parts[i].sections.indices {
                var section = p.parts[i].sections[s]
                section.title = clean(section.title)
                section.number = clean(section.number)
                section.blocks = section.blocks.map { clean($0) }
                p.parts[i].sections[s] = section
                report("section \(section.numberedTitle) (\(section.id))")
            }
        }
        return p
    }

    /// Turns what was removed since the last report into one warning naming `place`.
    private mutating func report(_ place: String) {
        guard !removed.isEmpty else { return }
        var seen: [Unicode.Scalar] = []
        for s in removed where !seen.contains(s) { seen.append(s) }
        let codes = seen.map { "U+" + hex4($0.value) }.joined(separator: ", ")
        warnings.append("\(place): removed \(removed.count) character(s) not allowed in XML 1.0 (\(codes))")
        removed = []
    }

    private func hex4(_ v: UInt32) -> String {
        let h = String(v, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - h.count)) + h
    }

    private mutating func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !XMLText.isAllowed($0) }) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if XMLText.isAllowed(s) { out.append(s) } else { removed.append(s) }
        }
        return String(out)
    }

    private mutating func cleanMetadata(_ m: Metadata) -> Metadata {
        var m = m
        m.title = clean(m.title)
        m.tenderNumber = clean(m.tenderNumber)
        m.buyer = clean(m.buyer)
        m.agent = clean(m.agent)
        m.bidder = clean(m.bidder)
        m.date = clean(m.date)
        m.fields = m.fields.map { Field(clean($0.key), clean($0.value)) }
        return m
    }

    private mutating func clean(_ block: Block) -> Block {
        switch block {
        case .heading(var h):
            h.number = clean(h.number)
            h.anchor = clean(h.anchor)
            h.content = h.content.map { clean($0) }
            return .heading(h)
        case .paragraph(var p):
            p.content = p.content.map { clean($0) }
            return .paragraph(p)
        case .list(var l):
            l.items = l.items.map { item in item.map { clean($0) } }
            return .list(l)
        case .table(var t):
            func rows(_ rs: [Table.Row]) -> [Table.Row] {
                rs.map { row in Table.Row(row.cells.map { c in
                    Table.Cell(blocks: c.blocks.map { clean($0) }, colspan: c.colspan, rowspan: c.rowspan) }) }
            }
            t.header = rows(t.header)
            t.body = rows(t.body)
            t.footer = rows(t.footer)
            t.caption = clean(t.caption)
            return .table(t)
        case .image(var i):
            i.alt = clean(i.alt)
            i.title = clean(i.title)
            return .image(i)
        case .quote(let blocks): return .quote(blocks.map { clean($0) })
        case .code(var c):
            c.text = clean(c.text)
            return .code(c)
        case .signature(var s):
            s.slots = s.slots.map { Signature.Slot(kind: $0.kind, label: clean($0.label), value: clean($0.value)) }
            return .signature(s)
        case .toc(let entries):
            return .toc(entries.map { TocEntry(level: $0.level, number: clean($0.number), title: clean($0.title), anchor: clean($0.anchor)) })
        case .thematicBreak, .pageBreak: return block
        }
    }

    private mutating func clean(_ inline: Inline) -> Inline {
        switch inline {
        case .text(let s): return .text(clean(s))
        case .code(let s): return .code(clean(s))
        case .strong(let c): return .strong(c.map { clean($0) })
        case .emphasis(let c): return .emphasis(c.map { clean($0) })
        case .underline(let c): return .underline(c.map { clean($0) })
        case .strikethrough(let c): return .strikethrough(c.map { clean($0) })
        case .link(let url, let c): return .link(url: clean(url), content: c.map { clean($0) })
        case .lineBreak, .softBreak: return inline
        }
    }
}
