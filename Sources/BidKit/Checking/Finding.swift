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
    public var message: String
    public var location: SourceLocation?

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

extension Finding {
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

    func finding(_ message: String, severity: Finding.Severity = Self.severity, requirement: String? = nil,
                 section: String? = nil, at location: SourceLocation? = nil) -> Finding {
        Finding(rule: Self.id, severity: severity, requirement: requirement, section: section, message: message, location: location)
    }
}
