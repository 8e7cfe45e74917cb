/// Problems met while loading the project that leave the rest usable: a section file that is
/// missing (a deleted power of attorney), an image that cannot be read, a requirement or section id
/// that names nothing, a reference DOCX that is gone. `check` reports every one in the same run (the
/// Checker attaches `AssembledBid.loadProblems` to the rule that owns each: this one, or e.g.
/// `leftovers` for an unknown `{{field}}`); `build` stops on them with exit status 2.
/// A project that cannot be read at all (no bid.yaml, YAML syntax, unknown keys) is reported as one
/// `load` finding too, and `check` exits 2.
struct Load: Rule {
    static let id = "load"
    static let severity = Finding.Severity.error
    static let description = "Every file the project names can be read; every id it references exists."

    static let triggering: [RuleExample] = [
        RuleExample(.zh, "the bid letter's file was deleted", edits: [.write(file: "sections/letter.md", content: nil)]),
        .replacing("covers: [D-01]}", with: "covers: [D-01, D-09]}"),
        .letter("![拓扑图](images/topology.png)"),
        RuleExample(.en, "the cover letter's file was deleted", edits: [.write(file: "sections/letter.md", content: nil)]),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("covers: [D-01]}", with: "covers: [D-01, D-02]}"),
        .letter("See the price schedule.", .en),
    ]

    /// The findings are the load problems themselves, attached by the Checker.
    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] { [] }
}
