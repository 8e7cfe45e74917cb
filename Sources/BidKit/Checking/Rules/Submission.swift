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
                    findings.append(finding(Say.fileName("\(base).\(format)", pattern: pattern),
                                            at: SourceLocation(file: bid.project.display("bid.yaml"))))
                }
            }
        }
        for file in context.renderedFiles {
            let ext = (file as NSString).pathExtension.lowercased()
            if !rules.formats.contains(ext) {
                findings.append(finding(Say.format(file, ext: ext, formats: rules.formats),
                                        severity: .warning, at: SourceLocation(file: file)))
            }
            findings += SubmissionCheck.problems(rules, files: [file]).map { finding(Say.fileProblem($0), at: SourceLocation(file: file)) }
        }
        return findings
    }
}

extension Submission {
    enum Say {
        static func fileName(_ name: String, pattern: String) -> Wording {
            Wording("file-name", zh: "构建生成的“\(name)”不符合平台的文件名规则“\(pattern)”（submission.file_name）",
                    en: "the build writes '\(name)', which does not match the platform's file name pattern '\(pattern)' (submission.file_name)")
        }

        static func format(_ file: String, ext: String, formats: [String]) -> Wording {
            Wording("format", zh: "“\(file)”为 .\(ext) 格式；平台接受 \(formats.joined(separator: "、"))（submission.formats）",
                    en: "'\(file)' is .\(ext); the platform takes \(formats.joined(separator: ", ")) (submission.formats)")
        }

        /// What `SubmissionCheck` (shared with `build`, which prints it in English) found about a file.
        static func fileProblem(_ problem: String) -> Wording {
            Wording("file-problem", zh: "提交文件不符合平台要求：“\(problem)”", en: problem)
        }
    }
}
