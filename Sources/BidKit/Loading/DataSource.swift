/// A project data file as written (bid.yaml, the requirements file, the CSV price list).
/// Generated sections are built from these files, so a fill-in marker in a price line or a bidder
/// field is best reported where it was typed — the file and line to edit — not at the table showing it.
public struct DataSource: Sendable {
    /// How the file is named in messages.
    public var file: String
    public var text: String
    /// YAML comments (`# …`) are notes to the team, not data: checks skip them.
    public var isYAML: Bool

    /// Reads the files (already read once by the loaders, so they exist and are UTF-8).
    static func read(_ relativePaths: [String], paths: ProjectPaths) throws -> [DataSource] {
        try relativePaths.map { relative in
            let file = paths.display(relative)
            let text = try paths.readText(relative, referencedAt: SourceLocation(file: file))
            return DataSource(file: file, text: text, isYAML: relative.hasSuffix(".yaml") || relative.hasSuffix(".yml"))
        }
    }

    /// Each line's data, 1-based line numbers; YAML comments cut off, blank lines left out.
    public var dataLines: [(line: Int, text: String)] {
        var out: [(Int, String)] = []
        for (n, raw) in TextIndex.lines(of: text).enumerated() {
            let line = isYAML ? Self.withoutYAMLComment(raw) : raw
            if !line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { out.append((n + 1, String(line))) }
        }
        return out
    }

    /// The line up to a `#` that starts a YAML comment: at the line start or after white space,
    /// and outside a quoted scalar (a quote opens one only where a scalar can start, so the
    /// apostrophe in `Northfield's` opens nothing).
    static func withoutYAMLComment(_ line: Substring) -> Substring {
        guard line.contains("#") else { return line }
        var quote: Character?
        var previous: Character = " "
        for i in line.indices {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'", " \t:[{,-".contains(previous) {
                quote = c
            } else if c == "#", previous == " " || previous == "\t" {
                return line[..<i]
            }
            previous = c
        }
        return line
    }
}
