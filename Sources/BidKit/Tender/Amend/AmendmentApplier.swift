import Foundation

/// Applies an amendment's changes to a project: the requirements file gets the new and changed
/// clauses and loses the removed ones (with their responses), bid.yaml gets the new facts, and every
/// section that covers a changed requirement — or is named by a response to one — goes back to
/// `review`, as does each such response, so `bidkit tasks` shows who must look again. Files are
/// edited line by line (comments and layout kept) and the project must load afterwards, or nothing
/// is changed.
public enum AmendmentApplier {
    public struct Report: Sendable {
        public var changes: [TenderChange]
        /// Changes that could not be applied, with the reason.
        public var skipped: [(TenderChange, String)]
        /// Sections set back to review: (id, title, owner, previous status).
        public var sections: [(id: String, title: String, owner: String, was: SectionStatus)]
        public var responses: [String]
        public var files: [String]
    }

    public static func apply(_ changes: [TenderChange], to folder: String) throws -> Report {
        let project = try ProjectLoader.load(folder: folder)
        let root = URL(fileURLWithPath: folder)
        let reqURL = root.appendingPathComponent(project.tender.requirementsFile), bidURL = root.appendingPathComponent("bid.yaml")
        let reqOriginal = try String(contentsOf: reqURL, encoding: .utf8), bidOriginal = try String(contentsOf: bidURL, encoding: .utf8)
        var req = YAMLLines(reqOriginal), bid = YAMLLines(bidOriginal)
        var report = Report(changes: [], skipped: [], sections: [], responses: [], files: [])
        var touched = Set<String>(), removed = Set<String>()

        // Edits are collected with the line they touch and applied bottom-up, so the line numbers
        // the loader reported stay valid for every edit still to come.
        var reqEdits: [(line: Int, edit: (inout YAMLLines) -> Void)] = []
        var bidEdits: [(line: Int, edit: (inout YAMLLines) -> Void)] = []
        for change in changes {
            var shown = change
            switch change.kind {
            case .modified:
                guard let r = project.requirement(change.id) else {
                    report.skipped.append((change, "the project has no requirement '\(change.id)'; add it by hand or import the amended tender"))
                    continue
                }
                shown.before = (r.mandatory ? "★" : "") + r.text
                reqEdits.append((r.location.line, { req in
                    let range = req.block(startingAt: r.location.line, column: r.location.column)
                    if let i = req.keyLine("text", in: range) { req.setValue(line: i, key: "text", to: YAMLEmitter.scalar(change.after ?? "")) }
                    setMandatory(change.mandatory, in: &req, range: req.block(startingAt: r.location.line, column: r.location.column))
                    amendSourceComment(above: range.lowerBound, in: &req, change: change)
                }))
                touched.insert(change.id)
            case .added:
                guard project.requirement(change.id) == nil else {
                    report.skipped.append((change, "the project already has a requirement '\(change.id)'"))
                    continue
                }
                reqEdits.append((sibling(of: change.id, in: project)?.location.line ?? Int.max, { req in insert(change, into: &req, project: project) }))
            case .removed:
                guard let r = project.requirement(change.id) else {
                    report.skipped.append((change, "the project has no requirement '\(change.id)'"))
                    continue
                }
                shown.before = change.before ?? r.text
                reqEdits.append((r.location.line, { req in remove(r.location, from: &req, sourceComment: true) }))
                touched.insert(change.id)
                removed.insert(change.id)
            case .fact:
                shown.before = currentFact(change.id, in: project)
                bidEdits.append((bid.topLevel("tender")?.lowerBound ?? 0, { bid in setFact(change, in: &bid) }))
            }
            report.changes.append(shown)
        }
        // Responses to changed requirements: removed with the requirement, else back to review.
        for response in project.responses where touched.contains(response.requirement) {
            let gone = removed.contains(response.requirement)
            reqEdits.append((response.location.line, { req in
                if gone { remove(response.location, from: &req, sourceComment: false); return }
                let range = req.block(startingAt: response.location.line, column: response.location.column)
                if let i = req.keyLine("status", in: range) { req.setValue(line: i, key: "status", to: "review") } else {
                    req.lines.insert(String(repeating: " ", count: max(0, response.location.column - 1)) + "status: review", at: range.upperBound)
                }
            }))
            report.responses.append(response.requirement)
        }
        // Sections covering a changed requirement, named by a response to one, or generated from the
        // changed clauses (the deviation table of their category, the compliance matrix).
        let named = Set(project.responses.filter { touched.contains($0.requirement) }.compactMap(\.section))
        var categories = Set<Requirement.Category>()
        for c in report.changes where c.kind != .fact {
            if let category = project.requirement(c.id)?.category ?? c.category ?? (c.kind == .added ? sibling(of: c.id, in: project)?.category : nil) {
                categories.insert(category)
            }
        }
        func generatedFromChanges(_ s: SectionPlan) -> Bool {
            guard case .generated(let kind) = s.content else { return false }
            switch kind {
            case .technicalDeviations: return categories.contains(.technical)
            case .commercialDeviations: return categories.contains(.commercial)
            case .complianceMatrix: return !categories.isEmpty
            default: return false
            }
        }
        for s in project.sections where !Set(s.covers).isDisjoint(with: touched) || named.contains(s.id) || generatedFromChanges(s) {
            let dropCovers = !Set(s.covers).isDisjoint(with: removed), kept = s.covers.filter { !removed.contains($0) }
            bidEdits.append((s.location.line, { bid in
                if dropCovers, let i = bid.keyLine("covers", in: bid.block(startingAt: s.location.line, column: s.location.column)) {
                    bid.setValue(line: i, key: "covers", to: "[" + kept.joined(separator: ", ") + "]")
                }
                if s.status == .done || s.status == .review,
                   let i = bid.keyLine("status", in: bid.block(startingAt: s.location.line, column: s.location.column)) {
                    bid.setValue(line: i, key: "status", to: "review")
                }
            }))
            report.sections.append((s.id, s.title, s.owner, s.status))
        }
        for e in reqEdits.sorted(by: { $0.line > $1.line }) { e.edit(&req) }
        for e in bidEdits.sorted(by: { $0.line > $1.line }) { e.edit(&bid) }
        report.changes.sort { ($0.kind == .fact ? 1 : 0, $0.id) < ($1.kind == .fact ? 1 : 0, $1.id) }

        // Write both, then load: a project that no longer loads gets its files back.
        let reqText = req.text, bidText = bid.text
        do {
            if reqText != reqOriginal { try AtomicFile.write(Array(reqText.utf8), to: reqURL); report.files.append(project.display(project.tender.requirementsFile)) }
            if bidText != bidOriginal { try AtomicFile.write(Array(bidText.utf8), to: bidURL); report.files.append(project.display("bid.yaml")) }
            _ = try ProjectLoader.load(folder: folder)
        } catch {
            try? AtomicFile.write(Array(reqOriginal.utf8), to: reqURL)
            try? AtomicFile.write(Array(bidOriginal.utf8), to: bidURL)
            throw error
        }
        return report
    }

