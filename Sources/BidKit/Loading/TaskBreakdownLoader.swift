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
        let parts = try value.list().map { partValue -> PartPlan in
            let m = try partValue.mapping(keys: ["id", "title", "sections"])
            let id = try m.string("id")
            try claim(id, at: try m.required("id").location)
            let sections = try m.required("sections").list().map { try readSection($0, paths: paths, problems: &problems, claim: claim) }
            return PartPlan(id: id, title: try m.string("title"), sections: sections, location: partValue.location)
        }
        guard !parts.isEmpty else { throw value.error("'parts' must list at least one part") }
        return parts
    }

    private static func readSection(
        _ value: YAMLValue, paths: ProjectPaths, problems: inout ProblemCollector, claim: (String, SourceLocation) throws -> Void
    ) throws -> SectionPlan {
        let m = try value.mapping(keys: ["id", "title", "source", "generate", "owner", "role", "due", "status", "covers", "sealed", "signed"])
        let id = try m.string("id")
        try claim(id, try m.required("id").location)
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
        return SectionPlan(
            id: id, title: try m.string("title"), content: content, owner: try m.string("owner"),
            role: try m.optionalString("role"), due: try ProjectLoader.day(m.required("due")),
            status: try m.required("status").enum(SectionStatus.self),
            covers: try m["covers"]?.list().map { try $0.nonEmptyString() } ?? [], sealed: try m["sealed"]?.bool(),
            signed: try m["signed"]?.bool(),
            location: value.location)
    }
}
