/// Wire encoding of blocks and inlines. Tag numbers are part of the format: never reuse one.
extension Block {
    private enum Tag: UInt8 {
        case heading = 0, paragraph, list, table, image, quote, code, thematicBreak, pageBreak, signature, toc
        /// 1.1: a table of contents whose entries carry page numbers. Written only when some entry
        /// has one, so a package without page numbers still reads in a 1.0 plugin.
        case pagedToc
        /// 1.2: a picture with a numbered caption, an anchor, a width or a raster fallback; a table
        /// with a numbered caption or an anchor. Written only when one of those is set.
        case figure, labelledTable
        /// 1.2: a paragraph with the indents and spacing of its source (a buyer's form), and a table
        /// with its source's column widths, row heights and cell fills (then its label and anchor).
        /// Written only when set, so Markdown and generated content still reads in a 1.0 plugin.
        case formattedParagraph, formattedTable
        /// 2.1: a table with a column whose cells must not wrap (`Column.noWrap`): as a formatted
        /// table, each column then says whether it wraps. Written only when one does not.
        case unwrappedTable
    }

    static func writeAll(_ blocks: [Block], to w: inout WireWriter) {
        w.array(blocks) { w, b in b.write(to: &w) }
    }

    static func readAll(from r: inout WireReader) throws -> [Block] {
        try r.array { try Block(from: &$0) }
    }

    func write(to w: inout WireWriter) {
        switch self {
        case .heading(let h):
            w.byte(Tag.heading.rawValue)
            w.varint(h.level)
            w.string(h.number)
            w.string(h.anchor)
            Inline.writeAll(h.content, to: &w)
        case .paragraph(let p):
            if let format = p.format {
                w.byte(Tag.formattedParagraph.rawValue)
                format.write(to: &w)
            } else {
                w.byte(Tag.paragraph.rawValue)
            }
            p.alignment.write(to: &w)
            Inline.writeAll(p.content, to: &w)
        case .list(let l):
            w.byte(Tag.list.rawValue)
            w.bool(l.ordered)
            w.varint(l.start)
            w.array(l.items) { w, item in Block.writeAll(item, to: &w) }
        case .table(let t):
            let unwrapped = t.columns.contains(where: \.noWrap)
            let formatted = unwrapped || t.hasSourceFormatting
            let labelled = !t.label.isEmpty || !t.anchor.isEmpty
            w.byte(unwrapped ? Tag.unwrappedTable.rawValue : formatted ? Tag.formattedTable.rawValue
                   : labelled ? Tag.labelledTable.rawValue : Tag.table.rawValue)
            t.write(to: &w, formatted: formatted, unwrapped: unwrapped)
            if formatted || labelled {
                w.string(t.label)
                w.string(t.anchor)
            }
        case .image(let i):
            let figure = !i.label.isEmpty || !i.anchor.isEmpty || i.width != .natural || !i.fallback.isEmpty
            w.byte(figure ? Tag.figure.rawValue : Tag.image.rawValue)
            w.string(i.resource)
            w.string(i.alt)
            w.string(i.title)
            if figure {
                w.string(i.label)
                w.string(i.anchor)
                i.width.write(to: &w)
                w.string(i.fallback)
            }
        case .quote(let blocks):
            w.byte(Tag.quote.rawValue)
            Block.writeAll(blocks, to: &w)
        case .code(let c):
            w.byte(Tag.code.rawValue)
            w.string(c.language)
            w.string(c.text)
        case .thematicBreak:
            w.byte(Tag.thematicBreak.rawValue)
        case .pageBreak:
            w.byte(Tag.pageBreak.rawValue)
        case .signature(let s):
            w.byte(Tag.signature.rawValue)
            w.array(s.slots) { w, slot in
                w.string(slot.kind.rawValue)
                w.string(slot.label)
                w.string(slot.value)
            }
        case .toc(let entries):
            let paged = entries.contains { !$0.page.isEmpty }
            w.byte(paged ? Tag.pagedToc.rawValue : Tag.toc.rawValue)
            w.array(entries) { w, e in
                w.varint(e.level)
                w.string(e.number)
                w.string(e.title)
                w.string(e.anchor)
                if paged { w.string(e.page) }
            }
        }
    }

