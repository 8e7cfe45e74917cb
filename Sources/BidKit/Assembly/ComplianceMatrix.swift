/// Every requirement → its status → where the bid answers it, so a reviewer can tick it off.
/// The one place requirement status is decided: the generated section, the checker's coverage
/// figures and the check report all read it from here.
public struct ComplianceMatrix: Sendable {
    public enum Status: String, Sendable, CaseIterable {
        case covered, answered, deviating, missing
    }

    public struct Row: Sendable {
        public var requirement: Requirement
        public var status: Status
        /// Sections that answer it, as printed ("一、投标函").
        public var sections: [Section]
        /// What we offer, from the clause response.
        public var offer: String? = nil
    }

    public var rows: [Row]

    /// `sections` (the package's, table of contents included) must be numbered and hold their
    /// content: emptiness decides coverage.
    public init(project: Project, sections: [Section]) {
        let byID = Dictionary(sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let nonEmpty = Set(sections.filter { !SectionContentInspector.isEmpty($0) }.map(\.id))
        rows = project.requirements.map { req in
            let covering = project.sections.filter { $0.covers.contains(req.id) && nonEmpty.contains($0.id) }.compactMap { byID[$0.id] }
            let status: Status
            var answering = covering
            switch req.kind {
            case .document, .format:
                status = covering.isEmpty ? .missing : .covered
            case .qualification:
                let certified = project.bidder.qualifications.contains { $0.requirement == req.id }
                status = covering.isEmpty && !certified ? .missing : .covered
                if answering.isEmpty, certified, let list = sections.first(where: { $0.kind == GeneratedKind.qualificationList.rawValue }) {
                    answering = [list]
                }
            case .clause:
                let response = project.response(to: req.id)
                switch response?.response {
                case nil: status = .missing
                case .negativeDeviation?: status = .deviating
                default: status = .answered
                }
                if let id = response?.section, let s = byID[id], !answering.contains(where: { $0.id == id }) { answering.insert(s, at: 0) }
            }
            return Row(requirement: req, status: status, sections: answering,
                       offer: req.kind == .clause ? project.response(to: req.id)?.offer : nil)
        }
    }

    public var covered: Set<String> { Set(rows.filter { $0.status != .missing }.map(\.requirement.id)) }

    /// The matrix as a table block, labelled in the bid's language; where each requirement is
    /// answered is a linked reference to the section (`SectionPlaces`).
    func table(language: Language, places: SectionPlaces) -> Table {
        let zh = language == .zh
        let names: [Status: String] = zh
            ? [.covered: "已响应", .answered: "已响应", .deviating: "偏离", .missing: "缺失"]
            : [.covered: "Covered", .answered: "Answered", .deviating: "Deviating", .missing: "Missing"]
        let kinds: [Requirement.Kind: String] = zh
            ? [.document: "文件", .clause: "条款", .qualification: "资格", .format: "格式"]
            : [.document: "Document", .clause: "Clause", .qualification: "Qualification", .format: "Format"]
        // Marker and offer in columns of their own, so a spreadsheet can filter on them (xlsx).
        let header = (zh ? ["编号", "标记", "招标要求", "类型", "我方响应", "状态", "响应位置"]
                         : ["Id", "Marker", "Requirement", "Kind", "Our offer", "Status", "Where in the bid"])
        let body = rows.map { row in
            Table.Row([row.requirement.id, row.requirement.mandatory ? "★" : "", row.requirement.text,
                       kinds[row.requirement.kind] ?? "", row.offer ?? "", names[row.status] ?? ""].map { Table.Cell($0) }
                      + [Table.Cell(inlines: places.references(to: row.sections.map(\.id)))])
        }
        return Table(columns: [.init(alignment: .left, weight: 4), .init(alignment: .center, weight: 2), .init(alignment: .left, weight: 18),
                               .init(alignment: .center, weight: 3), .init(alignment: .left, weight: 8), .init(alignment: .center, weight: 3),
                               .init(alignment: .left, weight: 9)],
                     header: [Table.Row(header.map { Table.Cell($0) })], body: body, role: "compliance-matrix")
    }
}
