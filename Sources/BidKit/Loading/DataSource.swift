/// A project data file as written (bid.yaml, the requirements file, the CSV price list), holding
/// the text its loader read, so nothing is read twice.
/// Generated sections are built from these files, so a fill-in marker in a price line or a bidder
/// field is best reported where it was typed — the file and line to edit — not at the table showing it.
public struct DataSource: Sendable {
    /// How the file is named in messages.
    public var file: String
    public var text: String
    /// YAML comments (`# …`) are notes to the team, not data: checks skip them.
    public var isYAML: Bool

    /// A YAML file the loader parsed.
    init(_ doc: YAMLDocument) {
        self.init(file: doc.file, text: doc.text, isYAML: true)
    }

    init(file: String, text: String, isYAML: Bool) {
        self.file = file
        self.text = text
        self.isYAML = isYAML
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
