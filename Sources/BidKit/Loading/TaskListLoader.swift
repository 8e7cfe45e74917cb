/// Reads `tasks:` — the work that is not a section (review, proofreading, sealing, binding, submission):
///
/// ```yaml
/// tasks:
///   - {id: proofread, title: 校稿, kind: proofreading, owner: 张海涛, due: 2026-12-08, status: todo}
/// ```
enum TaskListLoader {
    static let keys = ["id", "title", "kind", "owner", "role", "due", "status"]

    static func read(_ value: YAMLValue?, sectionIDs: [String]) throws -> [TaskPlan] {
        guard let value else { return [] }
        var seen: [String: SourceLocation] = [:]
        return try value.list().map { item in
            let m = try item.mapping(keys: keys)
            let idValue = try m.required("id")
            let id = try idValue.nonEmptyString()
            if let first = seen[id] { throw idValue.error("duplicate task id '\(id)' (first used at \(first))") }
            if sectionIDs.contains(id) { throw idValue.error("task id '\(id)' is also a section id") }
            seen[id] = idValue.location
            return TaskPlan(id: id, title: try m.string("title"), kind: try m["kind"]?.enum(TaskPlan.Kind.self) ?? .other,
                            owner: try m.string("owner"), role: try m.optionalString("role"), due: try ProjectLoader.day(m.required("due")),
                            status: try m.required("status").enum(SectionStatus.self), location: item.location)
        }
    }
}
