/// One document `bidkit build` writes: the whole bid, or one volume of it.
public struct BidDocument: Sendable {
    /// The volume's name; nil when the bid is one document.
    public var volume: String?
    public var package: BidPackage
    /// Output file name without extension: `<id>` or `<id>-<volume>`.
    public var baseName: String
}

/// Volumes are a view over the assembled package (DESIGN §6), not a second assembly: each volume
/// keeps its parts with the numbers, anchors and content the whole bid gave them, and gets its own
/// table of contents (the entries of its parts) and a cover that names it (`Cover.volume`, and the
/// metadata field `volume`).
/// Coverage and checks always run on the whole bid.
public enum VolumeSplitter {
    public static func documents(of bid: AssembledBid, selecting selection: VolumeSelection? = nil) throws -> [BidDocument] {
        let id = bid.project.info.id
        let volumes = bid.project.volumes
        guard !volumes.isEmpty else {
            if let selection { throw UsageError("\(describe(selection)) given, but bid.yaml has no 'volumes:'") }
            return [BidDocument(volume: nil, package: bid.package, baseName: id)]
        }
        var chosen = volumes
        switch selection {
        case .volume(let name)?:
            chosen = volumes.filter { $0.name == name }
            if chosen.isEmpty { throw UsageError("no volume '\(name)'; volumes: \(volumes.map(\.name).joined(separator: ", "))") }
        case .part(let part)?:
            chosen = volumes.filter { $0.parts.contains(part) }
            if chosen.isEmpty { throw UsageError("no part '\(part)'; parts: \(bid.package.parts.map(\.id).joined(separator: ", "))") }
        case nil:
            break
        }
        return chosen.map { BidDocument(volume: $0.name, package: view(bid.package, volume: $0), baseName: "\(id)-\($0.name)") }
    }

    static func view(_ package: BidPackage, volume: VolumePlan) -> BidPackage {
        var out = package
        out.parts = volume.parts.compactMap { id in package.parts.first { $0.id == id } }
        let kept = Set(out.parts.flatMap { [$0.id] + $0.sections.map(\.id) })
        // Each volume's table of contents lists what the volume holds: the bid's, trimmed to it, or
        // (for a bid without one) the volume's own.
        let all: [TocEntry]
        if case .toc(let entries)? = package.frontMatter.contents?.blocks.first { all = entries } else { all = Assembler.tableOfContents(package.parts) }
        var contents = package.frontMatter.contents
            ?? Section(id: "toc-\(volume.name)", title: package.frontMatter.labels[Labels.Key.contents], number: "", kind: GeneratedKind.toc.rawValue)
        contents.blocks = [.toc(trimmed(all, keeping: kept))]
        out.frontMatter.contents = contents
        out.metadata.fields = (out.metadata.fields.filter { $0.key != "volume" } + [Field("volume", volume.name)]).sorted { $0.key < $1.key }
        out.frontMatter.cover.volume = volume.name
        // A PDF attachment's own file stays with its page images (the PDF renderer places its pages).
        let used = AttachmentPages.closure(of: Set(out.parts.flatMap(\.sections).flatMap { Block.resourceIDs(in: $0.blocks) }))
        out.resources = package.resources.filter { used.contains($0.id) }
        return out
    }

    /// Entries of kept parts and sections, and the headings under a kept section.
    static func trimmed(_ entries: [TocEntry], keeping kept: Set<String>) -> [TocEntry] {
        var out: [TocEntry] = []
        var keeping = false
        for e in entries {
            if e.level <= 2 { keeping = kept.contains(e.anchor) }
            if keeping { out.append(e) }
        }
        return out
    }

    private static func describe(_ s: VolumeSelection) -> String {
        switch s {
        case .volume(let v): return "--volume \(v)"
        case .part(let p): return "--part \(p)"
        }
    }
}
