/// A signature block and where it stands in the package.
public struct PlacedSignature: Sendable, Hashable {
    /// 1-based position in reading order; its anchor is `Signature.anchor(ordinal)`.
    public var ordinal: Int
    public var partID: String
    public var sectionID: String
    public var signature: Signature
}

extension BidPackage {
    /// Every signature block in reading order: parts, sections, blocks depth-first (list items,
    /// quotes, table rows header → body → footer, cells left to right), the order renderers write them.
    public var signatureBlocks: [PlacedSignature] {
        var out: [PlacedSignature] = []
        for part in parts {
            for section in part.sections {
                Self.collect(section.blocks) { s in
                    out.append(PlacedSignature(ordinal: out.count + 1, partID: part.id, sectionID: section.id, signature: s))
                }
            }
        }
        return out
    }

    private static func collect(_ blocks: [Block], _ found: (Signature) -> Void) {
        for block in blocks {
            switch block {
            case .signature(let s): found(s)
            case .list(let l): for item in l.items { collect(item, found) }
            case .quote(let inner): collect(inner, found)
            case .table(let t):
                for row in t.header + t.body + t.footer { for cell in row.cells { collect(cell.blocks, found) } }
            default: break
            }
        }
    }
}
