/// The check report as a bid-like document (findings and the compliance matrix) that every renderer
/// plugin can write, so reviewers get it in the format they read bids in.
extension CheckReport {
    public func document(for bid: AssembledBid) -> BidPackage {
        let zh = bid.project.language == .zh
        func t(_ c: String, _ e: String) -> String { zh ? c : e }
        var metadata = bid.package.metadata
        metadata.title = t("投标文件检查报告：", "Bid check report: ") + metadata.title
        metadata.projectID += "-check"
        let labels: [Finding.Severity: String] = [.error: t("错误", "Error"), .warning: t("警告", "Warning"), .info: t("说明", "Note")]
        let rows = findings.map { f in
            Table.Row([labels[f.severity] ?? "", f.rule, f.requirement ?? "", f.message, f.location?.description ?? ""].map { Table.Cell($0) })
        }
        let summary = t("错误 \(errors) 项，警告 \(warnings) 项；", "\(errors) errors, \(warnings) warnings; ")
            + coverage.sentence(bid.project.language) + t("。", ".")
        let findingsTable = Table(
            columns: [.init(alignment: .center, weight: 3), .init(alignment: .left, weight: 6), .init(alignment: .left, weight: 3),
                      .init(alignment: .left, weight: 20), .init(alignment: .left, weight: 10)],
            header: [Table.Row([t("级别", "Severity"), t("规则", "Rule"), t("要求", "Req."), t("问题", "Finding"), t("位置", "Where")].map { Table.Cell($0) })],
            body: rows, role: "findings")
        let matrix = bid.compliance.table(language: bid.project.language)
        let findingsSection = Section(id: "findings", title: t("检查结果", "Findings"), number: zh ? "一、" : "1.1", kind: "findings",
                                      blocks: [.paragraph(Paragraph([.text(summary)]))] + (rows.isEmpty ? [] : [.table(findingsTable)]))
        let matrixSection = Section(id: "compliance-matrix", title: t("招标要求响应对照表", "Compliance matrix"), number: zh ? "二、" : "1.2",
                                    kind: GeneratedKind.complianceMatrix.rawValue, blocks: [.table(matrix)])
        let part = Part(id: "check", title: t("检查报告", "Check report"), number: zh ? "第一章" : "1", sections: [findingsSection, matrixSection])
        return BidPackage(metadata: metadata, parts: [part])
    }
}
