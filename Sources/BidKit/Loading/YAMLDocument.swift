import BidKitMoney
import Foundation
import Yams

/// A parsed YAML file whose nodes keep their positions, so every error can name file:line:col.
/// Yams' Codable decoder loses positions; composing nodes and reading them by hand keeps them.
struct YAMLDocument {
    let file: String
    /// The file as read, kept so checks can scan it without reading it again.
    let text: String
    let root: YAMLValue

    /// The project file `relative`, read through the project's one gate (real path, size limit, encoding).
    init(_ relative: String, in paths: ProjectPaths, as kind: InputKind, referencedAt location: SourceLocation) throws {
        try self.init(text: try paths.readText(relative, as: kind, referencedAt: location), file: paths.display(relative))
    }

    init(text: String, file: String) throws {
        self.file = file
        self.text = text
        try YAMLBudget.check(text, file: file)
        let node: Node?
        do {
            // No implicit tag resolution: values are read by hand (string, decimal, bool, null below),
            // and the default resolver's regular expressions ran on every mapping key Yams hashes
            // for its duplicate check — a fifth of `check` on a large bid.
            node = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw Self.loadError(error, file: file)
        } catch {
            throw LoadError(SourceLocation(file: file), "YAML error: \(error)")
        }
        guard let node else { throw LoadError(SourceLocation(file: file, line: 1, column: 1), "the file is empty; expected a mapping") }
        root = YAMLValue(node: node, file: file, path: "")
    }

    private static func loadError(_ error: YamlError, file: String) -> LoadError {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            var message = "YAML syntax error: \(problem)"
            if let context { message += " (\(context.text) at \(context.mark.line):\(context.mark.column))" }
            return LoadError(SourceLocation(file: file, line: mark.line, column: mark.column), message)
        case let .duplicatedKeysInMapping(duplicates, context):
            return LoadError(SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                             "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            return LoadError(SourceLocation(file: file, line: 1, column: 1), "YAML error: \(error)")
        }
    }
}

/// One node with its file and its dotted path in the document ("tender.deadline").
struct YAMLValue {
    let node: Node
    let file: String
    let path: String
    /// The nearest list item with an `id` the node is in ("section", "letter", its path), so
    /// messages say `'due' in section 'letter'` rather than `'parts[0].sections[1].due'`.
    var owner: (noun: String, id: String, path: String)? = nil

    init(node: Node, file: String, path: String, owner: (noun: String, id: String, path: String)? = nil) {
        self.node = node
        self.file = file
        self.path = path
        self.owner = owner
    }

    var location: SourceLocation {
        SourceLocation(file: file, line: node.mark?.line ?? 0, column: node.mark?.column ?? 0)
    }

    func error(_ message: String) -> LoadError { LoadError(location, message) }

