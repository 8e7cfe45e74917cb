import Foundation

/// The one table of rules (like swift-format's rule registry) and the run over them.
public enum Checker {
    public static let rules: [any Rule.Type] = [
        Load.self,
        RequiredDocuments.self,
        MandatoryClauses.self,
        AmountInWords.self,
        OnePrice.self,
        PriceArithmetic.self,
        PriceCeiling.self,
        UnbalancedPrices.self,
        PriceTechnical.self,
        Validity.self,
        Qualifications.self,
        Signatures.self,
        BidBond.self,
        Identity.self,
        Addressee.self,
        DocxMetadata.self,
        BlindTechnical.self,
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
                var note = Finding(rule: rule.id, severity: .info, message: "", location: entry?.location)
                note.wording = Wording("disabled", zh: "规则已停用：\(reason)", en: "rule disabled: \(reason)")
                return [note.localized(bid.project.language)]
            }
            let context = RuleContext(asOf: day, thresholds: rule.thresholds.merging(entry?.thresholds ?? [:]) { _, project in project },
                                      text: text, renderedFiles: rendered)
            // A recoverable load problem is a finding of the rule that owns it.
            var produced = bid.loadProblems.filter { $0.rule == rule.id }.map(Finding.init(problem:)) + rule.init().check(bid, context: context)
            if let severity = entry?.severity {
                for i in produced.indices where produced[i].severity != .info { produced[i].severity = severity }
            }
            return produced.map { $0.localized(bid.project.language) }
        }.flatMap { $0 }
        var report = CheckReport(findings: findings.sorted(by: Self.order), coverage: Coverage(bid))
        report.mandatoryRequirements = bid.project.requirements.filter(\.mandatory).map(\.id)
        return report
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
    /// Ids of the requirements whose failure rejects the bid (JUnit fails on them).
    public var mandatoryRequirements: [String] = []

    public init(findings: [Finding], coverage: Coverage) {
        self.findings = findings
        self.coverage = coverage
    }

    /// The report on a project that cannot be read at all: its load errors, nothing covered.
    public init(unusable error: Error) {
        let errors = (error as? LoadErrors)?.errors ?? (error as? LoadError).map { [$0] } ?? [LoadError(SourceLocation(file: ""), "\(error)")]
        self.init(findings: errors.map { Finding(problem: LoadProblem($0)) }, coverage: Coverage(statuses: []))
    }

    public var errors: Int { findings.filter { $0.severity == .error }.count }
    public var warnings: Int { findings.filter { $0.severity == .warning }.count }
}

/// Where the bid stands on each requirement (decided by `ComplianceMatrix`), in requirement order.
public struct Coverage: Sendable {
    public var statuses: [(requirement: String, status: ComplianceStatus)]

    public init(statuses: [(requirement: String, status: ComplianceStatus)]) { self.statuses = statuses }

    init(_ bid: AssembledBid) {
        statuses = bid.compliance.rows.map { ($0.requirement.id, $0.status) }
    }

    public var total: Int { statuses.count }
    public func count(_ status: ComplianceStatus) -> Int { statuses.filter { $0.status == status }.count }
    /// Requirements the bid answers or covers, met or not.
    public var answered: Int { statuses.filter { $0.status.isAnswered }.count }
    /// The ids of the requirements answered or covered.
    public var covered: Set<String> { Set(statuses.filter { $0.status.isAnswered }.map(\.requirement)) }
    /// Requirements the bid meets.
    public var compliant: Int { statuses.filter { $0.status.isCompliant }.count }
    /// The ids of the requirements with `status`.
    public func ids(_ status: ComplianceStatus) -> [String] { statuses.filter { $0.status == status }.map(\.requirement) }
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
