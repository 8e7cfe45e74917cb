import BidKitPluginSDK

/// The whole document: cover, table of contents, then each part and section in order.
enum DocumentText {
    static func render(_ package: BidPackage, settings: TextSettings) -> String {
        let blocks = BlockText(settings: settings)
        var groups: [[String]] = [CoverText.lines(package.frontMatter.cover, settings: settings)]
        var footnote = 0
        func add(_ section: Section) {
            groups.append(titleLines(section.numberedTitle, rule: settings.sectionRule, settings: settings))
            let (content, notes) = FootnoteText.numbered(section.blocks, next: &footnote)
            groups.append(blocks.lines(for: content, width: settings.width))
            groups.append(FootnoteText.lines(notes, settings: settings))
        }
        // The table of contents is front matter: after the cover, before the first part's title.
        if let contents = package.frontMatter.contents { add(contents) }
        for part in package.parts {
            groups.append(titleLines(part.numberedTitle, rule: settings.partRule, settings: settings))
            part.sections.forEach(add)
        }
        return finish(TextLines.joinBlocks(groups))
    }

    /// A part or section title underlined to its display width, so the rule ends exactly under
    /// the last character even for Chinese titles.
    static func titleLines(_ title: String, rule: Character, settings: TextSettings) -> [String] {
        let lines = settings.wrap(title, width: settings.width)
        guard let longest = lines.map({ settings.width(of: $0) }).max(), longest > 0 else { return [] }
        return lines + [String(repeating: rule, count: longest)]
    }

    /// The final text: no trailing spaces, no blank lines at either end, LF line endings and
    /// exactly one final newline — so two renders of the same bid are byte-identical and diff
    /// cleanly.
    static func finish(_ lines: [String]) -> String {
        var lines = lines.map(TextPad.trimTrailingSpaces)
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Helpers for assembling blocks of lines.
enum TextLines {
    /// Groups of lines separated by exactly one blank line; empty groups vanish.
    static func joinBlocks(_ groups: [[String]]) -> [String] {
        var out: [String] = []
        for group in groups where !group.isEmpty {
            if !out.isEmpty { out.append("") }
            out += group
        }
        return out
    }

    /// Lines with `first` before the first line and `rest` before the others (list markers,
    /// quote bars). Blank lines get no prefix when `rest` is only spaces, so nothing trails.
    static func prefix(_ lines: [String], first: String, rest: String) -> [String] {
        lines.enumerated().map { i, line in
            let p = i == 0 ? first : rest
            return line.isEmpty ? TextPad.trimTrailingSpaces(p) : p + line
        }
    }
}
