/// A triggering or non-triggering example of a rule, declared beside the rule (as SwiftLint's rules
/// carry theirs) and run by one generic test: the example project in `language` — a small valid
/// bid every rule passes (Tests/BidKitTests/Support/TestProject.swift) — changed by `edits`.
/// The examples double as the rule's documentation of the phrasing it understands.
public struct RuleExample: Sendable, CustomStringConvertible {
    public enum Edit: Sendable {
        /// Replaces the first `old` in `file` by `new`; an example whose `old` is absent fails its test.
        case replace(file: String, old: String, new: String)
        /// Appends `text` to `file` (creating it).
        case append(file: String, text: String)
        /// Writes `file`, or removes it when `content` is nil.
        case write(file: String, content: String?)
        /// Copies a file of the BidKit repository (a binary fixture such as a .docx) to `file`.
        case copy(from: String, to: String)
    }

    public var language: Language
    public var edits: [Edit]
    /// What the example shows, for test messages.
    public var note: String

    public init(_ language: Language = .zh, _ note: String, edits: [Edit]) {
        self.language = language
        self.note = note
        self.edits = edits
    }

    /// The example project's letter section (sections/letter.md) with `markdown` added as its last paragraph.
    public static func letter(_ markdown: String, _ language: Language = .zh) -> RuleExample {
        RuleExample(language, markdown, edits: [.append(file: "sections/letter.md", text: "\n" + markdown + "\n")])
    }

    /// One replacement in one file of the example project.
    public static func replacing(_ old: String, with new: String, in file: String = "bid.yaml", _ language: Language = .zh) -> RuleExample {
        RuleExample(language, "\(file): \(old) → \(new)", edits: [.replace(file: file, old: old, new: new)])
    }

    public var description: String { "[\(language.rawValue)] \(note)" }
}