    /// What was found, in the user's words: "the text '12 months'", "a mapping", "a list".
    private var found: String {
        switch node {
        case .scalar(let s): return s.string.isEmpty ? "nothing" : "the text '\(s.string)'"
        case .mapping: return "a mapping (key: value lines)"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    var label: String {
        if let owner {
            guard path != owner.path else { return "\(owner.noun) '\(owner.id)'" }
            return "'\(path.dropFirst(owner.path.count + 1))' in \(owner.noun) '\(owner.id)'"
        }
        return path.isEmpty ? "the document" : "'\(path)'"
    }

    func expected(_ what: String) -> LoadError {
        error("expected \(what) for \(label), found \(found)")
    }

    /// Reads a mapping, rejecting keys not in `keys` (with a did-you-mean) and duplicate keys: all of
    /// them, not only the first.
    func mapping(keys: [String]) throws -> YAMLMapping {
        var gathering = ErrorGathering()
        let m = try mapping(keys: keys, gathering: &gathering)
        return try gathering.finish(m)
    }

    /// The mapping's known keys; each unknown or duplicate key is recorded in `gathering` and left
    /// out, so the block's other values are still read. Throws only when the node is not a mapping.
    func mapping(keys: [String], gathering: inout ErrorGathering) throws -> YAMLMapping {
        guard case .mapping(let m) = node else { throw expected("a mapping") }
        var entries: [(String, YAMLValue, YAMLValue)] = []
        var seen: Set<String> = []
        var misspelled: Set<String> = []
        for (k, v) in m {
            let keyValue = YAMLValue(node: k, file: file, path: path, owner: owner)
            guard case .scalar(let ks) = k else {
                gathering.record(keyValue.error("mapping keys must be plain names"))
                continue
            }
            let key = ks.string
            guard keys.contains(key) else {
                misspelled.formUnion(DidYouMean.suggestions(for: key, among: keys))
                gathering.record(keyValue.error("unknown key '\(key)' in \(label)" + DidYouMean.hint(for: key, among: keys)))
                continue
            }
            guard seen.insert(key).inserted else {
                gathering.record(keyValue.error("duplicate key '\(key)' in \(label)"))
                continue
            }
            entries.append((key, keyValue, YAMLValue(node: v, file: file, path: path.isEmpty ? key : "\(path).\(key)", owner: owner)))
        }
        return YAMLMapping(owner: self, entries: entries, misspelled: misspelled)
    }

    func list() throws -> [YAMLValue] {
        if isNull { return [] }
        guard case .sequence(let seq) = node else { throw expected("a list") }
        let noun = Self.singular(String(path.split(separator: ".").last ?? ""))
        return seq.enumerated().map { i, item in
            let itemPath = "\(path)[\(i)]"
            var owner = self.owner
            if case .mapping(let m) = item, let id = m.first(where: { $0.key.string == "id" })?.value, case .scalar(let s) = id,
               !s.string.isEmpty {
                owner = (noun, s.string, itemPath)
            }
            return YAMLValue(node: item, file: file, path: itemPath, owner: owner)
        }
    }

    /// "sections" → "section", "qualifications" → "qualification": how a list's items are named.
    private static func singular(_ key: String) -> String {
        key.hasSuffix("ies") ? String(key.dropLast(3)) + "y" : key.hasSuffix("s") ? String(key.dropLast()) : key
    }

    /// A scalar's text. Control characters are kept: assembly removes those XML cannot hold (with a
    /// warning naming the section) and the CLI shows them escaped, never raw.
    func string() throws -> String {
        guard case .scalar(let s) = node else { throw expected("a text value") }
        return s.string
    }

    /// A null scalar: plain `~`, `null`, `Null`, `NULL` or nothing (YAML 1.1 core schema), or tagged
    /// `!!null`; the reader treats it as absent. A quoted "null" is the text null.
    var isNull: Bool {
        guard case .scalar(let s) = node else { return false }
        if s.tag.description == Tag.Name.null.rawValue { return true }
        guard s.tag.description == Tag.Name.implicit.rawValue, s.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    func nonEmptyString() throws -> String {
        let s = try string().trimmingCharacters(in: .whitespaces)
        guard !s.isEmpty else { throw error("\(label) must not be empty") }
        return s
    }

    func bool() throws -> Bool {
        guard case .scalar = node else { throw expected("true or false") }
        switch try string().lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: throw expected("true or false")
        }
    }

    /// A whole number within `range` (documented per key), so no later arithmetic on it can overflow.
    func int(in range: ClosedRange<Int>) throws -> Int {
        guard case .scalar = node else { throw expected("a whole number") }
        let text = try string()
        let digits = text.hasPrefix("-") ? text.dropFirst() : Substring(text)
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw expected("a whole number")
        }
        guard let v = Int(text), range.contains(v) else {
            throw error("\(label) is \(text); expected a whole number from \(range.lowerBound) to \(range.upperBound)")
        }
        return v
    }

    /// Exact decimal from the scalar's source text, read whole by `DecimalText` (never through Double).
    func decimal() throws -> Decimal {
        guard case .scalar = node else { throw expected("a decimal amount") }
        let text = try string()
        switch DecimalText.parse(text) {
        case .success(let value): return value
        case .failure(let reason): throw error(FigureRules.notADecimal(text, field: label, reason: reason))
        }
    }

    func `enum`<E: RawRepresentable & CaseIterable>(_ type: E.Type) throws -> E where E.RawValue == String {
        let s = try string()
        guard let e = E(rawValue: s) else {
            throw error("'\(s)' is not a valid value for \(label)" + DidYouMean.hint(for: s, among: E.allCases.map(\.rawValue)))
        }
        return e
    }
}

/// A mapping's entries by key, each with the location of its key for "missing"/"unknown" messages.
struct YAMLMapping {
    let owner: YAMLValue
    let entries: [(key: String, keyNode: YAMLValue, value: YAMLValue)]
    /// Keys an unknown key of this mapping was taken for (its did-you-mean): missing, they are not
    /// reported again, the unknown key's error already says what to write.
    var misspelled: Set<String> = []

    /// The value of `key`; nil when absent or null (`key: ~`, `key: null`, `key:`), so an optional key
    /// written as null reads as not given, never as the text "null".
    subscript(key: String) -> YAMLValue? {
        guard let v = entries.first(where: { $0.key == key })?.value, !v.isNull else { return nil }
        return v
    }

    func required(_ key: String) throws -> YAMLValue {
        guard let v = self[key] else {
            if let null = entries.first(where: { $0.key == key })?.value {
                throw null.error("\(null.label) is null (~, null or no value); it is required: give its value")
            }
            if misspelled.contains(key) { throw ReportedElsewhere() }
            let where_ = owner.path.isEmpty ? "" : " in \(owner.label)"
            throw owner.error("missing required key '\(key)'\(where_)")
        }
        return v
    }

    func string(_ key: String) throws -> String { try required(key).nonEmptyString() }
    func optionalString(_ key: String) throws -> String? { try self[key]?.string() }
}
