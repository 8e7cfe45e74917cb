/// Where each section of bid.yaml stands in the assembled bid: its part and its number path, as
/// the assembler numbers it (the table of contents is not a numbered section). The assembler and
/// every table that points at a section read it from here, so a cross-reference always prints the
/// number the heading has.
struct SectionPlaces: Sendable {
    struct Place: Sendable {
        /// Index of the part in bid.yaml.
        var part: Int
        var plan: SectionPlan
        /// [part, section], 1-based.
        var path: [Int]
        var numbered: Bool
    }

    let all: [Place]
    private let language: Language
    private let partTitles: [String]
    private let byID: [String: Place]

    init(_ project: Project) {
        var places: [Place] = []
        for (p, partPlan) in project.parts.enumerated() {
            var counter = 0
            for plan in partPlan.sections {
                let isTOC: Bool
                if case .generated(.toc) = plan.content { isTOC = true } else { isTOC = false }
                if !isTOC { counter += 1 }
                places.append(Place(part: p, plan: plan, path: [p + 1, counter], numbered: !isTOC))
            }
        }
        all = places
        language = project.language
        partTitles = project.parts.enumerated().map { p, plan in
            Heading.join(number: Numbering.number([p + 1], language: project.language), title: plan.title)
        }
        byID = Dictionary(places.map { ($0.plan.id, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// Section `id` as a table cites it, linked to its heading: "第一章 商务部分 / 七、资格证明文件"
    /// (Chinese sections are numbered within their chapter, so the chapter makes the reference
    /// unique), "1.7 Qualifications" (English numbers already carry the part). nil for an unknown id.
    func reference(to id: String) -> Inline? {
        guard let place = byID[id] else { return nil }
        let section = place.numbered ? Heading.join(number: Numbering.number(place.path, language: language), title: place.plan.title) : place.plan.title
        let text = language == .zh && place.numbered ? "\(partTitles[place.part]) / \(section)" : section
        return .link(url: "#" + id, content: [.text(text)])
    }

    /// Several sections in one cell, separated by "；" / "; ".
    func references(to ids: [String]) -> [Inline] {
        var out: [Inline] = []
        for reference in ids.compactMap(reference) {
            if !out.isEmpty { out.append(.text(language == .zh ? "；" : "; ")) }
            out.append(reference)
        }
        return out
    }
}
