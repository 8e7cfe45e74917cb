import Foundation

/// One thing a reviewer must look at.
public struct Finding: Sendable, Hashable {
    public enum Severity: String, Sendable, Comparable, CaseIterable, Codable {
        case error, warning, info
        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
    }

    public var rule: String
    public var severity: Severity
    public var requirement: String?
    public var section: String?
    /// In the project's language once the checker has run (`Wording`); the text a reader sees.
    public var message: String
    public var location: SourceLocation?
    /// The message's stable id within its rule (`below-floor`), the same in every language: what a
    /// script matches on (JSON `code`). nil for load problems, whose message is the loader's error.
    public var code: String? { wording?.code }
    /// Both wordings of the message, while the checker has not yet chosen the project's language.
    var wording: Wording?

    public init(rule: String, severity: Severity, requirement: String? = nil, section: String? = nil,
                message: String, location: SourceLocation? = nil) {
        self.rule = rule
        self.severity = severity
        self.requirement = requirement
        self.section = section
        self.message = message
        self.location = location
    }
}

/// A finding's message in both languages BidKit writes, under a stable code: a rule states each of its
/// messages once, in its own small catalogue (`extension <Rule> { enum Say }` at the end of its file),
/// with both wordings, so no rule can speak one language only. Values quoted from the bid (titles,
/// names, amounts) go in both wordings alike.
public struct Wording: Sendable, Hashable {
    public var code: String
    public var zh: String
    public var en: String

    public init(_ code: String, zh: String, en: String) {
        self.code = code
        self.zh = zh
        self.en = en
    }

    public func text(_ language: Language) -> String { language == .zh ? zh : en }

    /// The wording with `zh` / `en` added to each language's text (where a problem was found).
    func adding(zh more: String, en moreEn: String) -> Wording { Wording(code, zh: zh + more, en: en + moreEn) }
}

extension Finding {
    /// The finding with its message in `language` (the checker calls it once per finding).
    func localized(_ language: Language) -> Finding {
        guard let wording else { return self }
        var copy = self
        copy.message = wording.text(language)
        return copy
    }

    /// A load problem as the finding of the rule that owns it.
    init(problem: LoadProblem) {
        self.init(rule: problem.rule, severity: .error, section: problem.section, message: problem.error.message,
                  location: problem.error.location.file.isEmpty ? nil : problem.error.location)
    }
}

/// A checker rule: a stable id, a default severity, and a check that never throws on a finding.
/// One rule per file under `Rules/`, each with its examples and its twin test.
public protocol Rule: Sendable {
    /// Stable id printed in every finding (`required-documents`).
    static var id: String { get }
    static var severity: Finding.Severity { get }
    /// One sentence: what the rule protects against.
    static var description: String { get }
    /// Named thresholds with their defaults, settable per project under `checks:`.
    static var thresholds: [String: Decimal] { get }
    /// Changes to the example project that make the rule report a finding …
    static var triggering: [RuleExample] { get }
    /// … and nearby phrasing it must accept (the generic rule test runs both lists).
    static var nonTriggering: [RuleExample] { get }
    init()
    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding]
}

extension Rule {
    public static var thresholds: [String: Decimal] { [:] }

    func finding(_ wording: Wording, severity: Finding.Severity = Self.severity, requirement: String? = nil,
                 section: String? = nil, at location: SourceLocation? = nil) -> Finding {
        var f = finding(wording.en, severity: severity, requirement: requirement, section: section, at: location)
        f.wording = wording
        return f
    }

    func finding(_ message: String, severity: Finding.Severity = Self.severity, requirement: String? = nil,
                 section: String? = nil, at location: SourceLocation? = nil) -> Finding {
        Finding(rule: Self.id, severity: severity, requirement: requirement, section: section, message: message, location: location)
    }
}
