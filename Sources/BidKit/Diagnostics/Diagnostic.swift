import BidKitTextLayout

/// A place in a source file, 1-based line and column (columns count Unicode scalars, as libyaml does).
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 0, column: Int = 0) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "file:line:col", or just the file when the position is unknown.
    public var description: String {
        line > 0 ? "\(file):\(line):\(max(column, 1))" : file
    }
}

/// Unusable input: a file that cannot be read, parsed or resolved. Printed as
/// `file:line:col: error: message` and mapped to exit status 2 by the CLI.
public struct LoadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// The printed form; control characters the message quotes from input are shown as escapes
    /// (`TerminalText`), so printing it anywhere is safe.
    public var description: String { TerminalText.safe("\(location): error: \(message)") }
}

/// Several load errors found in one pass, so the user fixes them all at once.
public struct LoadErrors: Error, Sendable, CustomStringConvertible {
    public var errors: [LoadError]
    public init(_ errors: [LoadError]) { self.errors = errors }
    public var description: String { errors.map(\.description).joined(separator: "\n") }
}

/// Suggests the closest known word for a typo (edit distance ≤ 2, or a case-insensitive match).
enum DidYouMean {
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let lower = word.lowercased()
        var best: (String, Int)?
        for c in candidates {
            let d = distance(Array(lower), Array(c.lowercased()))
            if d <= 2, d < (best?.1 ?? Int.max) { best = (c, d) }
        }
        return best?.0
    }

    static func hint(for word: String, among candidates: [String]) -> String {
        if let s = suggestion(for: word, among: candidates) { return "; did you mean '\(s)'?" }
        return "; expected one of: " + candidates.joined(separator: ", ")
    }

    /// Levenshtein distance between two character sequences.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for (i, ca) in a.enumerated() {
            var current = [i + 1]
            for (j, cb) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (ca == cb ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
