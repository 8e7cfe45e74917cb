import BidKitPluginSDK

/// Writes the document body — the package's table of contents (front matter), or a generated one
/// when it has none, then every part and section — as the markup passed to the page template as `{{{body}}}`.
///
/// Heading levels: the cover title (in the template) is `<h1>`, parts are `<h2>`, sections `<h3>`
/// and a Markdown heading of model level L (≥ 3) is `<h(L+1)>`, capped at `<h6>`; the model level
/// stays visible as the class `level-L`.
struct BodyWriter {
    var out = HtmlOutput()
    var anchors: Anchors
    let package: BidPackage
    let labels: HtmlLabels
    /// Link images from `<project-id>_files/` instead of embedding them.
    var externalImages = false

    init(package: BidPackage, labels: HtmlLabels) {
        self.package = package
        self.labels = labels
        anchors = Anchors(package: package)
    }

    /// The body markup for `package`; with `layoutProbe`, followed by the hidden links the layout
    /// pass reads pages through (`HtmlPagination`), whose ids it returns (anchor → id).
    static func body(of package: BidPackage, labels: HtmlLabels, externalImages: Bool = false,
                     layoutProbe: Bool = false) throws -> (html: String, ids: [String: String]) {
        var writer = BodyWriter(package: package, labels: labels)
        writer.externalImages = externalImages
        try writer.writeDocument()
        var ids: [String: String] = [:]
        if layoutProbe { ids = writer.writeLayoutProbe() }
        return (writer.out.html, ids)
    }

    /// A `hidden` list of links to every anchor, so that Chromium's print names a destination on
    /// the page of each (it does for link targets only); hidden, it lays out no box.
    private mutating func writeLayoutProbe() -> [String: String] {
        var ids: [String: String] = [:]
        out.open("nav", [("class", "layout-probe"), ("hidden", "")])
        for target in anchors.targets {
            ids[target.anchor] = target.id
            out.element("a", [("href", Anchors.href(for: target.id))], text: "")
        }
        out.close("nav")
        out.newline()
        return ids
    }

    private mutating func writeDocument() throws {
        // Front matter stands outside the parts: the package's table of contents, or one made here.
        if let contents = package.frontMatter.contents {
            try writeSection(contents)
        } else if !package.parts.contains(where: { $0.sections.contains { Self.containsToc($0.blocks) } }) {
            writeGeneratedToc()
        }
        for part in package.parts {
            try writePart(part)
        }
    }

    private mutating func writePart(_ part: Part) throws {
        out.open("section", [("class", "part")])
        out.newline()
        out.open("h2", [("class", "part-title"), ("id", anchors.claim(part.id))])
        writeNumbered(number: part.number, separator: Self.separator(after: part.number)) { $0.text(part.title) }
        out.close("h2")
        out.newline()
        for section in part.sections {
            try writeSection(section)
        }
        out.close("section")
        out.newline()
    }

    mutating func writeSection(_ section: Section) throws {
        let kind = ClassName.token(section.kind)
        out.open("section", [("class", ClassName.list(["bid-section", kind.isEmpty ? "" : "kind-" + kind]))])
        out.newline()
        out.open("h3", [("class", "section-title"), ("id", anchors.claim(section.id))])
        writeNumbered(number: section.number, separator: Self.separator(after: section.number)) { $0.text(section.title) }
        out.close("h3")
        out.newline()
        try writeBlocks(section.blocks)
        Footnotes.writeNotes(to: &out)
        out.close("section")
        out.newline()
    }

    /// `<span class="number">N</span>` + separator + title, the way `Heading.join` prints it.
    mutating func writeNumbered(number: String, separator: String, title: (inout HtmlOutput) -> Void) {
        if !number.isEmpty {
            out.element("span", [("class", "number")], text: number)
            out.text(separator)
        }
        title(&out)
    }

    /// Chinese numbers ending in punctuation ("一、", "（一）") take no space before the title.
    static func separator(after number: String) -> String {
        Heading.join(number: number, title: "x") == number + "x" ? "" : " "
    }

    static func containsToc(_ blocks: [Block]) -> Bool {
        blocks.contains { block in
            switch block {
            case .toc: return true
            case .quote(let inner): return containsToc(inner)
            case .list(let list): return list.items.contains(where: containsToc)
            default: return false
            }
        }
    }
}