    /// The project's value of a fact an amendment changes, as bid.yaml writes it.
    static func currentFact(_ key: String, in project: Project) -> String? {
        switch key {
        case "deadline": return project.tender.deadline.iso
        case "ceiling": return project.tender.ceiling.map(TenderAmount.text)
        case "bid_bond": return project.tender.bidBond.map(TenderAmount.text)
        case "validity_days": return String(project.tender.validityDays)
        default: return nil
        }
    }

    /// The requirement an added one goes after: the last with the same parent number ("3.8" for "3.9").
    static func sibling(of id: String, in project: Project) -> Requirement? {
        let parent = id.split(separator: ".").dropLast().joined(separator: ".")
        let family = project.requirements.filter { r in
            !parent.isEmpty && r.id.split(separator: ".").dropLast().joined(separator: ".") == parent && r.kind == .clause
        }
        return family.last ?? project.requirements.last { $0.kind == .clause } ?? project.requirements.last
    }

    private static func insert(_ change: TenderChange, into req: inout YAMLLines, project: Project) {
        let after = sibling(of: change.id, in: project)
        let category = change.category ?? after?.category ?? .commercial
        var entry: [YAMLTree.Entry] = [.init(key: "id", value: .scalar(change.id)), .init(key: "kind", value: .scalar("clause")),
                                       .init(key: "category", value: .scalar(category.rawValue)),
                                       .init(key: "text", value: .scalar(change.after ?? ""))]
        if change.mandatory { entry.append(.init(key: "mandatory", value: .plain("true"))) }
        let indent = max(0, (after?.location.column ?? 5) - 3)
        var text = TenderYAML.indent(TenderYAML.quotingNumericID(YAMLEmitter.emit(.list([.mapping(entry)])), change.id), by: indent)
        if let p = change.place { text = String(repeating: " ", count: indent) + "# amendment \(p.label)\n" + text }
        let at: Int
        if let a = after { at = req.block(startingAt: a.location.line, column: a.location.column).upperBound } else {
            at = req.topLevel("requirements")?.upperBound ?? req.lines.count
        }
        req.lines.insert(contentsOf: text.split(separator: "\n").map(String.init), at: at)
    }

