/// The skeleton's promises to every project made from it: it brings a requirements file, leaves
/// bid.yaml to `bidkit init`, and its task breakdown covers every document the requirements list —
/// so a fresh project's `check` reports fill-in markers, never a missing document.
enum TemplateSkeleton {
    static let requirementsFile = "requirements.yaml"

    static func validate(parts: [TemplatePart], skeleton: ProjectPaths, template: SourceLocation) throws {
        if skeleton.exists("bid.yaml") {
            throw LoadError(SourceLocation(file: skeleton.display("bid.yaml")),
                            "a skeleton must not hold bid.yaml: bidkit init writes it from template.yaml (move its values under 'bid:')")
        }
        guard skeleton.exists(requirementsFile) else {
            throw LoadError(template, "the skeleton has no \(requirementsFile) (the starter requirements every project begins with)")
        }
        let (requirements, responses, _, _) = try RequirementsLoader.load(requirementsFile, paths: skeleton, referencedAt: template)
        let sections = parts.flatMap(\.sections)
        let requirementIDs = requirements.map(\.id), sectionIDs = sections.map(\.id)
        for section in sections {
            for id in section.covers where !requirementIDs.contains(id) {
                throw LoadError(section.location, "section '\(section.id)' covers unknown requirement '\(id)'"
                                + DidYouMean.hint(for: id, among: requirementIDs))
            }
        }
        for response in responses {
            if let id = response.section, !sectionIDs.contains(id) {
                throw LoadError(response.location, "response to \(response.requirement) names unknown section '\(id)'"
                                + DidYouMean.hint(for: id, among: sectionIDs))
            }
        }
        for req in requirements where req.kind == .document && !sections.contains(where: { $0.covers.contains(req.id) }) {
            throw LoadError(req.location, "document requirement \(req.id) '\(req.text)' is covered by no section of template.yaml; add it to a section's 'covers'")
        }
    }
}