    init(from r: inout WireReader) throws {
        let raw = try r.byte()
        guard let tag = Tag(rawValue: raw) else { throw WireError("unknown block tag \(raw) at byte \(r.offset - 1)") }
        switch tag {
        case .heading:
            self = .heading(Heading(level: try r.varint(), number: try r.string(), anchor: try r.string(),
                                    content: try Inline.readAll(from: &r)))
        case .paragraph, .formattedParagraph:
            let format = tag == .formattedParagraph ? try ParagraphFormat(from: &r) : nil
            let alignment = try Alignment(from: &r)
            self = .paragraph(Paragraph(try Inline.readAll(from: &r), alignment: alignment, format: format))
        case .list:
            self = .list(ListBlock(ordered: try r.bool(), start: try r.varint(),
                                   items: try r.array { r in try r.nested { try Block.readAll(from: &$0) } }))
        case .table, .labelledTable, .formattedTable, .unwrappedTable:
            var table = try Table(from: &r, formatted: tag == .formattedTable || tag == .unwrappedTable, unwrapped: tag == .unwrappedTable)
            if tag != .table {
                table.label = try r.string()
                table.anchor = try r.string()
            }
            self = .table(table)
        case .image:
            self = .image(Image(resource: try r.string(), alt: try r.string(), title: try r.string()))
        case .figure:
            self = .image(Image(resource: try r.string(), alt: try r.string(), title: try r.string(), label: try r.string(),
                                anchor: try r.string(), width: try ImageWidth(from: &r), fallback: try r.string()))
        case .quote:
            self = .quote(try r.nested { try Block.readAll(from: &$0) })
        case .code:
            self = .code(CodeBlock(language: try r.string(), text: try r.string()))
        case .thematicBreak:
            self = .thematicBreak
        case .pageBreak:
            self = .pageBreak
        case .signature:
            self = .signature(Signature(slots: try r.array { r in
                let kindName = try r.string()
                guard let kind = Signature.Slot.Kind(rawValue: kindName) else {
                    throw WireError("unknown signature slot kind '\(kindName)'")
                }
                return Signature.Slot(kind: kind, label: try r.string(), value: try r.string())
            }))
        case .toc:
            self = .toc(try r.array { r in
                TocEntry(level: try r.varint(), number: try r.string(), title: try r.string(), anchor: try r.string())
            })
        case .pagedToc:
            self = .toc(try r.array { r in
                TocEntry(level: try r.varint(), number: try r.string(), title: try r.string(), anchor: try r.string(),
                         page: try r.string())
            })
        }
    }
}

extension Table {
    /// Whether a column, row or cell carries its source's layout (tag 15 instead of 3 or 13).
    var hasSourceFormatting: Bool {
        columns.contains { $0.width != nil }
            || (header + body + footer).contains { row in row.height != nil || row.cells.contains { $0.fill != nil } }
    }

    /// `formatted` (tag 15) adds an optional width to each column, height to each row and fill to each
    /// cell; `unwrapped` (tag 16, always formatted) then a no-wrap flag to each column.
    func write(to w: inout WireWriter, formatted: Bool, unwrapped: Bool = false) {
        w.array(columns) { w, c in
            c.alignment.write(to: &w)
            w.varint(c.weight)
            if formatted { w.optional(c.width) { w, v in w.varint(v) } }
            if unwrapped { w.bool(c.noWrap) }
        }
        for rows in [header, body, footer] {
            w.array(rows) { w, row in
                if formatted {
                    w.optional(row.height) { w, h in
                        w.varint(h.value)
                        w.bool(h.exact)
                    }
                }
                w.array(row.cells) { w, cell in
                    w.varint(cell.colspan)
                    w.varint(cell.rowspan)
                    if formatted { w.optional(cell.fill) { w, f in w.string(f) } }
                    Block.writeAll(cell.blocks, to: &w)
                }
            }
        }
        w.string(caption)
        w.string(role)
    }

    init(from r: inout WireReader, formatted: Bool, unwrapped: Bool = false) throws {
        let columns = try r.array { r in
            Column(alignment: try Alignment(from: &r), weight: try r.varint(), width: formatted ? try r.optional { try $0.varint() } : nil,
                   noWrap: unwrapped ? try r.bool() : false)
        }
        func rows(_ r: inout WireReader) throws -> [Row] {
            try r.array { r in
                let height = formatted ? try r.optional { r in RowHeight(value: try r.varint(), exact: try r.bool()) } : nil
                return Row(try r.array { r in
                    let colspan = try r.varint(), rowspan = try r.varint()
                    let fill = formatted ? try r.optional { try $0.string() } : nil
                    return Cell(blocks: try r.nested { try Block.readAll(from: &$0) }, colspan: colspan, rowspan: rowspan, fill: fill)
                }, height: height)
            }
        }
        let header = try rows(&r), body = try rows(&r), footer = try rows(&r)
        self.init(columns: columns, header: header, body: body, footer: footer,
                  caption: try r.string(), role: try r.string())
    }
}

extension ParagraphFormat {
    func write(to w: inout WireWriter) {
        for v in [indentLeft, indentRight, firstLine, spaceBefore, spaceAfter] { w.varint(v) }
        lineSpacing.write(to: &w)
    }

    init(from r: inout WireReader) throws {
        self.init(indentLeft: try r.varint(), indentRight: try r.varint(), firstLine: try r.varint(),
                  spaceBefore: try r.varint(), spaceAfter: try r.varint(), lineSpacing: try LineSpacing(from: &r))
    }
}

