/// How deeply content may nest, and the one way to count it.
///
/// Every walker of the model (assembly, the checker, the wire coder, every renderer, the JSON dump,
/// and Swift's own `==`, hashing and deallocation of these indirect enums) recurses once per level.
/// Rather than rewrite each without recursion, the model has a depth limit that producers enforce
/// (the Markdown converter and the form reader refuse deeper input with a located error) and that
/// the wire decoder enforces again, so a hostile package cannot crash a plugin either.
///
/// A level is a block quote, a list item, a table cell, or a strong / emphasis / underline /
/// strikethrough / link run or a footnote; blocks and inlines count together, so `> - **[x](y)**` is 4 deep.
/// Real bids stay under 10; the limit leaves room and keeps the deepest walk a small fraction of a
/// worker thread's stack.
public enum Nesting {
    public static let limit = 48

    /// The deepest level in `blocks` (0 for flat content). Counted without recursion, so it is safe on
    /// content of any depth; it stops once past `limit`. Entering a container is what costs a level,
    /// so an empty quote or an empty `**` run counts too (as it does for the wire decoder).
    public static func depth(of blocks: [Block]) -> Int {
        var deepest = 0
        var pending: [(Content, Int)] = [(.blocks(blocks), 0)]
        while let (content, depth) = pending.popLast() {
            deepest = max(deepest, depth)
            if deepest > limit { break }
            switch content {
            case .blocks(let blocks):
                for block in blocks {
                    switch block {
                    case .heading(let h): pending.append((.inlines(h.content), depth))
                    case .paragraph(let p): pending.append((.inlines(p.content), depth))
                    case .quote(let inner): pending.append((.blocks(inner), depth + 1))
                    case .list(let list): pending += list.items.map { (.blocks($0), depth + 1) }
                    case .table(let t): pending += (t.header + t.body + t.footer).flatMap(\.cells).map { (.blocks($0.blocks), depth + 1) }
                    case .image, .code, .thematicBreak, .pageBreak, .signature, .toc: break
                    }
                }
            case .inlines(let inlines):
                for inline in inlines {
                    switch inline {
                    case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .link(_, let c), .footnote(let c):
                        pending.append((.inlines(c), depth + 1))
                    case .text, .code, .lineBreak, .softBreak, .reference: break
                    }
                }
            }
        }
        return deepest
    }

    /// What a container holds.
    private enum Content {
        case blocks([Block])
        case inlines([Inline])
    }
}
