/// One requirement of the tender.
public struct Requirement: Sendable {
    public enum Kind: String, CaseIterable, Sendable { case document, clause, qualification, format }
    public enum Category: String, CaseIterable, Sendable { case technical, commercial }

    /// How the tender marks the requirement. Chinese tenders star (★) the clauses whose failure
    /// rejects the bid and mark (▲) the important or scored ones; most English RFPs mark neither and
    /// say "shall". The marker is printed as the tender printed it, never added.
    public enum Marker: String, CaseIterable, Sendable {
        case star = "★"
        case triangle = "▲"

        /// `★`, `▲`, or their names.
        public init?(text: String) {
            switch text {
            case "★", "star": self = .star
            case "▲", "triangle", "scored": self = .triangle
            default: return nil
            }
        }
    }

    public var id: String
    public var kind: Kind
    public var category: Category?
    /// As the tender words it, without a leading marker (that is in `marker`).
    public var text: String
    public var marker: Marker?
    /// Failing it gets the bid rejected: ★, or `mandatory: true` (an RFP's "shall").
    public var mandatory: Bool
    /// The clause's numeric bound stated as data (`bound: {op: ">=", value: 5000, unit: users}`), so the
    /// check does not depend on reading it out of the text.
    public var bound: NumericBound?
    /// A qualification's certificate scope must contain each of these phrases (`scope_must_include:`).
    public var scopeMustInclude: [String] = []
    public var location: SourceLocation

    public init(id: String, kind: Kind, category: Category? = nil, text: String, marker: Marker? = nil, mandatory: Bool? = nil,
                bound: NumericBound? = nil, scopeMustInclude: [String] = [], location: SourceLocation) {
        // "★摄像机…" as the tender printed it: the marker is data, the text the rest.
        var text = text
        var marker = marker
        if let first = text.first.map(String.init), let printed = Marker(rawValue: first) {
            marker = marker ?? printed
            text = String(text.dropFirst()).trimmingCharacters(in: .whitespaces)
        }
        self.id = id
        self.kind = kind
        self.category = category
        self.text = text
        self.marker = marker
        self.mandatory = mandatory ?? (marker == .star)
        self.bound = bound
        self.scopeMustInclude = scopeMustInclude
        self.location = location
    }

    /// The text with the tender's marker in front ("★摄像机有效像素不低于 400 万"), as tables print it.
    public var markedText: String { (marker?.rawValue ?? "") + text }
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
