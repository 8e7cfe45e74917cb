import BidKitPluginSDK

/// A table of contents: numbers and titles indented by level. No dotted leaders and no page
/// numbers — a text file has no pages to point to. A long title wraps under itself.
enum TocText {
    static func lines(for entries: [TocEntry], settings: TextSettings, width: Int) -> [String] {
        let top = entries.map(\.level).min() ?? 1
        var out: [String] = []
        for entry in entries {
            let indent = 2 * max(entry.level - top, 0)
            let text = Heading.join(number: entry.number, title: entry.title)
            let lines = settings.wrap(text, width: max(width - indent - 2, 8))
            out += TextLines.prefix(lines, first: TextPad.spaces(indent), rest: TextPad.spaces(indent + 2))
        }
        return out
    }
}
