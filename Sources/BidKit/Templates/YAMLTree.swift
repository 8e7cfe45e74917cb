import Yams

/// A YAML document held as plain values with ordered mappings: what `bidkit init` writes.
/// Built in code (or copied from a template's `bid:` block) and emitted by `YAMLEmitter` in one fixed
/// style, so the same template and options always give the same bid.yaml, byte for byte.
indirect enum YAMLTree: Sendable, Equatable {
    /// Text, quoted when plain style would read back differently (or as null or a boolean).
    case scalar(String)
    /// A plain scalar copied from a template (`true`, `0.13`), written plain again when it safely can be.
    case plain(String)
    case mapping([Entry])
    case list([YAMLTree])

    struct Entry: Sendable, Equatable {
        var key: String
        var value: YAMLTree
    }

    /// A located template value as a tree; nil for a null scalar (an absent value). Aliases are
    /// refused: a template is copied into bid.yaml, and anchors would not survive the copy.
    static func from(_ value: YAMLValue) throws -> YAMLTree? {
        switch value.node {
        case .scalar(let s):
            if s.tag.rawValue == Tag.Name.null.rawValue, ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
            return s.style == .plain ? .plain(s.string) : .scalar(s.string)
        case .mapping(let m):
            var entries: [Entry] = []
            for (k, v) in m {
                guard case .scalar(let key) = k else { throw value.error("mapping keys must be plain names") }
                let child = YAMLValue(node: v, file: value.file, path: value.path.isEmpty ? key.string : "\(value.path).\(key.string)")
                if let tree = try from(child) { entries.append(Entry(key: key.string, value: tree)) }
            }
            return .mapping(entries)
        case .sequence:
            return .list(try value.list().compactMap { try from($0) })
        case .alias:
            throw value.error("YAML aliases are not supported in a template; write the value out")
        }
    }

    var isScalar: Bool {
        switch self {
        case .scalar, .plain: return true
        case .mapping, .list: return false
        }
    }

    /// The value at `key` of a mapping.
    subscript(key: String) -> YAMLTree? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    /// A mapping with `key` set (replaced in place, or appended).
    func setting(_ key: String, _ value: YAMLTree) -> YAMLTree {
        guard case .mapping(var entries) = self else { return .mapping([Entry(key: key, value: value)]) }
        if let i = entries.firstIndex(where: { $0.key == key }) { entries[i].value = value } else { entries.append(Entry(key: key, value: value)) }
        return .mapping(entries)
    }

    /// A mapping's entries reordered: the keys in `order` first, in that order, then the others as they were.
    func ordered(_ order: [String]) -> YAMLTree {
        guard case .mapping(let entries) = self else { return self }
        let known = order.compactMap { key in entries.first { $0.key == key } }
        return .mapping(known + entries.filter { !order.contains($0.key) })
    }
}
