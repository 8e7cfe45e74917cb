import BidKitPluginSDK

/// The table of contents: a `<nav>` of links to the parts' and sections' ids.
///
/// An entry whose anchor nothing in the document carries is printed without a link rather than
/// as a link to nowhere. An entry that knows its page (the core wrote it after Chromium's layout
/// pass, `bidkit build --paginate`) carries it as `.toc-page`, printed right-aligned after a
/// dotted leader and hidden on screen, where the link jumps and a printed page means nothing.
/// Without one, print engines that implement `target-counter()` (WeasyPrint, Prince) add it.
extension BodyWriter {
    mutating func writeToc(_ entries: [TocEntry], id: String?) {
        out.open("nav", [("class", "toc"), ("id", id), ("aria-label", labels.contents)])
        out.newline()
        out.open("ol", [("class", "toc-entries")])
        out.newline()
        for entry in entries {
            let level = "toc-level-\(min(max(entry.level, 1), 6))"
            out.open("li", [("class", entry.page.isEmpty ? level : level + " toc-paged")])
            let target = anchors.target(of: entry.anchor)
            if let target {
                out.open("a", [("href", Anchors.href(for: target))])
            } else {
                out.open("span", [("class", "toc-unlinked")])
            }
            if !entry.number.isEmpty {
                out.element("span", [("class", "toc-number")], text: entry.number)
                out.text(Self.separator(after: entry.number))
            }
            out.element("span", [("class", "toc-title")], text: entry.title)
            if !entry.page.isEmpty { out.element("span", [("class", "toc-page")], text: entry.page) }
            if target != nil { out.close("a") } else { out.close("span") }
            out.close("li")
            out.newline()
        }
        out.close("ol")
        out.newline()
        out.close("nav")
        out.newline()
    }

    /// For a package without a `toc` section: a contents page after the cover listing every part
    /// and section, so the HTML always opens with working navigation.
    mutating func writeGeneratedToc() {
        var entries: [TocEntry] = []
        for part in package.parts {
            entries.append(TocEntry(level: 1, number: part.number, title: part.title, anchor: part.id))
            for section in part.sections {
                entries.append(TocEntry(level: 2, number: section.number, title: section.title, anchor: section.id))
            }
        }
        guard !entries.isEmpty else { return }
        let id = anchors.fresh("contents")
        out.open("section", [("class", "generated-toc")])
        out.newline()
        out.element("h2", [("class", "toc-heading")], text: labels.contents)
        out.newline()
        writeToc(entries, id: id)
        out.close("section")
        out.newline()
    }
}
