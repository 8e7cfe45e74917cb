import BidKitPluginSDK

/// Which headings the TOC field collects, so that the table of contents Word (or LibreOffice)
/// shows after refreshing its fields lists exactly what the pre-filled one lists (issue 12, item 6).
///
/// The core lists every part and section and, below them, only some headings (each certificate's
/// copy, so a reader finds its page). The field's outline levels are `1…depth`, the deepest level
/// whose headings are all listed; a listed heading deeper than that (a certificate copy among the
/// section's other level-3 headings) takes the style "Contents Heading N", based on "heading N" so
/// it looks and is numbered the same, and the field adds that style at level N (`\t`).
struct ContentsLevels: Equatable {
    /// The field's outline levels: 1 … depth.
    let depth: Int
    /// Listed headings deeper than `depth`: anchor → level.
    let deeper: [String: Int]

    static let fallback = ContentsLevels(depth: 3, deeper: [:])

    static func styleName(_ level: Int) -> String { "Contents Heading \(level)" }

    /// ` TOC \o "1-2" \h \z \u \t "Contents Heading 3,3" `
    var instruction: String {
        var out = " TOC \\o \"1-\(depth)\" \\h \\z \\u "
        let extra = Set(deeper.values).sorted()
        if !extra.isEmpty {
            out += "\\t \"" + extra.map { "\(Self.styleName($0)),\($0)" }.joined(separator: ",") + "\" "
        }
        return out
    }

    private init(depth: Int, deeper: [String: Int]) {
        self.depth = depth
        self.deeper = deeper
    }

    /// From the package's headings (parts at level 1, sections at 2, a section's own headings below)
    /// and the entries of its first table of contents.
    init(package: BidPackage) {
        let entries = package.sections.lazy.compactMap { section -> [TocEntry]? in
            for case .toc(let e) in section.blocks { return e }
            return nil
        }.first ?? []
        guard let deepest = entries.map(\.level).max() else {
            self = .fallback
            return
        }
        let listed = Set(entries.map(\.anchor))
        var complete = Array(repeating: true, count: 10)
        for part in package.parts {
            if !listed.contains(part.id) { complete[1] = false }
            for section in part.sections where section.kind != "toc" {
                if !listed.contains(section.id) { complete[2] = false }
                for case .heading(let h) in section.blocks where (1...9).contains(h.level) && !listed.contains(h.anchor) {
                    complete[h.level] = false
                }
            }
        }
        var depth = 0
        while depth < min(deepest, 9), complete[depth + 1] { depth += 1 }
        depth = max(depth, 1)
        var deeper: [String: Int] = [:]
        for e in entries where e.level > depth { deeper[e.anchor] = min(e.level, 9) }
        self.init(depth: depth, deeper: deeper)
    }
}
