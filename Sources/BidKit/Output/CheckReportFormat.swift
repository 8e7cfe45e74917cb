/// `bidkit check` output: text for people, JSON exactly as docs/design contract.
extension CheckReport {
    public var json: JSONValue {
        .object([
            ("findings", .array(findings.map { f in
                .object([
                    ("rule", .string(f.rule)),
                    ("severity", .string(f.severity.rawValue)),
                    ("requirement", .optional(f.requirement)),
                    ("section", .optional(f.section)),
                    ("code", .optional(f.code)),
                    ("message", .string(f.message)),
                    ("file", .optional(f.location?.file)),
                    ("line", f.location.flatMap { $0.line > 0 ? JSONValue.int($0.line) : nil } ?? .null),
                    ("column", f.location.flatMap { $0.line > 0 && $0.column > 0 ? JSONValue.int($0.column) : nil } ?? .null),
                ])
            })),
            ("summary", .object([
                ("errors", .int(errors)),
                ("warnings", .int(warnings)),
                ("requirements", coverage.json),
            ])),
        ])
    }

    /// Grouped by severity; `color` adds ANSI colours for a terminal.
    public func text(color: Bool) -> String {
        func paint(_ s: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(s)\u{1B}[0m" : s }
        var out = ""
        for severity in Finding.Severity.allCases {
            let group = findings.filter { $0.severity == severity }
            guard !group.isEmpty else { continue }
            let title = severity == .error ? "Errors" : severity == .warning ? "Warnings" : "Notes"
            out += paint("\(title) (\(group.count))", severity == .error ? "1;31" : severity == .warning ? "1;33" : "1") + "\n"
            for f in group {
                let place = f.location.map { "\($0): " } ?? ""
                let req = f.requirement.map { " [\($0)]" } ?? ""
                out += "  \(place)\(paint(severity.rawValue, severity == .error ? "31" : "33")): \(f.message)\(req) [\(f.rule)]\n"
            }
            out += "\n"
        }
        out += countSummary + "; "
        out += coverage.sentence(.en) + "\n"
        return out
    }
}