extension LineSpacing {
    private static let rules: [Rule] = [.multiple, .exact, .atLeast]

    func write(to w: inout WireWriter) {
        w.byte(UInt8(LineSpacing.rules.firstIndex(of: rule) ?? 0))
        w.varint(value)
    }

    init(from r: inout WireReader) throws {
        let raw = Int(try r.byte())
        guard raw < LineSpacing.rules.count else { throw WireError("unknown line spacing rule \(raw)") }
        self.init(rule: LineSpacing.rules[raw], value: try r.varint())
    }
}

extension Alignment {
    private static let order: [Alignment] = [.none, .left, .center, .right]

    func write(to w: inout WireWriter) {
        w.byte(UInt8(Alignment.order.firstIndex(of: self) ?? 0))
    }

    init(from r: inout WireReader) throws {
        let raw = Int(try r.byte())
        guard raw < Alignment.order.count else { throw WireError("unknown alignment \(raw)") }
        self = Alignment.order[raw]
    }
}

extension Inline {
    private enum Tag: UInt8 {
        case text = 0, strong, emphasis, underline, strikethrough, code, link, lineBreak, softBreak
        /// 1.2
        case footnote, reference
    }

    static func writeAll(_ inlines: [Inline], to w: inout WireWriter) {
        w.array(inlines) { w, i in i.write(to: &w) }
    }

    static func readAll(from r: inout WireReader) throws -> [Inline] {
        try r.array { try Inline(from: &$0) }
    }

    /// The content of a strong / emphasis / … run: one nesting level down.
    private static func readNested(from r: inout WireReader) throws -> [Inline] {
        try r.nested { try readAll(from: &$0) }
    }

    func write(to w: inout WireWriter) {
        switch self {
        case .text(let s):
            w.byte(Tag.text.rawValue)
            w.string(s)
        case .strong(let c):
            w.byte(Tag.strong.rawValue)
            Inline.writeAll(c, to: &w)
        case .emphasis(let c):
            w.byte(Tag.emphasis.rawValue)
            Inline.writeAll(c, to: &w)
        case .underline(let c):
            w.byte(Tag.underline.rawValue)
            Inline.writeAll(c, to: &w)
        case .strikethrough(let c):
            w.byte(Tag.strikethrough.rawValue)
            Inline.writeAll(c, to: &w)
        case .code(let s):
            w.byte(Tag.code.rawValue)
            w.string(s)
        case .link(let url, let c):
            w.byte(Tag.link.rawValue)
            w.string(url)
            Inline.writeAll(c, to: &w)
        case .lineBreak:
            w.byte(Tag.lineBreak.rawValue)
        case .softBreak:
            w.byte(Tag.softBreak.rawValue)
        case .footnote(let c):
            w.byte(Tag.footnote.rawValue)
            Inline.writeAll(c, to: &w)
        case .reference(let ref):
            w.byte(Tag.reference.rawValue)
            w.string(ref.anchor)
            w.string(ref.text)
            w.string(ref.page)
        }
    }

    init(from r: inout WireReader) throws {
        let raw = try r.byte()
        guard let tag = Tag(rawValue: raw) else { throw WireError("unknown inline tag \(raw) at byte \(r.offset - 1)") }
        switch tag {
        case .text: self = .text(try r.string())
        case .strong: self = .strong(try Inline.readNested(from: &r))
        case .emphasis: self = .emphasis(try Inline.readNested(from: &r))
        case .underline: self = .underline(try Inline.readNested(from: &r))
        case .strikethrough: self = .strikethrough(try Inline.readNested(from: &r))
        case .code: self = .code(try r.string())
        case .link: self = .link(url: try r.string(), content: try Inline.readNested(from: &r))
        case .lineBreak: self = .lineBreak
        case .softBreak: self = .softBreak
        case .footnote: self = .footnote(try Inline.readNested(from: &r))
        case .reference: self = .reference(CrossReference(anchor: try r.string(), text: try r.string(), page: try r.string()))
        }
    }
}

extension ImageWidth {
    /// byte 0 natural, 1 percent + varint, 2 micrometres + varint.
    func write(to w: inout WireWriter) {
        switch self {
        case .natural: w.byte(0)
        case .percent(let p):
            w.byte(1)
            w.varint(p)
        case .micrometres(let m):
            w.byte(2)
            w.varint(m)
        }
    }

    init(from r: inout WireReader) throws {
        switch try r.byte() {
        case 0: self = .natural
        case 1:
            let p = try r.varint()
            guard (1...100).contains(p) else { throw WireError("image width \(p)% is not from 1 to 100") }
            self = .percent(p)
        case 2:
            let m = try r.varint()
            guard (1...10_000_000).contains(m) else { throw WireError("image width \(m) µm is not from 1 µm to 10 m") }
            self = .micrometres(m)
        case let other: throw WireError("unknown image width kind \(other)")
        }
    }
}
