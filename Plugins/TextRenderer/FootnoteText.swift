import BidKitPluginSDK

/// Footnotes in plain text: each becomes `[n]` where it stands, numbered through the document in
/// reading order, and its text follows the section as `[n] text`, the way a printed page puts notes
/// at its foot.
enum FootnoteText {
    /// The section's blocks with footnotes replaced by their marks, and the notes in order.
    static func numbered(_ blocks: [Block], next: inout Int) -> (blocks: [Block], notes: [(Int, [Inline])]) {
        var notes: [(Int, [Inline])] = []
        var counter = next
        let marked = blocks.map { block in
            block.mapInlines { inline in
                guard case .footnote(let content) = inline else { return inline }
                counter += 1
                notes.append((counter, content))
                return .text("[\(counter)]")
            }
        }
        next = counter
        return (marked, notes)
    }

    /// `[1] text` lines, wrapped, under a short rule (ASCII where ambiguous characters are wide).
    static func lines(_ notes: [(Int, [Inline])], settings: TextSettings) -> [String] {
        guard !notes.isEmpty else { return [] }
        var out = [String(repeating: settings.sectionRule, count: 4)]
        for (n, content) in notes {
            let mark = "[\(n)] "
            let wrapped = settings.wrap(InlineText.render(content.withoutFootnotes), width: max(settings.width - mark.utf8.count, 8))
            out += TextLines.prefix(wrapped, first: mark, rest: String(repeating: " ", count: mark.utf8.count))
        }
        return out
    }
}

extension Array where Element == Inline {
    /// A footnote's own text: a footnote inside it cannot be placed, so it is left out.
    var withoutFootnotes: [Inline] {
        mapInlines { inline in if case .footnote = inline { return .text("") } else { return inline } }
    }
}
