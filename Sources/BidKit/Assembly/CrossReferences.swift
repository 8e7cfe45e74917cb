import Foundation

/// Figure and table numbers, and the cross-references that cite them (issue 15 item 4).
///
/// Runs once every section is converted and its headings numbered: pictures with a caption (a title,
/// `![alt](x.png "caption")`) or an id (`{#fig:x}`) get "图 n" / "Figure n", tables with a caption
/// (`Table: …`) or an id get "表 n" / "Table n", numbered through the whole bid in reading order; then
/// every `[@id]` placeholder gets the number it cites — a figure, a table, a section or part (its id
/// in bid.yaml) or a heading (`{#sec:x}`) — and the page pattern paged renderers print after it.
/// An unknown id is a load error at the marker, with a did-you-mean.
enum CrossReferences {
    struct Target {
        var anchor: String
        var text: String
    }

    /// `sources`: each Markdown section's text by section id; `display` names a project file in messages.
    /// Returns the unknown references (each with its section id); their markers stay as written.
    static func resolve(_ parts: inout [Part], language: Language, sources: [String: String],
                        display: (String) -> String) -> [(error: LoadError, section: String)] {
        let zh = language == .zh
        var targets: [String: Target] = [:]
        var figures = 0, tables = 0
        for p in parts.indices {
            let part = parts[p]
            targets[part.id] = Target(anchor: part.id, text: zh ? part.numberedTitle : "Part \(part.number)")
            for s in parts[p].sections.indices {
                let section = parts[p].sections[s]
                targets[section.id] = Target(anchor: section.id, text: zh || section.number.isEmpty ? section.numberedTitle : "Section \(section.number)")
                guard section.kind == "markdown" else { continue }
                parts[p].sections[s].blocks = section.blocks.map { block in
                    number(block, figures: &figures, tables: &tables, zh: zh, targets: &targets)
                }
            }
        }
        let page = zh ? "（第 {n} 页）" : " (page {n})"
        var errors: [(error: LoadError, section: String)] = []
        for p in parts.indices {
            for s in parts[p].sections.indices where parts[p].sections[s].kind == "markdown" {
                let section = parts[p].sections[s]
                parts[p].sections[s].blocks = section.blocks.map { block in
                    block.mapInlines { inline in
                        guard case .reference(let r) = inline, r.text.isEmpty else { return inline }
                        guard let target = targets[r.anchor] else {
                            errors.append((unknown(r.anchor, in: section, text: sources[section.id], file: display(section.source ?? section.id),
                                                   known: Array(targets.keys)), section.id))
                            return .text("[@\(r.anchor)]")
                        }
                        return .reference(CrossReference(anchor: target.anchor, text: target.text, page: page))
                    }
                }
            }
        }
        return errors
    }

    /// The next figure's or table's label ("图 3", "Table 3") and anchor (its own, else `otherwise-3`),
    /// registered as a cross-reference target.
    private static func next(_ count: inout Int, _ prefix: String, anchor: String, otherwise: String,
                             targets: inout [String: Target]) -> (label: String, anchor: String) {
        count += 1
        let label = prefix + String(count)
        let anchor = anchor.isEmpty ? "\(otherwise)-\(count)" : anchor
        targets[anchor] = Target(anchor: anchor, text: label)
        return (label, anchor)
    }

    /// Labels figures and tables in `block` (and inside lists and quotes), registering their ids and headings'.
    private static func number(_ block: Block, figures: inout Int, tables: inout Int, zh: Bool, targets: inout [String: Target]) -> Block {
        switch block {
        case .heading(let h):
            if !h.anchor.isEmpty {
                let title = h.content.plainText
                targets[h.anchor] = Target(anchor: h.anchor, text: zh || h.number.isEmpty ? Heading.join(number: h.number, title: title) : "Section \(h.number)")
            }
            return block
        case .image(var i) where !i.title.isEmpty || !i.anchor.isEmpty:
            (i.label, i.anchor) = next(&figures, zh ? "图 " : "Figure ", anchor: i.anchor, otherwise: "figure", targets: &targets)
            i.title = withoutOwnNumber(i.title)
            return .image(i)
        case .table(var t) where !t.caption.isEmpty || !t.anchor.isEmpty:
            (t.label, t.anchor) = next(&tables, zh ? "表 " : "Table ", anchor: t.anchor, otherwise: "table", targets: &targets)
            t.caption = withoutOwnNumber(t.caption)
            return .table(t)
        case .list(var l):
            l.items = l.items.map { $0.map { number($0, figures: &figures, tables: &tables, zh: zh, targets: &targets) } }
            return .list(l)
        case .quote(let inner):
            return .quote(inner.map { number($0, figures: &figures, tables: &tables, zh: zh, targets: &targets) })
        default:
            return block
        }
    }

    /// A caption the author numbered by hand ("图 1 系统总体拓扑", "Figure 2: Layout") without that
    /// number, which BidKit now gives: the numbers stay right when figures are added or moved.
    static func withoutOwnNumber(_ caption: String) -> String {
        for word in ["图", "表", "Figure", "Fig.", "Table"] where caption.hasPrefix(word) {
            var rest = caption.dropFirst(word.count).drop { $0 == " " }
            guard let first = rest.first, first.isNumber else { continue }
            rest = rest.drop { $0.isNumber || $0 == "-" }
            let trimmed = rest.drop { " .:：、-—".contains($0) }
            return trimmed.isEmpty ? caption : String(trimmed)
        }
        return caption
    }

    /// "unknown reference '[@fig:topo]'" at the marker's first place in the section's file.
    private static func unknown(_ id: String, in section: Section, text: String?, file: String, known: [String]) -> LoadError {
        var location = SourceLocation(file: file)
        if let text {
            for (n, line) in TextIndex.lines(of: text).enumerated() {
                if let range = line.range(of: "@" + id) {
                    let column = line[..<range.lowerBound].count + (line[..<range.lowerBound].hasSuffix("[") ? 0 : 1)
                    location = SourceLocation(file: file, line: n + 1, column: max(column, 1))
                    break
                }
            }
        }
        return LoadError(location, "unknown cross-reference '@\(id)': no figure, table, heading or section has that id"
                         + DidYouMean.hint(for: id, among: known.sorted()).replacingOccurrences(of: "; expected one of: ", with: "; ids: "))
    }
}
