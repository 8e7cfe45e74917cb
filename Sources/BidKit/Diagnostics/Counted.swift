/// "1 error", "2 errors": counts in messages read as English (issue 15 item 12's "1 error, 1 warning").
public enum Counted {
    public static func phrase(_ n: Int, _ noun: String, plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? noun : plural ?? noun + "s")
    }
}

extension CheckReport {
    /// "2 errors, 1 warning" — the counts in English, for `bidkit build`'s one-line summary
    /// (`CheckWords.counts` words them in the project's language for `check`).
    public var countSummary: String { CheckWords(.en).counts(errors: errors, warnings: warnings) }

    /// The line `bidkit build` prints when the bid it wrote would fail `bidkit check`: the counts and
    /// the first error, so the user knows what to fix without a second command. Nil without errors.
    public func buildSummary(project: String) -> String? {
        guard errors > 0, let first = findings.first(where: { $0.severity == .error }) else { return nil }
        let place = first.location.map { "\($0): " } ?? ""
        return "the bid fails `bidkit check` (\(countSummary)); first: \(place)\(first.message) [\(first.rule)]; "
            + "run `bidkit check \(project)` for all of them"
    }
}
