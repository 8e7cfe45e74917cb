import BidKitTestSupport
import Foundation
import Yams
@testable import BidKit

/// A sample tender's answer key (`Samples/tenders/*.expected.yaml`, written by make_tenders.py from
/// what it put into the document) and the comparison of an import with it.
struct AnswerKey {
    struct Clause {
        var id: String?
        var text: String
        var category: String
        var marker: String
        var mandatory: Bool
        var bound: (op: String, value: String, unit: String)?
    }

    var facts: [String: String] = [:]
    var documents: [String] = []
    var qualifications: [String] = []
    var clauses: [Clause] = []
    var scoring: [(item: String, weight: String)] = []
    var changes: [[String: String]] = []

    static func samplePath(_ name: String) -> String { TestPaths.packageRoot + "/Samples/tenders/" + name }

    init(_ name: String) throws {
        let text = try String(contentsOfFile: Self.samplePath(name + ".expected.yaml"), encoding: .utf8)
        guard let root = try Yams.load(yaml: text) as? [String: Any] else { return }
        facts = (root["facts"] as? [String: Any] ?? [:]).mapValues { "\($0)" }
        documents = root["documents"] as? [String] ?? []
        qualifications = root["qualifications"] as? [String] ?? []
        for c in root["clauses"] as? [[String: Any]] ?? [] {
            let b = c["bound"] as? [String: Any]
            clauses.append(Clause(id: c["id"] as? String, text: c["text"] as? String ?? "", category: c["category"] as? String ?? "",
                                  marker: c["marker"] as? String ?? "", mandatory: c["mandatory"] as? Bool ?? false,
                                  bound: b.map { ("\($0["op"] ?? "")", "\($0["value"] ?? "")", "\($0["unit"] ?? "")") }))
        }
        scoring = (root["scoring"] as? [[String: Any]] ?? []).map { ("\($0["item"] ?? "")", "\($0["weight"] ?? "")") }
        changes = (root["changes"] as? [[String: Any]] ?? []).map { c in
            var flat: [String: String] = [:]
            for (k, v) in c {
                if let d = v as? [String: Any] { for (kk, vv) in d { flat["\(k).\(kk)"] = "\(vv)" } } else { flat[k] = "\(v)" }
            }
            return flat
        }
    }

    /// The imported clause that answers `c`: by printed id when the key has one, else by text.
    func match(_ c: Clause, in result: TenderImport) -> ImportedRequirement? {
        let clauses = result.requirements.filter { $0.kind == .clause }
        if let id = c.id { return clauses.first { $0.id == id } }
        return clauses.first { ClauseText.key($0.text) == ClauseText.key(c.text) }
    }

    /// Imported clauses that answer no clause of the key.
    func spurious(in result: TenderImport) -> [ImportedRequirement] {
        let matched = Set(clauses.compactMap { match($0, in: result)?.id })
        return result.requirements.filter { $0.kind == .clause && !matched.contains($0.id) }
    }

    /// The import's facts as the key writes them.
    static func facts(of result: TenderImport) -> [String: String] {
        var out: [String: String] = [:]
        for e in result.facts.entries { out[e.key] = e.value }
        return out
    }
}
