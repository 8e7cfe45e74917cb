/// One requirement of the tender.
public struct Requirement: Sendable {
    public enum Kind: String, CaseIterable, Sendable { case document, clause, qualification, format }
    public enum Category: String, CaseIterable, Sendable { case technical, commercial }

    public var id: String
    public var kind: Kind
    public var category: Category?
    public var text: String
    /// ★: failing it gets the bid rejected.
    public var mandatory: Bool
    public var location: SourceLocation
}

/// Our answer to a clause requirement: the rows of the deviation tables.
public struct ClauseResponse: Sendable {
    public enum Kind: String, CaseIterable, Sendable {
        case comply
        case positiveDeviation = "positive-deviation"
        case negativeDeviation = "negative-deviation"
    }

    public var requirement: String
    public var response: Kind
    public var offer: String?
    public var explanation: String?
    public var section: String?
    /// Set back to `review` by `bidkit tender amend` when the requirement changed; nil = not tracked.
    public var status: SectionStatus? = nil
    public var location: SourceLocation
}
