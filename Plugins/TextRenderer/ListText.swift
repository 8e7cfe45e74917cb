import BidKitPluginSDK

/// Bulleted and numbered lists with hanging indents, nested to any depth.
///
/// Item text wraps under itself, not under the marker, so numbers stand out in a column.
/// Nested lists sit under their parent item's text: two columns in for bullets, the number's
/// width for ordered items.
struct ListText {
    let blocks: BlockText

    /// Bullets by bullet-nesting depth, cycling after the third level.
    static let bullets = ["•", "◦", "▪"]

    func lines(for list: ListBlock, width: Int, depth: Int) -> [String] {
        let markers = markers(for: list, depth: depth)
        let markerWidth = markers.map { blocks.settings.width(of: $0) }.max() ?? 0
        let indent = markerWidth + 1
        // Depth counts bullet levels only: a bulleted list inside a numbered item is still the
        // first level of bullets and gets "•".
        let nestedDepth = list.ordered ? depth : depth + 1
        var out: [String] = []
        for (item, marker) in zip(list.items, markers) {
            let inner = blocks.itemLines(for: item, width: max(width - indent, 8), listDepth: nestedDepth)
            let first = blocks.settings.pad(marker, to: markerWidth, alignment: list.ordered ? .right : .left) + " "
            if inner.isEmpty {
                out.append(TextPad.trimTrailingSpaces(first))
            } else {
                out += TextLines.prefix(inner, first: first, rest: TextPad.spaces(indent))
            }
        }
        return out
    }

    /// "1." "2." … from `start`, right-aligned so "9." and "10." end in the same column;
    /// or the bullet of this depth.
    private func markers(for list: ListBlock, depth: Int) -> [String] {
        guard list.ordered else {
            let bullet = Self.bullets[depth % Self.bullets.count]
            return Array(repeating: bullet, count: list.items.count)
        }
        return list.items.indices.map { "\(list.start + $0)." }
    }
}
