import Foundation

/// One difference between two versions of a tender: a requirement changed, added or removed, or a
/// fact (deadline, ceiling …) with a new value. An amendment notice is a list of these; so is the
/// diff of two imports.
public struct TenderChange: Sendable, Equatable {
    public enum Kind: String, Sendable { case added, modified, removed, fact }

    public var kind: Kind
    /// The requirement id, or the fact's bid.yaml key under `tender:` (deadline, ceiling …).
    public var id: String
    public var before: String?
    public var after: String?
    public var marker: RequirementMarker = .none
    public var mandatory = false
    public var category: Requirement.Category?
    public var bound: RequirementBound?
    public var place: TenderPlace?

    public init(kind: Kind, id: String, before: String? = nil, after: String? = nil) {
        self.kind = kind
        self.id = id
        self.before = before
        self.after = after
    }

    public static func == (a: TenderChange, b: TenderChange) -> Bool {
        a.kind == b.kind && a.id == b.id && a.before == b.before && a.after == b.after && a.marker == b.marker && a.mandatory == b.mandatory
    }

    /// One line for the terminal: `~ 3.2 ★质保期… → ★质保期…`, `+ 3.9 …`, `- 3.7 …`, `~ tender.deadline a → b`.
    public var line: String {
        let mark = marker.rawValue
        switch kind {
        case .added: return "+ \(id) \(mark)\(after ?? "")"
        case .removed: return "- \(id) \(before ?? "")"
        case .modified: return "~ \(id) \(before ?? "?") → \(mark)\(after ?? "")"
        case .fact: return "~ tender.\(id) \(before ?? "(none)") → \(after ?? "(none)")"
        }
    }
}

/// The difference between two imports of a tender (or two requirements files): what `tender diff`
/// prints and what an amendment must account for.
public enum TenderDiff {
    public static func changes(from old: TenderImport, to new: TenderImport) -> [TenderChange] {
        var out: [TenderChange] = []
        let oldFacts = Dictionary(old.facts.entries.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        for f in new.facts.entries where oldFacts[f.key] != f.value {
            out.append(TenderChange(kind: .fact, id: f.key, before: oldFacts[f.key], after: f.value))
        }
        let newIDs = Set(new.requirements.map(\.id))
        for r in new.requirements {
            guard let before = old.requirement(r.id) else {
                out.append(change(.added, r, before: nil))
                continue
            }
            if before.text != r.text || before.marker != r.marker || before.mandatory != r.mandatory || before.kind != r.kind {
                out.append(change(.modified, r, before: before.marker.rawValue + before.text))
            }
        }
        for r in old.requirements where !newIDs.contains(r.id) {
            out.append(TenderChange(kind: .removed, id: r.id, before: r.marker.rawValue + r.text))
        }
        return out
    }

    static func change(_ kind: TenderChange.Kind, _ r: ImportedRequirement, before: String?) -> TenderChange {
        var c = TenderChange(kind: kind, id: r.id, before: before, after: r.text)
        c.marker = r.marker
        c.mandatory = r.mandatory
        c.category = r.category
        c.bound = r.bound
        c.place = r.place
        return c
    }

    /// A requirements file read as an import (no facts, no places), so two files can be compared.
    public static func requirementsFile(_ path: String) throws -> TenderImport {
        let url = URL(fileURLWithPath: path)
        let paths = ProjectPaths(root: url.deletingLastPathComponent(), displayRoot: (path as NSString).deletingLastPathComponent)
        let loaded = try RequirementsLoader.load(url.lastPathComponent, paths: paths, referencedAt: SourceLocation(file: path))
        let requirements = loaded.requirements.map { r in
            ImportedRequirement(id: r.id, printedID: true, kind: r.kind, category: r.category, text: r.text,
                                marker: r.mandatory && r.kind == .clause ? .star : .none, mandatory: r.mandatory, modal: nil,
                                bound: nil, place: TenderPlace(), quote: r.text)
        }
        return TenderImport(file: path, language: .zh, requirements: requirements)
    }
}
