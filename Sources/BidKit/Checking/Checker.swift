import Foundation

/// The one table of rules (like swift-format's rule registry) and the run over them.
public enum Checker {
    public static let rules: [any Rule.Type] = [
        RequiredDocuments.self,
        MandatoryClauses.self,
        AmountInWords.self,
        OnePrice.self,
        PriceArithmetic.self,
        PriceCeiling.self,
        Validity.self,
        Qualifications.self,
        Signatures.self,
        BidBond.self,
        Identity.self,
        DocxMetadata.self,
        Leftovers.self,
        ConditionalPrice.self,
        Schedule.self,
        MarginFloor.self,
        Submission.self,
    ]

    /// Runs every enabled rule; project settings override severities and thresholds.
    /// A disabled rule leaves an info finding with the reason, so the decision stays visible.
    public static func check(_ bid: AssembledBid, asOf: CalendarDay? = nil, rendered: [String] = []) -> CheckReport {
        let settings = bid.project.checks
        let day = asOf ?? CalendarDay(Date(), in: bid.project.tender.deadline.zone)
        let text = TextIndex(bid)
        // Rules are independent and read-only: run them on every core, keep registry order.
        let findings = Parallel.map(Array(rules.indices)) { index -> [Finding] in
            let rule = rules[index]
            let entry = settings.entries[rule.id]
            if let reason = entry?.disabledReason {
                return [Finding(rule: rule.id, severity: .info, message: "rule disabled: \(reason)", location: entry?.location)]
            }
            let context = RuleContext(asOf: day, thresholds: rule.thresholds.merging(entry?.thresholds ?? [:]) { _, project in project },
                                      text: text, renderedFiles: rendered)
            var produced = rule.init().check(bid, context: context)
            if let severity = entry?.severity {
                for i in produced.indices where produced[i].severity != .info { produced[i].severity = severity }
            }
            return produced
        }.flatMap { $0 }
        return CheckReport(findings: findings.sorted(by: Self.order), coverage: Coverage(bid))
    }

    /// Errors first, then by file position (line, then column), then by rule: stable output for diffs and tests.
    private static func order(_ a: Finding, _ b: Finding) -> Bool {
        if a.severity != b.severity { return a.severity < b.severity }
        let la = a.location.map { ($0.file, $0.line, $0.column) } ?? ("", 0, 0), lb = b.location.map { ($0.file, $0.line, $0.column) } ?? ("", 0, 0)
        if la != lb { return la < lb }
        return (a.rule, a.message) < (b.rule, b.message)
    }
}

public struct CheckReport: Sendable {
    public var findings: [Finding]
    public var coverage: Coverage
    public var errors: Int { findings.filter { $0.severity == .error }.count }
    public var warnings: Int { findings.filter { $0.severity == .warning }.count }
}

/// Which requirements the bid answers (see ComplianceMatrix for the rules).
public struct Coverage: Sendable {
    public var total: Int
    public var covered: Set<String>

    init(_ bid: AssembledBid) {
        let matrix = ComplianceMatrix(project: bid.project, sections: bid.package.sections)
        total = matrix.rows.count
        covered = matrix.covered
    }
}

/// What counts as content: a section with only headings, breaks or nothing at all is empty.
/// A table of contents or compliance matrix is filled in after every other section, so it counts as
/// content even before then: the matrix must not list its own requirement as missing.
enum SectionContentInspector {
    static func isEmpty(_ section: Section) -> Bool {
        if section.kind == GeneratedKind.toc.rawValue || section.kind == GeneratedKind.complianceMatrix.rawValue { return false }
        return !section.blocks.contains { block in
            switch block {
            case .heading, .pageBreak, .thematicBreak: return false
            case .table(let t): return !t.body.isEmpty
            default: return true
            }
        }
    }
}
