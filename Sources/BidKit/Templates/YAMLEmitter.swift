/// Writes a `YAMLTree` as block-style YAML: two-space indents, short scalar lists in flow style
/// (`covers: [D-01, F-01]`), scalars plain where that reads back as the same text and double-quoted
/// otherwise. One style, no clock, no dictionary order: the output depends on the tree alone.
enum YAMLEmitter {
    static func emit(_ tree: YAMLTree) -> String {
        var out = ""
        switch tree {
        case .mapping(let entries): mapping(entries, indent: 0, into: &out)
        case .list(let items): list(items, indent: 0, into: &out)
        case .scalar(let s): out = scalar(s) + "\n"
        case .plain(let s): out = scalar(s, plain: true) + "\n"
        }
        return out
    }

    /// `afterDash`: the first entry shares the "- " line of a list item the caller wrote.
    private static func mapping(_ entries: [YAMLTree.Entry], indent: Int, afterDash: Bool = false, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for (i, entry) in entries.enumerated() {
            // Top-level blocks (project:, tender:, …) are set apart by a blank line.
            if indent == 0, i > 0, !entry.value.isScalar { out += "\n" }
            out += (i == 0 && afterDash ? "" : pad) + key(entry.key) + ":"
            value(entry.value, indent: indent, into: &out)
        }
    }

    /// A value after "key:" — on the same line when it is a scalar or an empty/flow collection.
    private static func value(_ tree: YAMLTree, indent: Int, into out: inout String) {
        switch tree {
        case .scalar(let s):
            out += " " + scalar(s) + "\n"
        case .plain(let s):
            out += " " + scalar(s, plain: true) + "\n"
        case .mapping(let entries) where entries.isEmpty:
            out += " {}\n"
        case .mapping(let entries):
            out += "\n"
            mapping(entries, indent: indent + 2, into: &out)
        case .list(let items):
            if let flow = flowList(items) {
                out += " " + flow + "\n"
            } else {
                out += "\n"
                list(items, indent: indent + 2, into: &out)
            }
        }
    }

    private static func list(_ items: [YAMLTree], indent: Int, into out: inout String) {
        let pad = String(repeating: " ", count: indent)
        for item in items {
            switch item {
            case .scalar(let s):
                out += pad + "- " + scalar(s) + "\n"
            case .plain(let s):
                out += pad + "- " + scalar(s, plain: true) + "\n"
            case .mapping(let entries) where !entries.isEmpty:
                out += pad + "- "
                mapping(entries, indent: indent + 2, afterDash: true, into: &out)
            case .mapping:
                out += pad + "- {}\n"
            case .list(let inner):
                if let flow = flowList(inner) {
                    out += pad + "- " + flow + "\n"
                } else {
                    out += pad + "-\n"
                    list(inner, indent: indent + 2, into: &out)
                }
            }
        }
    }

    /// `[a, b]` for a list of short plain scalars; nil when the list needs block style.
    private static func flowList(_ items: [YAMLTree]) -> String? {
        var words: [String] = []
        for item in items {
            switch item {
            case .scalar(let s) where isPlainSafe(s, inFlow: true): words.append(s)
            case .plain(let s) where isPlainSafe(s, inFlow: true, reservedAllowed: true): words.append(s)
            default: return nil
            }
        }
        let text = "[" + words.joined(separator: ", ") + "]"
        return text.count <= 60 ? text : nil
    }

    private static func key(_ k: String) -> String { isPlainSafe(k, inFlow: false) ? k : quoted(k) }

    /// `plain`: the template wrote it plain, so a boolean or number stays one.
    static func scalar(_ s: String, plain: Bool = false) -> String {
        isPlainSafe(s, inFlow: false, reservedAllowed: plain) ? s : quoted(s)
    }

    /// True when `s` written plain reads back as the same string (and, unless `reservedAllowed`,
    /// not as null or a boolean).
    static func isPlainSafe(_ s: String, inFlow: Bool, reservedAllowed: Bool = false) -> Bool {
        guard let first = s.first, let last = s.last, first != " ", last != " " else { return false }
        if s.contains(where: { $0.isNewline || $0 == "\t" || ($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) }) { return false }
        if ",[]{}#&*!|>'\"%@`".contains(first) { return false }
        if "-?:".contains(first), s.count == 1 || s.dropFirst().first == " " { return false }
        if s.contains(": ") || s.contains(" #") || last == ":" { return false }
        if inFlow, s.contains(where: { ",[]{}".contains($0) }) { return false }
        let reserved = ["null", "~", "true", "false", "yes", "no", "on", "off", "y", "n"]
        return reservedAllowed || !reserved.contains(s.lowercased())
    }

    /// YAML double-quoted scalars take JSON's escapes.
    static func quoted(_ s: String) -> String { JSONValue.quote(s) }
}
