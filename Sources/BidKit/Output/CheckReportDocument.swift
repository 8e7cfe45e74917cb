import Foundation

/// The check report as a bid-like document (findings and the compliance matrix) that every renderer
/// plugin can write, so reviewers get it in the format they read bids in.
extension CheckReport {
    /// `asOf`: the day the check ran (the cover's date); default today in the deadline's time zone.
    public func document(for bid: AssembledBid, asOf: CalendarDay? = nil) -> BidPackage {
        let zh = bid.project.language == .zh
        func t(_ c: String, _ e: String) -> String { zh ? c : e }
        var metadata = bid.package.metadata
        metadata.projectID += "-check"
        // Its own cover (issue 15 item 12): what it is, the project, the day of the check; not a copy mark or volume.
        metadata.date = (asOf ?? CalendarDay(Date(), in: bid.project.tender.deadline.zone)).description
        metadata.fields = metadata.fields.filter { !["copy", "volume", "document_kind"].contains($0.key) }
            + [Field("document_kind", t("投标文件检查报告", "Bid review report"))]
        metadata.fields.sort { $0.key < $1.key }
        let labels: [Finding.Severity: String] = [.error: t("错误", "Error"), .warning: t("警告", "Warning"), .info: t("说明", "Note")]
        let rows = findings.map { f in
            Table.Row([labels[f.severity] ?? "", f.rule, f.requirement ?? "", f.message, Self.place(f.location, in: bid.project)].map { Table.Cell($0) })
        }
        let summary = t("错误 \(errors) 项，警告 \(warnings) 项；", "\(countSummary); ")
            + coverage.sentence(bid.project.language) + t("。", ".")
        let findingsTable = Table(
            columns: [.init(alignment: .center, weight: 3), .init(alignment: .left, weight: 6), .init(alignment: .left, weight: 3),
                      .init(alignment: .left, weight: 20), .init(alignment: .left, weight: 10)],
            header: [Table.Row([t("级别", "Severity"), t("规则", "Rule"), t("要求", "Req."), t("问题", "Finding"), t("位置", "Where")].map { Table.Cell($0) })],
            body: rows, role: "findings")
        let matrix = bid.compliance.table(language: bid.project.language, places: SectionPlaces(bid.project))
        let verdict = errors > 0 ? t("结论：不通过，须改正 \(errors) 项错误后再递交。", "Verdict: not ready — fix \(Counted.phrase(errors, "error")) before submission.")
            : warnings > 0 ? t("结论：可以递交，请复核 \(warnings) 项警告。", "Verdict: ready to submit; review \(Counted.phrase(warnings, "warning")).")
            : t("结论：通过，可以递交。", "Verdict: ready to submit.")
        let findingsSection = Section(id: "findings", title: t("检查结果", "Findings"), number: zh ? "一、" : "1.1", kind: "findings",
                                      blocks: [.paragraph(Paragraph([.text(summary)])), .paragraph(Paragraph([.strong([.text(verdict)])]))]
                                          + (rows.isEmpty ? [] : [.table(findingsTable)]))
        let matrixSection = Section(id: "compliance-matrix", title: t("招标要求响应对照表", "Compliance matrix"), number: zh ? "二、" : "1.2",
                                    kind: GeneratedKind.complianceMatrix.rawValue, blocks: [.table(matrix)])
        let part = Part(id: "check", title: t("检查报告", "Check report"), number: zh ? "第一章" : "1", sections: [findingsSection, matrixSection])
        return BidPackage(metadata: metadata, parts: [part])
    }

    /// Where a finding is, from the project folder (`sections/letter.md:12:3`): the report travels with
    /// the project, and a location that short fits its line whole in the text report, where a path from
    /// wherever `check` ran (`/home/…/bids/2026/…/sections/letter.md:12:3`) was wrapped mid-path.
    static func place(_ location: SourceLocation?, in project: Project) -> String {
        guard var location else { return "" }
        let root = project.displayRoot.hasSuffix("/") ? project.displayRoot : project.displayRoot + "/"
        if location.file.hasPrefix(root), location.file.count > root.count { location.file.removeFirst(root.count) }
        return location.description
    }
}
