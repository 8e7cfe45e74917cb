/// A clause response `bidkit tender amend` set back to `review` because the buyer changed its
/// requirement: who must look at it again, in which section. `bidkit tasks` lists them after the
/// sections and tasks, so an amendment's work shows up where the team looks for its own.
public struct ResponseReview: Sendable, Equatable {
    public var requirement: String
    /// The requirement as it reads now, with its marker (empty when the requirement is gone).
    public var text: String
    /// The section the response names, else each section covering the requirement.
    public var sections: [(id: String, title: String, owner: String)]
    public var location: SourceLocation

    public static func == (a: ResponseReview, b: ResponseReview) -> Bool {
        a.requirement == b.requirement && a.text == b.text && a.sections.map(\.id) == b.sections.map(\.id)
    }

    /// Every response in `review`, in the requirements file's order.
    static func all(in project: Project) -> [ResponseReview] {
        project.responses.filter { $0.status == .review }.map { r in
            let named = r.section.flatMap { id in project.sections.first { $0.id == id } }
            let sections = named.map { [$0] } ?? project.sections.filter { $0.covers.contains(r.requirement) }
            return ResponseReview(requirement: r.requirement, text: project.requirement(r.requirement)?.markedText ?? "",
                                  sections: sections.map { ($0.id, $0.title, $0.owner) }, location: r.location)
        }
    }

    /// "after-sales (王芳)", "technical-proposal (张伟), compliance-matrix (李娜)", or "-" for none.
    var sectionsText: String {
        sections.isEmpty ? "-" : sections.map { "\($0.title) (\($0.owner))" }.joined(separator: ", ")
    }

    var json: JSONValue {
        .object([
            ("requirement", .string(requirement)), ("text", .string(text)),
            ("sections", .array(sections.map { .object([("section", .string($0.id)), ("title", .string($0.title)), ("owner", .string($0.owner))]) })),
            ("status", .string(SectionStatus.review.rawValue)),
            ("location", .string(location.description)),
        ])
    }
}
