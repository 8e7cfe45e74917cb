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
/// table of contents (the entries of its parts) and a cover that names it (metadata field `volume`).
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
        // Each volume's TOC lists what the volume holds; the whole bid's TOC (in the first part) goes
        // to the volume that holds that part, trimmed to it.
        for p in out.parts.indices {
            for s in out.parts[p].sections.indices {
                out.parts[p].sections[s].blocks = out.parts[p].sections[s].blocks.map { block in
                    guard case .toc(let entries) = block else { return block }
                    return .toc(trimmed(entries, keeping: kept))
                }
            }
        }
        // A volume without the bid's TOC section gets its own at the front of its first part.
        let hasTOC = out.parts.first?.sections.first?.kind == GeneratedKind.toc.rawValue
        if !hasTOC, !out.parts.isEmpty {
            let zh = package.metadata.language == "zh"
            let all = package.sections.first { $0.kind == GeneratedKind.toc.rawValue }.flatMap { s -> [TocEntry]? in
                if case .toc(let e)? = s.blocks.first { return e }
                return nil
            } ?? Assembler.tableOfContents(package.parts)
            out.parts[0].sections.insert(Section(id: "toc-\(volume.name)", title: zh ? "目录" : "Contents", number: "",
                                                 kind: GeneratedKind.toc.rawValue, blocks: [.toc(trimmed(all, keeping: kept))]), at: 0)
        }
        out.metadata.fields = (out.metadata.fields.filter { $0.key != "volume" } + [Field("volume", volume.name)]).sorted { $0.key < $1.key }
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
