/// Reads the requirements file: the tender's requirements and our clause responses.
enum RequirementsLoader {
    /// Requirements, responses, and whether the document requirements are listed in the order the
    /// tender prescribes for the bid (`document_order: prescribed`).
    static func load(_ relative: String, paths: ProjectPaths, referencedAt location: SourceLocation) throws
        -> (requirements: [Requirement], responses: [ClauseResponse], orderPrescribed: Bool, source: DataSource)
    {
        let doc = try YAMLDocument(relative, in: paths, as: .requirements, referencedAt: location)
        // Every requirement and response is read, and every field of each, even when another fails;
        // a response to a requirement that failed to load is not reported a second time.
        var g = ErrorGathering()
        let top = try doc.root.mapping(keys: ["requirements", "responses", "document_order"], gathering: &g)
        let orderPrescribed = g.read(false) { try top["document_order"].map(documentOrder) ?? false }
        var seen: [String: SourceLocation] = [:]
        let listed = g.read([]) { try top.required("requirements").list() }
        let requirements = g.each(listed) { try readRequirement($0, seen: &seen) }
        let written = Set(listed.compactMap(writtenID))
        var answered: [String: SourceLocation] = [:]
        let responseValues = g.read([]) { try top["responses"]?.list() ?? [] }
        let responses = g.each(responseValues) { value -> ClauseResponse in
            var e = ErrorGathering()
            let m = try value.mapping(keys: ["requirement", "response", "offer", "explanation", "section", "status"], gathering: &e)
            let id = e.read {
                let reqValue = try m.required("requirement")
                let id = try reqValue.nonEmptyString()
                guard let requirement = requirements.first(where: { $0.id == id }) else {
                    if written.contains(id) { throw ReportedElsewhere() }
                    throw reqValue.error("unknown requirement id '\(id)'" + DidYouMean.hint(for: id, among: requirements.map(\.id)))
                }
                guard requirement.kind == .clause else {
                    throw reqValue.error("'\(id)' is a \(requirement.kind.rawValue) requirement; responses answer clauses")
                }
                if let first = answered[id] { throw reqValue.error("second response to '\(id)' (first at \(first))") }
                answered[id] = reqValue.location
                return id
            }
            return try e.finish(ClauseResponse(
                requirement: id ?? "", response: e.read(.comply) { try m.required("response").enum(ClauseResponse.Kind.self) },
                offer: e.read(nil) { try m.optionalString("offer") }, explanation: e.read(nil) { try m.optionalString("explanation") },
                section: e.read(nil) { try m.optionalString("section") }, status: e.read(nil) { try m["status"]?.enum(SectionStatus.self) },
                location: value.location))
        }
        return try g.finish((requirements, responses, orderPrescribed, DataSource(doc)))
    }

    private static func documentOrder(_ order: YAMLValue) throws -> Bool {
        switch try order.string() {
        case "prescribed": return true
        case "free": return false
        default: throw order.expected("'prescribed' or 'free'")
        }
    }

    private static func readRequirement(_ value: YAMLValue, seen: inout [String: SourceLocation]) throws -> Requirement {
        var g = ErrorGathering()
        let m = try value.mapping(keys: ["id", "kind", "category", "text", "marker", "mandatory", "bound", "scope_must_include"], gathering: &g)
        let id = g.read("") {
            let idValue = try m.required("id")
            let id = try idValue.nonEmptyString()
            if let first = seen[id] { throw idValue.error("duplicate requirement id '\(id)' (first defined at \(first))") }
            seen[id] = idValue.location
            return id
        }
        let kind = g.read { try m.required("kind").enum(Requirement.Kind.self) }
        let category = g.read(nil) { try m["category"]?.enum(Requirement.Category.self) }
        if category != nil, let kind, kind != .clause, let c = m["category"] {
            g.record(c.error("'category' applies to clause requirements only ('\(id)' is a \(kind.rawValue))"))
        }
        return try g.finish(Requirement(
            id: id, kind: kind ?? .document, category: category, text: g.read("") { try m.string("text") },
            marker: g.read(nil) { try RequirementMarkers.marker(m["marker"]) }, mandatory: g.read(nil) { try m["mandatory"]?.bool() },
            bound: g.read(nil) { try RequirementMarkers.bound(m["bound"]) },
            scopeMustInclude: g.read([]) { try m["scope_must_include"]?.list().map { try $0.nonEmptyString() } ?? [] },
            location: value.location))
    }

    /// The id a requirement entry is written with, loaded or not.
    private static func writtenID(_ value: YAMLValue) -> String? {
        guard case .mapping(let m) = value.node, let v = m.first(where: { $0.key.string == "id" })?.value, case .scalar(let s) = v else { return nil }
        return s.string.trimmingCharacters(in: .whitespaces)
    }
}
