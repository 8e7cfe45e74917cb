/// The front matter of an assembled bid: the standard cover for its metadata and the table of
/// contents, taken out of the part that declares it (bid.yaml lists it as a section, with its owner
/// and due date, like any other task) so that every format prints it before the first part rather
/// than inside 第一章 (issue 12 item 10).
enum FrontMatterAssembly {
    static func make(_ metadata: Metadata, parts: inout [Part]) -> FrontMatter {
        var front = FrontMatter.standard(for: metadata)
        // The first table of contents is the bid's; a second one, if a project lists one, stays where it is.
        for p in parts.indices {
            if let s = parts[p].sections.firstIndex(where: { $0.kind == GeneratedKind.toc.rawValue }) {
                front.contents = parts[p].sections.remove(at: s)
                break
            }
        }
        return front
    }
}