    private static func setMandatory(_ mandatory: Bool, in req: inout YAMLLines, range: Range<Int>) {
        if let i = req.keyLine("mandatory", in: range) {
            req.setValue(line: i, key: "mandatory", to: mandatory ? "true" : "false")
        } else if mandatory, let t = req.keyLine("text", in: range) {
            let indent = YAMLLines.indent(req.lines[range.lowerBound]) + (req.lines[range.lowerBound].drop { $0 == " " }.hasPrefix("- ") ? 2 : 0)
            req.lines.insert(String(repeating: " ", count: indent) + "mandatory: true", at: t + 1)
        }
    }

    /// The import's "# ¶261: …" comment over a changed entry keeps its place and says what changed it.
    private static func amendSourceComment(above line: Int, in req: inout YAMLLines, change: TenderChange) {
        guard line > 0 else { return }
        let comment = req.lines[line - 1]
        let trimmed = comment.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("# ¶") || trimmed.hasPrefix("# p."), let colon = comment.firstIndex(of: ":") else { return }
        let notice = change.place.map { ", notice \($0.label)" } ?? ""
        req.lines[line - 1] = String(comment[..<colon]) + " (amended\(notice)): "
            + TenderYAML.commentText(change.marker.rawValue + (change.after ?? ""))
    }

    /// Removes the list item whose mapping starts at `location`, with the source comment the import put above it.
    private static func remove(_ location: SourceLocation, from req: inout YAMLLines, sourceComment: Bool) {
        var range = req.block(startingAt: location.line, column: location.column)
        if sourceComment, range.lowerBound > 0 {
            let above = req.lines[range.lowerBound - 1].trimmingCharacters(in: .whitespaces)
            if above.hasPrefix("# ¶") || above.hasPrefix("# p.") || above.hasPrefix("# amendment") { range = (range.lowerBound - 1)..<range.upperBound }
        }
        req.lines.removeSubrange(range)
    }

    private static func setFact(_ change: TenderChange, in bid: inout YAMLLines) {
        guard let tender = bid.topLevel("tender"), let value = change.after else { return }
        let text = change.id == "deadline" || change.id == "validity_days" || change.id.hasSuffix("ceiling") || change.id == "bid_bond"
            ? value : YAMLEmitter.scalar(value)
        if let i = bid.keyLine(change.id, in: tender) {
            bid.setValue(line: i, key: change.id, to: text)
        } else {
            bid.lines.insert("  \(change.id): \(text)", at: tender.upperBound)
        }
    }
}
