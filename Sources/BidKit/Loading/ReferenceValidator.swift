/// Cross-file references: every requirement id a section, qualification or response names must exist,
/// and every section a response points to must exist. Reports all broken references at once; none of
/// them makes the project unusable (a dangling id answers nothing), so they are recoverable problems.
///
/// It also runs when another block of bid.yaml failed, on what did load: a reference is checked only
/// against a list that loaded (`requirements` nil: the requirements file failed), and a section is
/// known when it is written in `parts:`, loaded or not, so no reference repeats an earlier error.
enum ReferenceValidator {
    static func errors(requirements: [Requirement]?, sections: [SectionPlan], sectionIDs: [String]?,
                       qualifications: [Qualification], responses: [ClauseResponse]) -> [LoadError] {
        var errors: [LoadError] = []
        if let requirementIDs = requirements?.map(\.id) {
            func checkRequirement(_ id: String, at location: SourceLocation) {
                if !requirementIDs.contains(id) {
                    errors.append(LoadError(location, "unknown requirement id '\(id)'" + DidYouMean.hint(for: id, among: requirementIDs)))
                }
            }
            for section in sections {
                for id in section.covers { checkRequirement(id, at: section.location) }
            }
            for q in qualifications {
                if let id = q.requirement { checkRequirement(id, at: q.location) }
            }
        }
        if let sectionIDs {
            for r in responses {
                if let s = r.section, !sectionIDs.contains(s) {
                    errors.append(LoadError(r.location, "unknown section id '\(s)'" + DidYouMean.hint(for: s, among: sectionIDs)))
                }
            }
        }
        return errors
    }
}
