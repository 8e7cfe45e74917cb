import Foundation

/// No fill-in marker survives into the submitted bid: unresolved `{{…}}`, TODO / TBD / XXX, empty 【】,
/// empty 年 月 日 date slots, runs of underscores meant for handwriting — in the Markdown sections and
/// in the data the generated sections are built from (bid.yaml, requirements, price list) — and no
/// section is empty.
struct Leftovers: Rule {
    static let id = "leftovers"
    static let severity = Finding.Severity.error
    static let description = "No placeholder, TODO/TBD/XXX, fill-in blank or empty section is left in the bid."

    private static let patterns: [ScanPattern] = [
        ScanPattern(#"\{\{[^}]*\}\}"#, label: "unresolved field", triggers: ["{{"]),
        ScanPattern(#"(?<![A-Za-z])(TODO|TBD|XXX)(?![A-Za-z])"#, label: "marker", triggers: ["TODO", "TBD", "XXX"]),
        ScanPattern(#"【\s*】"#, label: "empty 【】 to fill in", triggers: ["【"]),
        ScanPattern(#"(?<![0-9〇零一二三四五六七八九十])[ \t\u3000]*年[ \t\u3000]+月[ \t\u3000]+日"#, label: "empty date slot", triggers: ["月"]),
        ScanPattern(#"_{3,}|＿{2,}"#, label: "blank to fill in", triggers: ["___", "＿＿"]),
    ].compactMap { $0 }

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        let isThematicBreak: (String) -> Bool = { line in
            let t = line.trimmingCharacters(in: .whitespaces)
            return t.count >= 3 && t.allSatisfy { $0 == "_" || $0 == " " }
        }
        // Generated sections only show data from bid.yaml, the requirements and the price list:
        // their markers are reported below, at the data file's line, where they are filled in.
        var findings = TextScan.matches(of: Self.patterns, in: context.text, skipLine: isThematicBreak)
            .filter { $0.fromSource ? !bid.fields.isKnownField($0.text) : GeneratedKind(rawValue: $0.section.kind) == nil }
            .map { m in
                let what = Self.markerText(in: m.line, at: m.location.column, match: m.text).map { ": \($0)" } ?? ""
                return finding("\(m.label) '\(m.text)' in section '\(m.section.title)'\(what)", section: m.section.id, at: m.location)
            }
        findings += dataFindings(bid.project.dataSources, skipLine: isThematicBreak)
        // An empty section that covers a requirement is reported by required-documents instead.
        // By id: the package's sections need not come in bid.yaml's order (the table of contents is front matter).
        let plans = Dictionary(bid.project.sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for section in bid.package.sections {
            guard let plan = plans[section.id], plan.covers.isEmpty, SectionContentInspector.isEmpty(section) else { continue }
            findings.append(finding("section '\(section.title)' is empty", severity: .warning, section: section.id, at: plan.location))
        }
        return findings
    }

    /// What a TODO/TBD/XXX marker asks for: from the marker to the end of its bracket or clause
    /// ("TODO：份数" out of "正本【TODO：份数】份"), nil when the marker stands alone.
    static func markerText(in line: String, at column: Int, match: String, stops extra: Set<Character> = []) -> String? {
        guard ["TODO", "TBD", "XXX"].contains(match), column >= 1 else { return nil }
        let tail = line.dropFirst(column - 1)
        let stops: Set<Character> = extra.union(["】", "]", "」", "）", ")", "。", "；", ";", "|"])
        let text = String(tail.prefix { !stops.contains($0) }).trimmingCharacters(in: .whitespaces)
        guard text.count > match.count else { return nil }
        return text.count > 60 ? String(text.prefix(59)) + "…" : text
    }

    /// Markers in the data files, each at its file:line:col with the line quoted, so the finding
    /// says what is to be filled in ("bidder name", a price line) without opening the file.
    private func dataFindings(_ sources: [DataSource], skipLine: (String) -> Bool) -> [Finding] {
        let triggers = TriggerSet(Self.patterns)
        var findings: [Finding] = []
        for source in sources {
            for (line, text) in source.dataLines {
                let candidates = triggers.candidates(in: text).map { Self.patterns[$0] }
                if candidates.isEmpty || skipLine(text) { continue }
                let quoted = text.trimmingCharacters(in: .whitespaces)
                let shown = quoted.count > 80 ? String(quoted.prefix(79)) + "…" : quoted
                let name = (source.file as NSString).lastPathComponent
                for (column, match, label) in TextScan.find(candidates, in: text) {
                    // A YAML line names its key; a CSV line is many cells, so show the cell's marker.
                    let what = source.isYAML ? shown : Self.markerText(in: text, at: column, match: match, stops: [","]) ?? shown
                    findings.append(finding("\(label) '\(match)' in \(name): \(what)",
                                            at: SourceLocation(file: source.file, line: line, column: column)))
                }
            }
        }
        return findings
    }
}
