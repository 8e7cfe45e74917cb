/// Every line `bidkit check` writes itself — the severity headings, the counts, the verdict, the
/// report's titles and column heads, the command's own notes — in both languages side by side, so
/// no output of the check speaks one language in a project of the other (issue 15 item 12). The
/// findings' messages come from their rules' catalogues (`enum Say`); the requirement figures from
/// `Coverage.sentence`. A finding's own line keeps `file:line:col: error:` as compilers print it, in
/// every language, so editors and CI problem matchers find it (`(.*):(\d+):(\d+): (error|warning):`).
public struct CheckWords: Sendable {
    public let language: Language

    public init(_ language: Language) { self.language = language }

    private func t(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    /// "1 error" / "2 warnings"; "1 个错误" / "2 个警告".
    public func count(_ n: Int, _ severity: Finding.Severity) -> String {
        switch severity {
        case .error: t("\(n) 个错误", Counted.phrase(n, "error"))
        case .warning: t("\(n) 个警告", Counted.phrase(n, "warning"))
        case .info: t("\(n) 条说明", Counted.phrase(n, "note"))
        }
    }

    /// "1 error, 1 warning"; "1 个错误、1 个警告".
    public func counts(errors: Int, warnings: Int) -> String {
        count(errors, .error) + t("、", ", ") + count(warnings, .warning)
    }

    /// The counts, then the requirement figures: the line the text output and the report end with.
    func summary(errors: Int, warnings: Int, coverage: Coverage) -> String {
        counts(errors: errors, warnings: warnings) + t("；", "; ") + coverage.sentence(language)
    }

    /// The heading over a group of findings: "Errors (2)"; "错误（2）".
    func heading(_ severity: Finding.Severity, count n: Int) -> String {
        switch severity {
        case .error: t("错误（\(n)）", "Errors (\(n))")
        case .warning: t("警告（\(n)）", "Warnings (\(n))")
        case .info: t("说明（\(n)）", "Notes (\(n))")
        }
    }

    /// The severity as the report's table says it: "Error"; "错误".
    func severityLabel(_ severity: Finding.Severity) -> String {
        switch severity {
        case .error: t("错误", "Error")
        case .warning: t("警告", "Warning")
        case .info: t("说明", "Note")
        }
    }

    /// The verdict under the counts in the report.
    func verdict(errors: Int, warnings: Int) -> String {
        if errors > 0 { return t("结论：不通过，须改正 \(count(errors, .error))后再递交。", "Verdict: not ready — fix \(count(errors, .error)) before submission.") }
        if warnings > 0 { return t("结论：可以递交，请复核 \(count(warnings, .warning))。", "Verdict: ready to submit; review \(count(warnings, .warning)).") }
        return t("结论：通过，可以递交。", "Verdict: ready to submit.")
    }

    var reportKind: String { t("投标文件检查报告", "Bid review report") }
    var reportPart: String { t("检查报告", "Check report") }
    var findingsTitle: String { t("检查结果", "Findings") }
    var matrixTitle: String { t("招标要求响应对照表", "Compliance matrix") }
    /// The report's part and section numbers, as a bid in the language numbers them.
    var numbers: (part: String, findings: String, matrix: String) { language == .zh ? ("第一章", "一、", "二、") : ("1", "1.1", "1.2") }
    var sentenceEnd: String { t("。", ".") }
    /// The findings table's column heads: severity, rule, requirement, finding, where.
    var findingsColumns: [String] {
        [t("级别", "Severity"), t("规则", "Rule"), t("要求", "Req."), t("问题", "Finding"), t("位置", "Where")]
    }

    /// The note the command prints on stderr for each report file it wrote.
    public func wrote(_ path: String) -> String { t("已写入 ", "wrote ") + path }
}
