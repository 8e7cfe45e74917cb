/// A table cell that cites the page where an anchor is: the qualification list's attachment
/// column ("iso9001.pdf，第 12 页").
public struct PageReference: Sendable, Hashable {
    public var sectionID: String
    public var tableRole: String
    /// Body row and column of the cell.
    public var row: Int
    public var column: Int
    public var anchor: String
    /// The cell's text before a page is known.
    public var text: String
}

/// Writes a page map's printed numbers into a package: TOC entries (front matter and any table of
/// contents inside a part) and page references. Always
/// applied to the package as assembled (without numbers), so a second layout pass starts clean.
enum PageNumbers {
    static func apply(_ map: PageMap, to package: BidPackage, references: [PageReference], language: Language) -> BidPackage {
        var out = package
        if case .toc(var entries)? = out.frontMatter.contents?.blocks.first {
            for i in entries.indices { entries[i].page = map[entries[i].anchor]?.label ?? "" }
            out.frontMatter.contents?.blocks = [.toc(entries)]
        }
        for p in out.parts.indices {
            for s in out.parts[p].sections.indices {
                let id = out.parts[p].sections[s].id
                let refs = references.filter { $0.sectionID == id }
                out.parts[p].sections[s].blocks = out.parts[p].sections[s].blocks.map { block in
                    switch block {
                    case .toc(var entries):
                        for i in entries.indices { entries[i].page = map[entries[i].anchor]?.label ?? "" }
                        return .toc(entries)
                    case .table(var table) where !refs.isEmpty:
                        for ref in refs where ref.tableRole == table.role && table.body.indices.contains(ref.row)
                            && table.body[ref.row].cells.indices.contains(ref.column) {
                            table.body[ref.row].cells[ref.column] = Table.Cell(cited(ref, map, language))
                        }
                        return .table(table)
                    default:
                        return block
                    }
                }
            }
        }
        return out
    }

    static func cited(_ ref: PageReference, _ map: PageMap, _ language: Language) -> String {
        guard let label = map[ref.anchor]?.label, !label.isEmpty else { return ref.text }
        return language == .zh ? "\(ref.text)（第 \(label) 页）" : "\(ref.text) (p. \(label))"
    }
}
