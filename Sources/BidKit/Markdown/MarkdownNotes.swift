import CCmarkGFM

/// What converting one section collects beside its blocks: the footnote definitions, and the
/// Markdown that has no place in a bid (raw HTML, attributes other than an id and a width …), each
/// kind named once in one warning for the section instead of being printed as source text.
///
/// cmark-gfm moves the footnote definitions that are referenced to the end of the document, in order
/// of first reference, and gives each reference that number as its literal ("1", "2" …); the
/// definitions unreferenced are dropped. So definition k is the k-th at the document's end.
final class MarkdownNotes {
    private(set) var definitions: [OpaquePointer] = []
    /// Converted footnote text by number, so a footnote referenced twice is converted once.
    var footnotes: [Int: [Inline]] = [:]
    private var kinds: [String] = []

    /// The definitions among `root`'s children, kept in order and returned so the body skips them.
    func collectDefinitions(_ root: OpaquePointer, typeName: (OpaquePointer) -> String) -> Set<OpaquePointer> {
        var child = cmark_node_first_child(root)
        while let c = child {
            if typeName(c) == "footnote_definition" { definitions.append(c) }
            child = cmark_node_next(c)
        }
        return Set(definitions)
    }

    /// Records something left out; each kind is named once.
    func unsupported(_ kind: String) {
        if !kinds.contains(kind) { kinds.append(kind) }
    }

    /// "sections/x.md: Markdown left out: raw HTML, …", or nil when nothing was.
    func warning(file: String) -> String? {
        kinds.isEmpty ? nil : "\(file): Markdown BidKit does not support was left out: \(kinds.joined(separator: "; ")) (docs/bid-project.md, \"Markdown sections\")"
    }
}
