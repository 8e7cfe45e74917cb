import Foundation

/// Reads `parts:` — the task breakdown: parts, their sections in binding order, owners and due dates.
enum TaskBreakdownLoader {
    /// A section whose file cannot be read is a recoverable problem: the section stays in the plan, left
    /// empty by the assembler (nothing outside the project is read either way).
    static func read(_ value: YAMLValue, paths: ProjectPaths, problems: inout ProblemCollector) throws -> [PartPlan] {
        var ids: [String: SourceLocation] = [:]
        func claim(_ id: String, at location: SourceLocation) throws {
            if let first = ids[id] { throw LoadError(location, "duplicate id '\(id)' (first used at \(first))") }
            ids[id] = location
        }
        // Every part and section is read even when another fails, so one run reports all their errors.
        var blockErrors = ErrorGathering()
        let parts = blockErrors.each(try value.list()) { partValue -> PartPlan in
            var g = ErrorGathering()
            let m = try partValue.mapping(keys: ["id", "title", "sections"], gathering: &g)
            let id = g.read { try m.string("id") }
            if let id { g.read { try claim(id, at: try m.required("id").location) } }
            let listed = g.read([]) { try m.required("sections").list() }
            let sections = g.each(listed) { try readSection($0, paths: paths, problems: &problems, claim: claim) }
            return try g.finish(PartPlan(id: id ?? "", title: g.read("") { try m.string("title") }, sections: sections, location: partValue.location))
        }
        try blockErrors.finish()
        guard !parts.isEmpty else { throw value.error("'parts' must list at least one part") }
        return parts
    }

    /// The ids of the parts and of their sections written in `parts:`, whether or not they load:
    /// what `volumes`, `tasks` and the responses may name without a second error when `parts` fails.
    static func writtenIDs(in value: YAMLValue?) -> (parts: [String], sections: [String])? {
        guard let value, let parts = try? value.list() else { return nil }
        func id(_ item: YAMLValue) -> String? {
            guard case .mapping(let m) = item.node, let v = m.first(where: { $0.key.string == "id" })?.value, case .scalar(let s) = v
            else { return nil }
            return s.string.trimmingCharacters(in: .whitespaces)
        }
        func sections(_ part: YAMLValue) -> [YAMLValue] {
            guard case .mapping(let m) = part.node, let v = m.first(where: { $0.key.string == "sections" })?.value else { return [] }
            return (try? YAMLValue(node: v, file: part.file, path: part.path + ".sections").list()) ?? []
        }
        return (parts.compactMap(id), parts.flatMap(sections).compactMap(id))
    }

    private static func readSection(
        _ value: YAMLValue, paths: ProjectPaths, problems: inout ProblemCollector, claim: (String, SourceLocation) throws -> Void
    ) throws -> SectionPlan {
        var g = ErrorGathering()
        let m = try value.mapping(keys: ["id", "title", "source", "generate", "owner", "role", "due", "status", "covers", "sealed", "signed"],
                                  gathering: &g)
        let id = g.read { try m.string("id") }
        if let id { g.read { try claim(id, try m.required("id").location) } }
        let content = g.read(.markdown(path: "")) { try readContent(m, section: value, id: id ?? "", paths: paths, problems: &problems) }
        let plan = SectionPlan(
            id: id ?? "", title: g.read("") { try m.string("title") }, content: content, owner: g.read("") { try m.string("owner") },
            role: g.read(nil) { try m.optionalString("role") }, due: g.read(.placeholder) { try ProjectLoader.day(m.required("due")) },
            status: g.read(.todo) { try m.required("status").enum(SectionStatus.self) },
            covers: g.read([]) { try m["covers"]?.list().map { try $0.nonEmptyString() } ?? [] }, sealed: g.read(nil) { try m["sealed"]?.bool() },
            signed: g.read(nil) { try m["signed"]?.bool() },
            location: value.location)
        return try g.finish(plan)
    }

    /// What the section is made from: a source file (its problems recoverable) or a generated kind.
    private static func readContent(_ m: YAMLMapping, section value: YAMLValue, id: String, paths: ProjectPaths,
                                    problems: inout ProblemCollector) throws -> SectionContent {
        let content: SectionContent
        switch (m["source"], m["generate"]) {
        case (let source?, nil):
            let relative = try paths.confine(source.nonEmptyString(), at: source.location)
            let isForm = relative.lowercased().hasSuffix(".docx")
            let isAttachment = [".pdf", ".png", ".jpg", ".jpeg"].contains { relative.lowercased().hasSuffix($0) }
            if relative.lowercased().hasSuffix(".doc") {
                problems.record(source.error("'\(relative)' is a Word 97-2003 document; save the form as .docx"), section: id)
            } else {
                do {
                    _ = try paths.check(relative, as: isForm ? .wordForm : isAttachment ? .attachment : .markdown, referencedAt: source.location)
                } catch let error as LoadError {
                    problems.record(error, section: id)
                }
            }
            content = isForm ? .docxForm(path: relative) : isAttachment ? .attachment(path: relative) : .markdown(path: relative)
        case (nil, let kind?):
            content = .generated(try kind.enum(GeneratedKind.self))
        case (.some, .some):
            throw value.error("section '\(id)' has both 'source' and 'generate'; give one")
        case (nil, nil):
            throw value.error("section '\(id)' needs 'source' (a Markdown file or a .docx form) or 'generate' (a generated kind)")
        }
        return content
    }
}
