import BidKitPluginSDK

/// Element ids for parts, sections and headings, and where TOC links point.
///
/// The model promises stable, unique anchors, but the HTML must stay valid even when it does not
/// (two Markdown files with the same heading id, an anchor that is also a part id, an anchor with
/// a space). So ids are planned once, in document order, before anything is written:
///
/// - an anchor becomes an id made of letters, digits and `-_.:` (anything else turns into `-`), so
///   it is valid in `id` and needs no escaping in a `#fragment`;
/// - the first holder of an id keeps it, later ones get `-2`, `-3`, …;
/// - a TOC entry for anchor `x` links to the *first* element whose anchor is `x`.
///
/// The writer then asks for ids in the same document order (`claim`), which replays the plan;
/// should the two walks ever disagree, `claim` still returns a fresh unique id rather than a
/// duplicate.
struct Anchors {
    private var used: Set<String> = []
    /// Planned ids per raw anchor, in the order its holders appear.
    private var planned: [String: [String]] = [:]
    /// How many of each raw anchor's planned ids the writer has taken so far.
    private var taken: [String: Int] = [:]

    init(package: BidPackage) {
        var plan = Planner()
        if let contents = package.frontMatter.contents {
            plan.add(contents.id)
            plan.walk(contents.blocks)
        }
        for part in package.parts {
            plan.add(part.id)
            for section in part.sections {
                plan.add(section.id)
                plan.walk(section.blocks)
            }
        }
        used = plan.used
        planned = plan.ids
    }

    /// The id a TOC link for `anchor` points at, or nil when nothing in the document has it.
    func target(of anchor: String) -> String? { planned[anchor]?.first }

    /// Every anchor with the id its links point at, in id order (the layout pass probes them all).
    var targets: [(anchor: String, id: String)] {
        planned.compactMap { anchor, ids in ids.first.map { (anchor, $0) } }.sorted { $0.id < $1.id }
    }

    /// The id for the next element carrying `anchor` (nil for an empty anchor: no id attribute).
    mutating func claim(_ anchor: String) -> String? {
        guard !anchor.isEmpty else { return nil }
        let index = taken[anchor, default: 0]
        taken[anchor] = index + 1
        if let ids = planned[anchor], index < ids.count { return ids[index] }
        return fresh(Self.sanitize(anchor))
    }

    /// A unique id for an element the writer adds itself (the generated table of contents).
    mutating func fresh(_ base: String) -> String {
        Self.unique(base, in: &used)
    }

    /// `#fragment` for an id: ids are sanitized, so only non-ASCII needs percent-encoding.
    static func href(for id: String) -> String {
        var out = "#"
        for byte in id.utf8 {
            if byte < 0x80 {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hexDigits(byte)
            }
        }
        return out
    }

    static func sanitize(_ anchor: String) -> String {
        var out = ""
        for scalar in anchor.unicodeScalars {
            let keep = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                || scalar == "-" || scalar == "_" || scalar == "." || scalar == ":"
            out.unicodeScalars.append(keep && HtmlEscaping.isAllowed(scalar) ? scalar : "-")
        }
        return out.isEmpty ? "anchor" : out
    }

    fileprivate static func unique(_ base: String, in used: inout Set<String>) -> String {
        var candidate = base
        var n = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(n)"
            n += 1
        }
        used.insert(candidate)
        return candidate
    }

    private static func hexDigits(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// Walks the document in the order the writer does, recording each anchor's id.
    private struct Planner {
        var used: Set<String> = []
        var ids: [String: [String]] = [:]

        mutating func add(_ anchor: String) {
            guard !anchor.isEmpty else { return }
            let id = Anchors.unique(Anchors.sanitize(anchor), in: &used)
            ids[anchor, default: []].append(id)
        }

        mutating func walk(_ blocks: [Block]) {
            for block in blocks {
                switch block {
                case .heading(let h): add(h.anchor)
                case .list(let list): for item in list.items { walk(item) }
                case .quote(let inner): walk(inner)
                case .table(let table):
                    add(table.anchor)  // on its caption, written before the cells
                    for row in table.header + table.body + table.footer {
                        for cell in row.cells { walk(cell.blocks) }
                    }
                case .image(let image): add(image.anchor)
                case .paragraph, .code, .thematicBreak, .pageBreak, .signature, .toc: break
                }
            }
        }
    }
}
