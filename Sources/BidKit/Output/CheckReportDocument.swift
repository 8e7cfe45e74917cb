import Foundation

/// The check report as a bid-like document (findings and the compliance matrix) that every renderer
/// plugin can write, so reviewers get it in the format they read bids in.
extension CheckReport {
    /// `asOf`: the day the check ran (the cover's date); default today in the deadline's time zone.
    public func document(for bid: AssembledBid, asOf: CalendarDay? = nil) -> BidPackage {
        let words = CheckWords(bid.project.language)
        var metadata = bid.package.metadata
        metadata.projectID += "-check"
        // Its own cover (issue 15 item 12): what it is, the project, the day of the check; not a copy mark or volume.
        metadata.date = (asOf ?? CalendarDay(Date(), in: bid.project.tender.deadline.zone)).description
        metadata.fields = metadata.fields.filter { !["copy", "volume", "document_kind"].contains($0.key) }
            + [Field("document_kind", words.reportKind)]
        metadata.fields.sort { $0.key < $1.key }
        let rows = findings.map { f in
            Table.Row([words.severityLabel(f.severity), f.rule, f.requirement ?? "", f.message, Self.place(f.location, in: bid.project)].map { Table.Cell($0) })
        }
        let summary = words.summary(errors: errors, warnings: warnings, coverage: coverage) + words.sentenceEnd
        let findingsTable = Table(
            columns: [.init(alignment: .center, weight: 3), .init(alignment: .left, weight: 6), .init(alignment: .left, weight: 3),
                      .init(alignment: .left, weight: 20), .init(alignment: .left, weight: 10, noWrap: true)],  // a location is read whole
            header: [Table.Row(words.findingsColumns.map { Table.Cell($0) })],
            body: rows, role: "findings")
        let matrix = bid.compliance.table(language: bid.project.language, places: SectionPlaces(bid.project))
        let verdict = words.verdict(errors: errors, warnings: warnings)
        let findingsSection = Section(id: "findings", title: words.findingsTitle, number: words.numbers.findings, kind: "findings",
                                      blocks: [.paragraph(Paragraph([.text(summary)])), .paragraph(Paragraph([.strong([.text(verdict)])]))]
                                          + (rows.isEmpty ? [] : [.table(findingsTable)]))
        let matrixSection = Section(id: "compliance-matrix", title: words.matrixTitle, number: words.numbers.matrix,
                                    kind: GeneratedKind.complianceMatrix.rawValue, blocks: [.table(matrix)])
        let part = Part(id: "check", title: words.reportPart, number: words.numbers.part, sections: [findingsSection, matrixSection])
        // A review report is read, not signed or sealed: the bid cover's signatory line and its
        // （盖章） beside the bidder would ask a reviewer to sign an internal report.
        var front = FrontMatter.standard(for: metadata)
        front.cover.lines = front.cover.lines.filter { $0.key != Cover.Key.signatory }.map { line in
            var line = line
            line.note = ""
            return line
        }
        return BidPackage(metadata: metadata, frontMatter: front, parts: [part])
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
