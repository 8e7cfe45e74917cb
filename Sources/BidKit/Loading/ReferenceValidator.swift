/// Cross-file references: every requirement id a section, qualification or response names must exist,
/// and every section a response points to must exist. Reports all broken references at once; none of
/// them makes the project unusable (a dangling id answers nothing), so they are recoverable problems.
enum ReferenceValidator {
    static func errors(in project: Project) -> [LoadError] {
        let requirementIDs = project.requirements.map(\.id)
        let sectionIDs = project.sections.map(\.id)
        var errors: [LoadError] = []
        func checkRequirement(_ id: String, at location: SourceLocation) {
            if !requirementIDs.contains(id) {
                errors.append(LoadError(location, "unknown requirement id '\(id)'" + DidYouMean.hint(for: id, among: requirementIDs)))
            }
        }
        for section in project.sections {
            for id in section.covers { checkRequirement(id, at: section.location) }
        }
        for q in project.bidder.qualifications {
            if let id = q.requirement { checkRequirement(id, at: q.location) }
        }
        for r in project.responses {
            if let s = r.section, !sectionIDs.contains(s) {
                errors.append(LoadError(r.location, "unknown section id '\(s)'" + DidYouMean.hint(for: s, among: sectionIDs)))
            }
        }
        return errors
    }
}
