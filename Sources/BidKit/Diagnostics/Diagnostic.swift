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

/// Suggests the closest known words for a typo (edit distance ≤ 2, case-insensitive): every
/// candidate at the smallest distance, so `D-11` offers both `D-01` and `D-10`.
enum DidYouMean {
    static func suggestions(for word: String, among candidates: [String]) -> [String] {
        let lower = Array(word.lowercased())
        var best = 3
        var out: [String] = []
        for c in candidates {
            let d = distance(lower, Array(c.lowercased()))
            if d < best {
                best = d
                out = [c]
            } else if d == best, !out.contains(c) {
                out.append(c)
            }
        }
        return out
    }

    static func suggestion(for word: String, among candidates: [String]) -> String? {
        suggestions(for: word, among: candidates).first
    }

    /// "; did you mean 'D-01' or 'D-10'?", or the candidates when none is close.
    static func hint(for word: String, among candidates: [String]) -> String {
        let close = suggestions(for: word, among: candidates)
        guard !close.isEmpty else { return "; expected one of: " + candidates.joined(separator: ", ") }
        return "; did you mean \(alternatives(close))?"
    }

    /// "'a'", "'a' or 'b'", "'a', 'b' or 'c'".
    static func alternatives(_ words: [String]) -> String {
        let quoted = words.map { "'\($0)'" }
        guard quoted.count > 1 else { return quoted.first ?? "" }
        return quoted.dropLast().joined(separator: ", ") + " or " + (quoted.last ?? "")
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
