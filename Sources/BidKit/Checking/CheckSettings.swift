import Foundation

/// Per-project rule configuration from bid.yaml `checks:`:
///
/// ```yaml
/// checks:
///   margin-floor: {severity: error}              # stricter than the default
///   conditional-price: {disable: "报价说明已经招标人澄清确认"}   # off, with the reason printed
///   price-ceiling: {low_fraction: 0.75}          # a rule's threshold
/// ```
public struct CheckSettings: Sendable {
    public struct Entry: Sendable {
        public var severity: Finding.Severity?
        /// Why the rule is off; nil = on.
        public var disabledReason: String?
        public var thresholds: [String: Decimal]
        public var location: SourceLocation
    }

    public var entries: [String: Entry]

    public init(entries: [String: Entry] = [:]) { self.entries = entries }

    /// Reads and validates `checks:` against the rule registry: unknown rules and thresholds are load errors.
    static func read(_ value: YAMLValue) throws -> CheckSettings {
        let ruleIDs = Checker.rules.map { $0.id }
        let m = try value.mapping(keys: ruleIDs)
        var entries: [String: Entry] = [:]
        for (id, _, v) in m.entries {
            guard let rule = Checker.rules.first(where: { $0.id == id }) else { continue }
            let thresholdNames = rule.thresholds.map(\.key).sorted()
            let e = try v.mapping(keys: ["severity", "disable"] + thresholdNames)
            var thresholds: [String: Decimal] = [:]
            for name in thresholdNames { if let t = e[name] { thresholds[name] = try t.percentage() ?? t.decimal() } }  // 70% or 0.7
            entries[id] = Entry(severity: try e["severity"]?.enum(Finding.Severity.self),
                                disabledReason: try e["disable"]?.nonEmptyString(), thresholds: thresholds, location: v.location)
        }
        return CheckSettings(entries: entries)
    }
}

/// What a rule may read besides the bid: the day it is checked on and its thresholds.
public struct RuleContext: Sendable {
    public var asOf: CalendarDay
    public var thresholds: [String: Decimal]
    /// The bid's text, split into lines once per check and shared by every rule.
    let text: TextIndex
    /// Rendered files to inspect (`bidkit check --rendered FILE`), e.g. the DOCX to be submitted.
    var renderedFiles: [String] = []

    public func threshold(_ name: String) -> Decimal { thresholds[name] ?? 0 }
}
