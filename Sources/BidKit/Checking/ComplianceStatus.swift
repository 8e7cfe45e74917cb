/// Where the bid stands on one requirement: the one list of statuses that `check` text, JSON and
/// JUnit, the `--report` document and the generated compliance matrix all print.
public enum ComplianceStatus: String, Sendable, CaseIterable {
    /// Answered and met (a clause complied with, a document or qualification evidenced).
    case compliant
    /// Answered with more than the clause asks.
    case positiveDeviation = "positive-deviation"
    /// Answered, but not met: a negative deviation, an offer short of the clause's bound, a
    /// certificate expired on the deadline or without the scope the tender requires.
    case notCompliant = "not-compliant"
    /// A clause with no response.
    case notAnswered = "not-answered"
    /// A document, qualification or format requirement no section (or certificate) covers.
    case notCovered = "not-covered"

    /// The bid says something about it (whether or not that meets it).
    public var isAnswered: Bool { self == .compliant || self == .positiveDeviation || self == .notCompliant }
    /// The bid meets it.
    public var isCompliant: Bool { self == .compliant || self == .positiveDeviation }

    public func label(_ language: Language) -> String {
        switch (self, language) {
        case (.compliant, .zh): return "满足"
        case (.positiveDeviation, .zh): return "正偏离"
        case (.notCompliant, .zh): return "不满足"
        case (.notAnswered, .zh): return "未响应"
        case (.notCovered, .zh): return "未覆盖"
        case (.compliant, .en): return "Compliant"
        case (.positiveDeviation, .en): return "Positive deviation"
        case (.notCompliant, .en): return "Not compliant"
        case (.notAnswered, .en): return "Not answered"
        case (.notCovered, .en): return "Not covered"
        }
    }
}
