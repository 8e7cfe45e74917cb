/// Every requirement → its `ComplianceStatus` → where the bid answers it, so a reviewer can tick it off.
/// The one place requirement status is decided: the generated section, the checker's summary and
/// the check report all read it from here, so none of them calls a failing clause answered and met.
public struct ComplianceMatrix: Sendable {
    public struct Row: Sendable {
        public var requirement: Requirement
        public var status: ComplianceStatus
        /// Sections that answer it, as printed ("一、投标函").
        public var sections: [Section]
        /// Why it is not compliant ("offer 200 万像素 < 不低于 400 万"), for the matrix and the report.
        public var reason: String?
        /// A clause's offer against each of its bounds (read by `mandatory-clauses`).
        var evaluations: [ClauseEvaluation] = []
        /// What we offer, from the clause response.
        public var offer: String? = nil
    }

    public var rows: [Row]

    init(rows: [Row]) { self.rows = rows }

    /// `parts` must be numbered and hold their content: emptiness decides coverage.
    public init(project: Project, parts: [Part]) {
        let sections = parts.flatMap(\.sections)
        let byID = Dictionary(sections.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let nonEmpty = Set(sections.filter { !SectionContentInspector.isEmpty($0) }.map(\.id))
        let plans = project.sections  // computed from the parts: once, not per requirement
        rows = project.requirements.map { req in
            let covering = plans.filter { $0.covers.contains(req.id) && nonEmpty.contains($0.id) }.compactMap { byID[$0.id] }
            var answering = covering
            var status: ComplianceStatus = covering.isEmpty ? .notCovered : .compliant
            var reason: String?
            var evaluations: [ClauseEvaluation] = []
            switch req.kind {
            case .document, .format:
                break
            case .qualification:
                let certificates = project.bidder.qualifications.filter { $0.requirement == req.id }
                if !certificates.isEmpty {
                    if answering.isEmpty, let list = sections.first(where: { $0.kind == GeneratedKind.qualificationList.rawValue }) {
                        answering = [list]
                    }
                    let problems = certificates.flatMap { QualificationEvaluation.failures(of: $0, for: req, in: project) }
                    status = problems.isEmpty ? .compliant : .notCompliant
                    reason = problems.first?.text(project.info.language)
                }
            case .clause:
                let response = project.response(to: req.id)
                evaluations = ClauseEvaluation.evaluate(req, offer: response?.offer)
                let failing = evaluations.first(where: \.failed)
                switch response?.response {
                case nil: status = .notAnswered
                case .negativeDeviation?: status = .notCompliant
                case _ where failing != nil: status = .notCompliant
                case .positiveDeviation?: status = .positiveDeviation
                case .comply?: status = .compliant
                }
                if let failing, case .notMet(let offered) = failing.result { reason = "\(offered) ≠ \(failing.bound)" }
                if let id = response?.section, let s = byID[id], !answering.contains(where: { $0.id == id }) { answering.insert(s, at: 0) }
            }
            return Row(requirement: req, status: status, sections: answering, reason: reason, evaluations: evaluations,
                       offer: req.kind == .clause ? project.response(to: req.id)?.offer : nil)
        }
    }

    public func count(_ test: (ComplianceStatus) -> Bool) -> Int { rows.filter { test($0.status) }.count }

    /// The matrix as a table block, labelled in the bid's language; markers as the tender printed them,
    /// in a column of their own (a spreadsheet filters on it); where each requirement is answered is a
    /// linked reference to the section (`SectionPlaces`).
    func table(language: Language, places: SectionPlaces) -> Table {
        let zh = language == .zh
        let kinds: [Requirement.Kind: String] = zh
            ? [.document: "文件", .clause: "条款", .qualification: "资格", .format: "格式"]
            : [.document: "Document", .clause: "Clause", .qualification: "Qualification", .format: "Format"]
        // Marker and offer in columns of their own, so a spreadsheet can filter on them (xlsx).
        let header = (zh ? ["编号", "标记", "招标要求", "类型", "我方响应", "状态", "响应位置"]
                         : ["Id", "Marker", "Requirement", "Kind", "Our offer", "Status", "Where in the bid"])
        let body = rows.map { row in
            Table.Row([row.requirement.id, row.requirement.marker?.rawValue ?? "", row.requirement.text,
                       kinds[row.requirement.kind] ?? "", row.offer ?? "",
                       row.status.label(language) + (row.reason.map { zh ? "（\($0)）" : " (\($0))" } ?? "")].map { Table.Cell($0) }
                      + [Table.Cell(inlines: places.references(to: row.sections.map(\.id)))])
        }
        return Table(columns: [.init(alignment: .left, weight: 4), .init(alignment: .center, weight: 2), .init(alignment: .left, weight: 18),
                               .init(alignment: .center, weight: 3), .init(alignment: .left, weight: 8), .init(alignment: .center, weight: 3),
                               .init(alignment: .left, weight: 9)],
                     header: [Table.Row(header.map { Table.Cell($0) })], body: body, role: "compliance-matrix")
    }
}
