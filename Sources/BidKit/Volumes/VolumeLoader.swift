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
enum VolumeLoader {
    static func read(_ value: YAMLValue, parts: [PartPlan]) throws -> [VolumePlan] {
        var volumes: [VolumePlan] = []
        if case .mapping(let m) = value.node {
            for (k, v) in m {
                let key = YAMLValue(node: k, file: value.file, path: value.path)
                let name = try key.nonEmptyString()
                let list = YAMLValue(node: v, file: value.file, path: "volumes.\(name)")
                volumes.append(VolumePlan(name: name, parts: try list.list().map { try $0.nonEmptyString() }, location: key.location))
            }
        } else {
            for entry in try value.list() {
                let m = try entry.mapping(keys: ["name", "parts"])
                volumes.append(VolumePlan(name: try m.string("name"), parts: try m.required("parts").list().map { try $0.nonEmptyString() },
                                          location: entry.location))
            }
        }
        guard !volumes.isEmpty else { throw value.error("'volumes' must list at least one volume") }
        var owner: [String: String] = [:]
        var names: Set<String> = []
        let known = parts.map(\.id)
        for v in volumes {
            if v.name.contains("/") || v.name.hasPrefix(".") || v.name.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
                throw LoadError(v.location, "volume name '\(v.name)' is used in file names: no '/', control characters or leading '.'")
            }
            guard names.insert(v.name).inserted else { throw LoadError(v.location, "duplicate volume '\(v.name)'") }
            guard !v.parts.isEmpty else { throw LoadError(v.location, "volume '\(v.name)' lists no parts") }
            for id in v.parts {
                guard known.contains(id) else {
                    throw LoadError(v.location, "volume '\(v.name)' names part '\(id)', which is not in 'parts'" + DidYouMean.hint(for: id, among: known))
                }
                if let other = owner[id] { throw LoadError(v.location, "part '\(id)' is in volume '\(other)' and in '\(v.name)'") }
                owner[id] = v.name
            }
        }
        if let loose = known.first(where: { owner[$0] == nil }) {
            throw value.error("part '\(loose)' is in no volume; every part goes into one of the volumes")
        }
        return volumes
    }
}
