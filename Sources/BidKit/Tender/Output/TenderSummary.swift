import BidKitTextLayout
import Foundation

/// What an import found, for the terminal: counts by kind and marker, the facts with their places,
/// and the candidates left for a person.
public enum TenderSummary {
    public static func text(_ r: TenderImport) -> String {
        let clauses = r.requirements.filter { $0.kind == .clause }
        let count = { (k: Requirement.Kind) in r.requirements.filter { $0.kind == k }.count }
        var out = "\(r.file): \(r.requirements.count) requirements — \(count(.document)) documents, \(count(.qualification)) qualifications, "
        out += "\(clauses.count) clauses (★ \(clauses.filter { $0.marker == .star }.count), ▲ \(clauses.filter { $0.marker == .triangle }.count), "
        out += "mandatory \(clauses.filter(\.mandatory).count)); \(r.scoring.count) scoring rows; \(r.unclassified.count) unclassified\n"
        let facts = r.facts.entries
        if !facts.isEmpty {
            out += "tender facts:\n"
            let width = facts.map { DisplayWidth.of($0.key) }.max() ?? 0
            for f in facts { out += "  \(TextPad.pad(f.key, to: width))  \(f.value)  (\(f.place.label))\n" }
        }
        let missing = ["number", "buyer", "deadline", "validity_days"].filter { key in !facts.contains { $0.key == key } }
        if !missing.isEmpty { out += "not found (fill in by hand): \(missing.joined(separator: ", "))\n" }
        for u in r.unclassified.prefix(20) { out += "  unclassified \(u.place.label): \(TenderYAML.commentText(u.text)) — \(u.reason)\n" }
        if r.unclassified.count > 20 { out += "  … \(r.unclassified.count - 20) more in \(TenderFiles.recordName)\n" }
        return String(out.dropLast())
    }
}

/// Where a project keeps what the importer writes.
public enum TenderProjectFiles {
    /// The requirements file bid.yaml names (`tender.requirements`), or nil when bid.yaml cannot say.
    public static func requirementsFile(of project: String) -> String? {
        let url = URL(fileURLWithPath: project).appendingPathComponent("bid.yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8), let doc = try? YAMLDocument(text: text, file: "bid.yaml"),
              let tender = try? doc.root.mapping(keys: ProjectLoader.topKeys)["tender"],
              let path = try? tender.mapping(keys: ProjectLoader.tenderKeys)["requirements"]?.string() else { return nil }
        return path
    }
}
