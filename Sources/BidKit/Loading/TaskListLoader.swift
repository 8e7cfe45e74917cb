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
        var all = ErrorGathering()
        // Every task is read, and every field of it, even when another fails.
        let tasks = all.each(try value.list()) { item in
            var g = ErrorGathering()
            let m = try item.mapping(keys: keys, gathering: &g)
            let id = g.read("") {
                let idValue = try m.required("id")
                let id = try idValue.nonEmptyString()
                if let first = seen[id] { throw idValue.error("duplicate task id '\(id)' (first used at \(first))") }
                if sectionIDs.contains(id) { throw idValue.error("task id '\(id)' is also a section id") }
                seen[id] = idValue.location
                return id
            }
            return try g.finish(TaskPlan(
                id: id, title: g.read("") { try m.string("title") }, kind: g.read(.other) { try m["kind"]?.enum(TaskPlan.Kind.self) ?? .other },
                owner: g.read("") { try m.string("owner") }, role: g.read(nil) { try m.optionalString("role") },
                due: g.read(.placeholder) { try ProjectLoader.day(m.required("due")) },
                status: g.read(.todo) { try m.required("status").enum(SectionStatus.self) }, location: item.location))
        }
        return try all.finish(tasks)
    }
}
