/// The import as files: the draft requirements file in BidKit's own format (docs/bid-project.md),
/// each entry under a comment with its place and quoted text, and the import record
/// (`tender-import.yaml`): the facts for bid.yaml's `tender:` block, where everything was found, the
/// scoring table and the unclassified candidates. Same import, same bytes.
public enum TenderYAML {
    /// Issue 10's `marker:` and `bound:` keys; written once the requirements loader reads them.
    static let writesMarkerAndBound = false

    public static func requirementsText(_ result: TenderImport, sourceName: String) -> String {
        let zh = result.language == .zh
        var out = zh
            ? "# 招标文件要求草稿，由 bidkit tender import 自 \(sourceName) 导入。请逐条对照招标文件核对：\n# 每条要求上方的注释为其在招标文件中的位置（¶ 段落号，p. 页码）及原文。\n"
            : "# Draft requirements imported by bidkit tender import from \(sourceName). Check each one against the\n# tender: the comment above an entry gives its place (¶ paragraph, p. page) and the text as printed.\n"
        out += "# docs/bid-project.md, docs/tender-import.md\n\n"
        if result.requirements.contains(where: { $0.kind == .document }) { out += "document_order: prescribed\n\n" }
        out += "requirements:\n"
        var lastKind: Requirement.Kind?
        for r in result.requirements {
            if r.kind != lastKind {
                if lastKind != nil { out += "\n" }
                out += "  # ---- \(heading(r.kind, zh: zh)) ----\n"
                lastKind = r.kind
            }
            let place = r.place.paragraph == nil && r.place.page == nil ? "" : "\(r.place.label): "
            out += "  # \(place)\(commentText(r.quote))\n"
            out += indent(quotingNumericID(YAMLEmitter.emit(.list([entry(r)])), r.id), by: 2)
        }
        return out + "\nresponses:\n"
    }

    /// `id: "3.2"`, not `id: 3.2`: other YAML readers (PyYAML, a spreadsheet import) would take a
    /// plain 3.2 for a number and 2.10 for 2.1.
    static func quotingNumericID(_ emitted: String, _ id: String) -> String {
        guard id.range(of: #"^[0-9][0-9.]*$"#, options: .regularExpression) != nil else { return emitted }
        return emitted.replacingOccurrences(of: "- id: \(id)\n", with: "- id: \"\(id)\"\n")
    }

    static func entry(_ r: ImportedRequirement) -> YAMLTree {
        var e: [YAMLTree.Entry] = [.init(key: "id", value: .scalar(r.id)), .init(key: "kind", value: .scalar(r.kind.rawValue))]
        if let c = r.category { e.append(.init(key: "category", value: .scalar(c.rawValue))) }
        e.append(.init(key: "text", value: .scalar(r.text)))
        if writesMarkerAndBound, r.marker != .none { e.append(.init(key: "marker", value: .scalar(r.marker.rawValue))) }
        if r.mandatory { e.append(.init(key: "mandatory", value: .plain("true"))) }
        if writesMarkerAndBound, let b = r.bound { e.append(.init(key: "bound", value: boundTree(b))) }
        return .mapping(e)
    }

    static func boundTree(_ b: RequirementBound) -> YAMLTree {
        .mapping([.init(key: "op", value: .scalar(b.op.rawValue)), .init(key: "value", value: .plain("\(b.value)")),
                  .init(key: "unit", value: .scalar(b.unit))])
    }

    /// The import record: everything a reviewer needs beside the requirements, and what `tender
    /// amend` and a later import compare against.
    public static func recordText(_ result: TenderImport, sourceName: String, generated: [(String, String)]) -> String {
        var top: [YAMLTree.Entry] = [.init(key: "source", value: .scalar(sourceName)),
                                     .init(key: "language", value: .scalar(result.language.rawValue))]
        top.append(.init(key: "tender", value: .mapping(result.facts.entries.map { .init(key: $0.key, value: .scalar($0.value)) })))
        var sources: [YAMLTree] = result.facts.entries.map { place("tender.\($0.key)", $0.place, $0.quote) }
        sources += result.requirements.map { r in
            var m = place(r.id, r.place, r.quote)
            if case .mapping(var e) = m {
                if r.marker != .none { e.append(.init(key: "marker", value: .scalar(r.marker.rawValue))) }
                if let modal = r.modal { e.append(.init(key: "modal", value: .scalar(modal))) }
                if let b = r.bound { e.append(.init(key: "bound", value: boundTree(b))) }
                if !r.printedID { e.append(.init(key: "generated_id", value: .plain("true"))) }
                m = .mapping(e)
            }
            return m
        }
        top.append(.init(key: "sources", value: .list(sources)))
        top.append(.init(key: "scoring", value: .list(result.scoring.map { s in
            .mapping([.init(key: "item", value: .scalar(s.item)), .init(key: "weight", value: .plain("\(s.weight)")),
                      .init(key: "criteria", value: .scalar(s.criteria)), .init(key: "place", value: .scalar(s.place.label))])
        })))
        top.append(.init(key: "unclassified", value: .list(result.unclassified.map { u in
            .mapping([.init(key: "place", value: .scalar(u.place.label)), .init(key: "text", value: .scalar(u.text)),
                      .init(key: "reason", value: .scalar(u.reason))])
        })))
        top.append(.init(key: "generated", value: .mapping(generated.map { .init(key: $0.0, value: .scalar($0.1)) })))
        let header = "# Import record written by bidkit tender import (docs/tender-import.md). 'tender' is ready for\n"
            + "# bid.yaml's tender: block (project → project.name, currency → pricing.currency); 'generated' tells\n"
            + "# an untouched requirements file (replaced by the next import) from an edited one (kept).\n\n"
        // Requirement ids that look like numbers are quoted (see `quotingNumericID`).
        let lines = YAMLEmitter.emit(.mapping(top)).split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            guard let r = line.range(of: #"^\s*- what: [0-9][0-9.]*$"#, options: .regularExpression) else { return String(line) }
            let id = line[r].split(separator: " ").last.map(String.init) ?? ""
            return line.replacingOccurrences(of: "what: \(id)", with: "what: \"\(id)\"")
        }
        return header + lines.joined(separator: "\n")
    }

    private static func place(_ what: String, _ p: TenderPlace, _ quote: String) -> YAMLTree {
        .mapping([.init(key: "what", value: .scalar(what)), .init(key: "place", value: .scalar(p.label)),
                  .init(key: "quote", value: .scalar(quote))])
    }

    private static func heading(_ kind: Requirement.Kind, zh: Bool) -> String {
        switch kind {
        case .document: return zh ? "投标文件组成（按招标文件规定的顺序）" : "Required documents, in the order the tender prescribes"
        case .qualification: return zh ? "投标人资格要求" : "Qualification requirements"
        case .clause: return zh ? "技术、商务条款" : "Technical and commercial clauses"
        case .format: return zh ? "格式要求" : "Format rules"
        }
    }

    /// A quote on one comment line: no line breaks, at most 120 characters.
    static func commentText(_ s: String) -> String {
        let flat = s.map { $0.isNewline ? " " : $0 }
        return flat.count > 120 ? String(flat.prefix(119)) + "…" : String(flat)
    }

    static func indent(_ text: String, by n: Int) -> String {
        let pad = String(repeating: " ", count: n)
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : pad + $0 }.joined(separator: "\n")
    }
}
