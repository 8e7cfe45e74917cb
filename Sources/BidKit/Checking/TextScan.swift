import Foundation

/// Finds patterns in what the buyer will read: Markdown sources line by line (so a finding names
/// file:line:col), and the text of generated or form sections (located at the file they came from).
enum TextScan {
    struct Match {
        var section: Section
        var text: String
        var label: String
        var location: SourceLocation
    }

    static func matches(of patterns: [NSRegularExpression], in bid: AssembledBid, resolvingFields: Bool = false) -> [Match] {
        matches(of: patterns.map { ($0, "") }, in: bid, resolvingFields: resolvingFields)
    }

    /// `resolvingFields`: scan Markdown lines with their `{{fields}}` filled in (what the buyer reads),
    /// keeping line numbers; otherwise scan the raw source (what the author wrote).
    static func matches(of patterns: [(NSRegularExpression, String)], in bid: AssembledBid, resolvingFields: Bool = false,
                        skipLine: (Substring) -> Bool = { _ in false }) -> [Match] {
        var out: [Match] = []
        for section in bid.package.sections {
            if let source = section.source, let text = bid.sources[section.id] {
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !skipLine(line) {
                    let text = resolvingFields ? bid.fields.substitute(String(line)) : String(line)
                    for (column, match, label) in find(patterns, in: text) {
                        out.append(Match(section: section, text: match, label: label,
                                         location: SourceLocation(file: bid.project.display(source), line: n + 1, column: column)))
                    }
                }
            } else {
                let file = bid.project.display(section.source ?? "bid.yaml")
                for unit in Block.textUnits(section.blocks) {
                    for (_, match, label) in find(patterns, in: unit) {
                        out.append(Match(section: section, text: match, label: label, location: SourceLocation(file: file)))
                    }
                }
            }
        }
        return out
    }

    /// (1-based column, matched text, label) for every match in `line`, left to right.
    static func find(_ patterns: [(NSRegularExpression, String)], in line: String) -> [(Int, String, String)] {
        let ns = line as NSString
        var out: [(Int, String, String)] = []
        for (regex, label) in patterns {
            for m in regex.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
                let text = ns.substring(with: m.range).trimmingCharacters(in: .whitespaces)
                out.append(((ns.substring(to: m.range.location) as String).count + 1, text, label))
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }
}
