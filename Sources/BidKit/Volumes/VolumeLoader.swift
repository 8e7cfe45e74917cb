import Yams

/// Reads bid.yaml `volumes:`, as a list or as a mapping from volume name to part ids:
///
/// ```yaml
/// volumes:                         volumes:
///   商务标: [commercial]      or     - {name: 商务标, parts: [commercial]}
///   技术标: [technical]              - {name: 技术标, parts: [technical]}
/// ```
///
/// Every part id must exist, belong to one volume only, and every part must be in some volume.
/// Names become file names, so they may not hold `/`, control characters or start with a dot.
///
/// `partIDs` are the part ids written in `parts:` (nil when `parts` is not even a list): a volume is
/// checked against them even when a part failed to load, and not checked when they are unknown.
/// Every volume is read and checked even when another fails.
enum VolumeLoader {
    static func read(_ value: YAMLValue, partIDs: [String]?) throws -> [VolumePlan] {
        var g = ErrorGathering()
        var volumes: [VolumePlan] = []
        if case .mapping(let m) = value.node {
            for (k, v) in m {
                let key = YAMLValue(node: k, file: value.file, path: value.path)
                guard let name = g.read({ try key.nonEmptyString() }) else { continue }
                let list = YAMLValue(node: v, file: value.file, path: "volumes.\(name)")
                if let parts = g.read({ try list.list().map { try $0.nonEmptyString() } }) {
                    volumes.append(VolumePlan(name: name, parts: parts, location: key.location))
                }
            }
        } else {
            volumes = g.each(try value.list()) { entry in
                var e = ErrorGathering()
                let m = try entry.mapping(keys: ["name", "parts"], gathering: &e)
                let name = e.read { try m.string("name") }
                let parts = e.read { try m.required("parts").list().map { try $0.nonEmptyString() } }
                try e.finish()
                return VolumePlan(name: name ?? "", parts: parts ?? [], location: entry.location)
            }
        }
        guard !volumes.isEmpty || !g.isClean else { throw value.error("'volumes' must list at least one volume") }
        var owner: [String: String] = [:]
        var names: Set<String> = []
        for v in volumes {
            if v.name.contains("/") || v.name.hasPrefix(".") || v.name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                g.record(LoadError(v.location, "volume name '\(v.name)' is used in file names: no '/', control characters or leading '.'"))
            }
            guard names.insert(v.name).inserted else {
                g.record(LoadError(v.location, "duplicate volume '\(v.name)'"))
                continue
            }
            guard !v.parts.isEmpty else {
                g.record(LoadError(v.location, "volume '\(v.name)' lists no parts"))
                continue
            }
            for id in v.parts {
                if let known = partIDs, !known.contains(id) {
                    g.record(LoadError(v.location, "volume '\(v.name)' names part '\(id)', which is not in 'parts'" + DidYouMean.hint(for: id, among: known)))
                } else if let other = owner[id] {
                    g.record(LoadError(v.location, "part '\(id)' is in volume '\(other)' and in '\(v.name)'"))
                } else {
                    owner[id] = v.name
                }
            }
        }
        // A part left out is said only when every volume loaded: a volume that failed may hold it.
        if g.isClean, let loose = partIDs?.first(where: { owner[$0] == nil }) {
            throw value.error("part '\(loose)' is in no volume; every part goes into one of the volumes")
        }
        return try g.finish(volumes)
    }
}
