import Foundation

/// What the e-bidding platform takes (bid.yaml `submission:`): the file names a build writes
/// (`<id>.<ext>`, `<id>-<volume>.<ext>`) must match the platform's pattern, and every rendered
/// file given with `bidkit check --rendered FILE` must be of an accepted format, within the size
/// limit and so named. A file over the limit is refused at upload, usually minutes before the deadline.
struct Submission: Rule {
    static let id = "submission"
    static let severity = Finding.Severity.error
    static let description = "Files to upload are of a format, size and name the e-bidding platform accepts."

    static let triggering: [RuleExample] = [
        .replacing("\nparts:\n", with: "\nsubmission:\n  formats: [pdf]\n  file_name: \"ZB-1-*.pdf\"\nparts:\n"),
        .replacing("\nparts:\n", with: "\nsubmission:\n  formats: [pdf]\n  file_name: \"RFP-*.pdf\"\nparts:\n", .en),
    ]
    static let nonTriggering: [RuleExample] = [
        .replacing("\nparts:\n", with: "\nsubmission:\n  formats: [pdf]\n  file_name: \"*.pdf\"\nparts:\n"),
        .replacing("\nparts:\n", with: "\nsubmission:\n  formats: [pdf, docx]\n  max_file_size: 10MB\nparts:\n", .en),
    ]

    func check(_ bid: AssembledBid, context: RuleContext) -> [Finding] {
        guard let rules = bid.project.submission else { return [] }
        var findings: [Finding] = []
        if let pattern = rules.fileNamePattern {
            let bases = bid.project.volumes.isEmpty ? [bid.project.info.id] : bid.project.volumes.map { "\(bid.project.info.id)-\($0.name)" }
            for base in bases {
                for format in rules.formats where !SubmissionRules.matches("\(base).\(format)", pattern: pattern) {
                    findings.append(finding("the build writes '\(base).\(format)', which does not match the platform's file name pattern '\(pattern)' (submission.file_name)",
                                            at: SourceLocation(file: bid.project.display("bid.yaml"))))
                }
            }
        }
        for file in context.renderedFiles {
            let ext = (file as NSString).pathExtension.lowercased()
            if !rules.formats.contains(ext) {
                findings.append(finding("'\(file)' is .\(ext); the platform takes \(rules.formats.joined(separator: ", ")) (submission.formats)",
                                        severity: .warning, at: SourceLocation(file: file)))
            }
            findings += SubmissionCheck.problems(rules, files: [file]).map { finding($0, at: SourceLocation(file: file)) }
        }
        return findings
    }
}
