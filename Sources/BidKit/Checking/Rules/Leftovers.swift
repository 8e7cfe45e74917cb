import Foundation

/// No fill-in marker survives into the submitted bid: unresolved `{{…}}`, TODO / TBD / XXX, empty 【】,
/// empty 年 月 日 date slots, runs of underscores meant for handwriting.
struct Leftovers: Rule {
    static let id = "leftovers"
    static let severity = Finding.Severity.error
    static let description = "No placeholder, TODO/TBD/XXX or fill-in blank is left in the bid."

    private static let patterns: [(NSRegularExpression, String)] = [
        (#"\{\{[^}]*\}\}"#, "unresolved field"),
        (#"(?<![A-Za-z])(TODO|TBD|XXX)(?![A-Za-z])"#, "marker"),
        (#"【\s*】"#, "empty 【】 to fill in"),
        (#"(?<![0-9〇零一二三四五六七八九十])[ \t\u3000]*年[ \t\u3000]+月[ \t\u3000]+日"#, "empty date slot"),
        (#"_{3,}|＿{2,}"#, "blank to fill in"),
    ].compactMap { pattern, label in (try? NSRegularExpression(pattern: pattern)).map { ($0, label) } }

    func check(_ bid: AssembledBid) -> [Finding] {
        var findings: [Finding] = []
        for section in bid.package.sections {
            if let source = section.source, let text = bid.sources[section.id] {
                for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if trimmed.count >= 3, trimmed.allSatisfy({ $0 == "_" || $0 == " " }) { continue }  // thematic break
                    for (column, match, label) in Self.matches(String(line)) where !bid.fields.isKnownField(match) {
                        findings.append(finding("\(label) '\(match)' in section '\(section.title)'", section: section.id,
                                                at: SourceLocation(file: bid.project.display(source), line: n + 1, column: column)))
                    }
                }
            } else {
                for unit in Block.textUnits(section.blocks) {
                    for (_, match, label) in Self.matches(unit) {
                        findings.append(finding("\(label) '\(match)' in generated section '\(section.title)' (from bid.yaml data)",
                                                section: section.id, at: SourceLocation(file: bid.project.display("bid.yaml"))))
                    }
                }
            }
        }
        return findings
    }

    /// (1-based column, matched text, label) for every marker in `line`.
    static func matches(_ line: String) -> [(Int, String, String)] {
        let ns = line as NSString
        var out: [(Int, String, String)] = []
        for (regex, label) in patterns {
            for m in regex.matches(in: line, range: NSRange(location: 0, length: ns.length)) {
                let text = ns.substring(with: m.range).trimmingCharacters(in: .whitespaces)
                let prefix = ns.substring(to: m.range.location)
                out.append((prefix.count + 1, text, label))
            }
        }
        return out.sorted { $0.0 < $1.0 }
    }
}
