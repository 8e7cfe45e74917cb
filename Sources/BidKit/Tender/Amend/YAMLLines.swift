/// Line-level edits of a YAML file the user owns (bid.yaml, the requirements file), guided by the
/// node positions the loader reports, so an amendment changes the values it must and keeps every
/// comment, blank line and the user's own layout. Hand-written because Yams re-emits a whole
/// document in its own style, which would rewrite every line the user typed.
struct YAMLLines {
    var lines: [String]

    init(_ text: String) { lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    var text: String { lines.joined(separator: "\n") }

    static func indent(_ line: String) -> Int { line.prefix { $0 == " " }.count }
    static func isBlankOrComment(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces)
        return t.isEmpty || t.hasPrefix("#")
    }

    /// 0-based line range of the block mapping that starts on `line` (1-based, as loaders report it)
    /// at `column` (1-based): up to the next line indented left of its keys, trailing blanks and
    /// comments left to what follows.
    func block(startingAt line: Int, column: Int) -> Range<Int> {
        let start = max(0, line - 1), keyIndent = max(0, column - 1)
        guard start < lines.count else { return lines.count..<lines.count }
        var end = start + 1
        while end < lines.count {
            let l = lines[end]
            if !Self.isBlankOrComment(l), Self.indent(l) < keyIndent { break }
            end += 1
        }
        while end > start + 1, Self.isBlankOrComment(lines[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The top-level mapping `key:` as a range (its own line included).
    func topLevel(_ key: String) -> Range<Int>? {
        guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return nil }
        var end = start + 1
        while end < lines.count, Self.isBlankOrComment(lines[end]) || Self.indent(lines[end]) > 0 { end += 1 }
        while end > start + 1, Self.isBlankOrComment(lines[end - 1]) { end -= 1 }
        return start..<end
    }

    /// The line in `range` that holds `key:` as a key (after an optional "- ").
    func keyLine(_ key: String, in range: Range<Int>) -> Int? {
        range.first { i in
            let body = lines[i].drop { $0 == " " }
            let afterDash = body.hasPrefix("- ") ? body.dropFirst(2).drop { $0 == " " } : body
            return afterDash.hasPrefix(key + ":")
        }
    }

    /// Sets `key:` on line `i` to `value` (a YAML scalar or flow value as text), dropping the
    /// continuation lines of a value that spanned several lines.
    mutating func setValue(line i: Int, key: String, to value: String) {
        let line = lines[i]
        guard let r = line.range(of: key + ":") else { return }
        let keyIndent = Self.indent(line)
        lines[i] = String(line[..<r.upperBound]) + " " + value
        let j = i + 1
        while j < lines.count, !Self.isBlankOrComment(lines[j]), Self.indent(lines[j]) > keyIndent + (line.drop { $0 == " " }.hasPrefix("- ") ? 2 : 0) {
            lines.remove(at: j)
        }
    }
}
