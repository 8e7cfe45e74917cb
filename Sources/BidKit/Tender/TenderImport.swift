import Foundation

/// What `bidkit tender import` found in a tender: the draft requirements in BidKit's own terms, the
/// facts for bid.yaml's `tender:` block, the scoring table, and what could not be classified. Every
/// item keeps the place and the quoted text it came from, so a reviewer can check it in the tender.
public struct TenderImport: Sendable {
    public var file: String
    public var language: Language
    public var facts: TenderFacts
    /// Documents (in the order the tender prescribes), qualifications, then clauses in reading order.
    public var requirements: [ImportedRequirement]
    public var scoring: [ScoringRow]
    /// Sentences that look like requirements but fit no rule: reported, never dropped silently.
    public var unclassified: [UnclassifiedCandidate]

    public init(file: String, language: Language, facts: TenderFacts = TenderFacts(), requirements: [ImportedRequirement] = [],
                scoring: [ScoringRow] = [], unclassified: [UnclassifiedCandidate] = []) {
        self.file = file
        self.language = language
        self.facts = facts
        self.requirements = requirements
        self.scoring = scoring
        self.unclassified = unclassified
    }

    public func requirement(_ id: String) -> ImportedRequirement? { requirements.first { $0.id == id } }
}

/// A requirement's marker as the tender prints it (issue 10's `marker`): ★ rejection if unmet,
/// ▲ important / scored, or none. English shall/must are mandatory without a printed marker.
public enum RequirementMarker: String, Sendable, CaseIterable, Codable {
    case star = "★"
    case triangle = "▲"
    case none = ""
}

/// A numeric bound as data, in the shape of issue 10's `bound: {op, value, unit}`.
public struct RequirementBound: Hashable, Sendable {
    public enum Op: String, Sendable, CaseIterable { case atLeast = ">=", atMost = "<=" }
    public var op: Op
    public var value: Decimal
    public var unit: String

    public init(op: Op, value: Decimal, unit: String) {
        self.op = op
        self.value = value
        self.unit = unit
    }

    public var description: String { "\(op.rawValue) \(value)\(unit.isEmpty ? "" : " " + unit)" }
}

public struct ImportedRequirement: Sendable {
    public var id: String
    /// True when the tender prints this id (3.2, T-05, SOW-4.1); false for a generated one.
    public var printedID: Bool
    public var kind: Requirement.Kind
    public var category: Requirement.Category?
    public var text: String
    public var marker: RequirementMarker
    /// ★, or an English shall / must.
    public var mandatory: Bool
    /// The English modal verb that classified it (shall, must, should, may), if any.
    public var modal: String?
    public var bound: RequirementBound?
    public var place: TenderPlace
    /// The text as printed (marker and number included), for the reviewer.
    public var quote: String
}

public struct TenderFact<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var place: TenderPlace
    public var quote: String
}

public struct TenderFacts: Sendable {
    public var number: TenderFact<String>?
    public var buyer: TenderFact<String>?
    public var agent: TenderFact<String>?
    public var project: TenderFact<String>?
    public var lot: TenderFact<String>?
    /// ISO 8601 with the buyer's UTC offset, e.g. 2026-12-18T09:30:00+08:00.
    public var deadline: TenderFact<String>?
    public var validityDays: TenderFact<Int>?
    public var ceiling: TenderFact<Decimal>?
    public var bidBond: TenderFact<Decimal>?
    /// ISO 4217 code.
    public var currency: TenderFact<String>?

    public init() {}

    /// The facts as (bid.yaml key, value text) in the order of bid.yaml's `tender:` block.
    public var entries: [(key: String, value: String, place: TenderPlace, quote: String)] {
        var out: [(String, String, TenderPlace, String)] = []
        func add<V>(_ key: String, _ fact: TenderFact<V>?, _ text: (V) -> String) {
            if let fact { out.append((key, text(fact.value), fact.place, fact.quote)) }
        }
        add("number", number) { $0 }
        add("buyer", buyer) { $0 }
        add("agent", agent) { $0 }
        add("project", project) { $0 }
        add("lot", lot) { $0 }
        add("deadline", deadline) { $0 }
        add("validity_days", validityDays) { String($0) }
        add("ceiling", ceiling) { TenderAmount.text($0) }
        add("bid_bond", bidBond) { TenderAmount.text($0) }
        add("currency", currency) { $0 }
        return out
    }
}

public struct ScoringRow: Sendable {
    public var item: String
    /// Points or percent, as printed.
    public var weight: Decimal
    public var criteria: String
    public var place: TenderPlace
}

public struct UnclassifiedCandidate: Sendable {
    public var text: String
    public var reason: String
    public var place: TenderPlace
}

enum TenderAmount {
    /// 3680000.00: two decimals, no separators, as bid.yaml takes it.
    static func text(_ d: Decimal) -> String {
        var value = d, rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        let s = NSDecimalNumber(decimal: rounded).description(withLocale: Locale(identifier: "en_US_POSIX"))
        guard let dot = s.firstIndex(of: ".") else { return s + ".00" }
        let decimals = s.distance(from: dot, to: s.endIndex) - 1
        return decimals >= 2 ? s : s + String(repeating: "0", count: 2 - decimals)
    }
}
