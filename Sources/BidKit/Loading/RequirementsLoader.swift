/// Reads the requirements file: the tender's requirements and our clause responses.
enum RequirementsLoader {
    /// Requirements, responses, and whether the document requirements are listed in the order the
    /// tender prescribes for the bid (`document_order: prescribed`).
    static func load(_ relative: String, paths: ProjectPaths, referencedAt location: SourceLocation) throws
        -> (requirements: [Requirement], responses: [ClauseResponse], orderPrescribed: Bool, source: DataSource)
    {
        let doc = try YAMLDocument(relative, in: paths, as: .requirements, referencedAt: location)
        let top = try doc.root.mapping(keys: ["requirements", "responses", "document_order"])
        var orderPrescribed = false
        if let order = top["document_order"] {
            switch try order.string() {
            case "prescribed": orderPrescribed = true
            case "free": orderPrescribed = false
            default: throw order.expected("'prescribed' or 'free'")
            }
        }
        var seen: [String: SourceLocation] = [:]
        let requirements = try top.required("requirements").list().map { value -> Requirement in
            let m = try value.mapping(keys: ["id", "kind", "category", "text", "marker", "mandatory", "bound", "scope_must_include"])
            let idValue = try m.required("id")
            let id = try idValue.nonEmptyString()
            if let first = seen[id] { throw idValue.error("duplicate requirement id '\(id)' (first defined at \(first))") }
            seen[id] = idValue.location
            let kind = try m.required("kind").enum(Requirement.Kind.self)
            let category = try m["category"]?.enum(Requirement.Category.self)
            if category != nil, kind != .clause, let c = m["category"] {
                throw c.error("'category' applies to clause requirements only ('\(id)' is a \(kind.rawValue))")
            }
            return Requirement(id: id, kind: kind, category: category, text: try m.string("text"),
                               marker: try RequirementMarkers.marker(m["marker"]), mandatory: try m["mandatory"]?.bool(),
                               bound: try RequirementMarkers.bound(m["bound"]),
                               scopeMustInclude: try m["scope_must_include"]?.list().map { try $0.nonEmptyString() } ?? [],
                               location: value.location)
        }
        var answered: [String: SourceLocation] = [:]
        let responses = try (top["responses"]?.list() ?? []).map { value -> ClauseResponse in
            let m = try value.mapping(keys: ["requirement", "response", "offer", "explanation", "section", "status"])
            let reqValue = try m.required("requirement")
            let id = try reqValue.nonEmptyString()
            guard let requirement = requirements.first(where: { $0.id == id }) else {
                throw reqValue.error("unknown requirement id '\(id)'" + DidYouMean.hint(for: id, among: requirements.map(\.id)))
            }
            guard requirement.kind == .clause else {
                throw reqValue.error("'\(id)' is a \(requirement.kind.rawValue) requirement; responses answer clauses")
            }
            if let first = answered[id] { throw reqValue.error("second response to '\(id)' (first at \(first))") }
            answered[id] = reqValue.location
            return ClauseResponse(
                requirement: id, response: try m.required("response").enum(ClauseResponse.Kind.self),
                offer: try m.optionalString("offer"), explanation: try m.optionalString("explanation"),
                section: try m.optionalString("section"), status: try m["status"]?.enum(SectionStatus.self), location: value.location)
        }
        return (requirements, responses, orderPrescribed, DataSource(doc))
    }
}
