import Foundation

/// `bidkit init --from-tender`: a template's skeleton fitted to an imported tender. The requirements
/// are the import (plus the template's own format rules); each required document is covered by the
/// template section whose title names it, or by a new section written for it; the qualification
/// list answers every qualification requirement; bid.yaml gets the tender's facts.
struct TenderProjectDraft {
    let tender: TenderImport
    let template: BidTemplate
    /// The skeleton's starter requirements, for their texts and format rules.
    let skeleton: [Requirement]

    /// Files a fitted project adds to the skeleton (new sections' stubs), project-relative.
    private(set) var files: [(path: String, text: String)] = []

    init(tender: TenderImport, template: BidTemplate, skeleton: [Requirement]) {
        self.tender = tender
        self.template = template
        self.skeleton = skeleton
    }

    var formatRules: [Requirement] { skeleton.filter { $0.kind == .format } }

    /// The requirements file of the new project.
    func requirementsText(sourceName: String) -> String {
        var result = tender
        result.requirements += formatRules.map { r in
            ImportedRequirement(id: r.id, printedID: true, kind: .format, category: nil, text: r.text, marker: .none,
                                mandatory: r.mandatory, modal: nil, bound: nil, place: TenderPlace(), quote: "(template \(template.name))")
        }
        return TenderYAML.requirementsText(result, sourceName: sourceName)
    }

    /// The template with covers matched to the tender's documents and sections added for the rest.
    mutating func fittedTemplate() -> BidTemplate {
        var t = template
        let documents = tender.requirements.filter { $0.kind == .document }
        let qualifications = tender.requirements.filter { $0.kind == .qualification }.map(\.id)
        let keep = Set(formatRules.map(\.id))
        var covered = Set<String>()
        var newCovers: [String: [String]] = [:]
        for doc in documents {
            var best: (section: String, score: Double)?
            for s in template.sections {
                let names = [s.title] + s.covers.compactMap { id in skeleton.first { $0.id == id && $0.kind == .document }?.text }
                let score = names.map { Self.similarity($0, Self.title(doc.text)) }.max() ?? 0
                if score >= 0.6, score > (best?.score ?? 0) { best = (s.id, score) }
            }
            if let best {
                newCovers[best.section, default: []].append(doc.id)
                covered.insert(doc.id)
            }
        }
        for p in t.parts.indices {
            for i in t.parts[p].sections.indices {
                var s = t.parts[p].sections[i]
                s.covers = s.covers.filter(keep.contains) + (newCovers[s.id] ?? [])
                if s.generate == .qualificationList { s.covers += qualifications }
                t.parts[p].sections[i] = s
            }
        }
        let zh = template.language == .zh
        // A document the template lacks gets a section of its own, placed after the section of the
        // document before it, so the binding order stays the one the tender prescribes.
        for (k, doc) in documents.enumerated() where !covered.contains(doc.id) {
            guard let last = t.parts.indices.last else { break }
            let path = "sections/required/\(doc.id.lowercased()).md"
            let stub = zh ? "TODO：按招标文件规定的格式编写《\(doc.text)》（招标文件 \(doc.place.label)）。\n"
                : "TODO: write \(doc.text) in the format the tender prescribes (tender \(doc.place.label)).\n"
            files.append((path, stub))
            let section = TemplateSection(
                id: "required-\(doc.id.lowercased())", title: Self.title(doc.text), source: path, generate: nil, role: t.roles.first?.id,
                owner: nil, dueDaysBefore: 3, covers: [doc.id], location: SourceLocation(file: tender.file))
            let previous = documents[..<k].reversed().map(\.id)
            var placed = false
            for id in previous where !placed {
                for p in t.parts.indices {
                    if let i = t.parts[p].sections.firstIndex(where: { $0.covers.contains(id) }) {
                        t.parts[p].sections.insert(section, at: i + 1)
                        placed = true
                        break
                    }
                }
            }
            if !placed { t.parts[last].sections.append(section) }
        }
        t.bid = fittedBid(t.bid)
        return t
    }

    /// bid.yaml values from the tender's facts; the bidder offers at least the required validity and bond.
    private func fittedBid(_ bid: YAMLTree) -> YAMLTree {
        let f = tender.facts
        var tenderBlock = bid["tender"] ?? .mapping([])
        if let v = f.agent?.value { tenderBlock = tenderBlock.setting("agent", .scalar(v)) }
        if let v = f.lot?.value { tenderBlock = tenderBlock.setting("lot", .scalar(v)) }
        if let v = f.validityDays?.value { tenderBlock = tenderBlock.setting("validity_days", .plain(String(v))) }
        if let v = f.ceiling?.value { tenderBlock = tenderBlock.setting("ceiling", .plain(TenderAmount.text(v))) }
        if let v = f.bidBond?.value { tenderBlock = tenderBlock.setting("bid_bond", .plain(TenderAmount.text(v))) }
        var bidder = bid["bidder"] ?? .mapping([])
        if let days = f.validityDays?.value {
            let offered = bidder["validity_days"].flatMap { tree -> Int? in
                if case .plain(let s) = tree { return Int(s) }
                if case .scalar(let s) = tree { return Int(s) }
                return nil
            } ?? 0
            if offered < days { bidder = bidder.setting("validity_days", .plain(String(days))) }
        }
        if let v = f.bidBond?.value { bidder = bidder.setting("bid_bond", .plain(TenderAmount.text(v))) }
        var out = bid.setting("tender", tenderBlock).setting("bidder", bidder)
        if let code = f.currency?.value {
            out = out.setting("pricing", (bid["pricing"] ?? .mapping([])).setting("currency", .scalar(code)))
        }
        return out
    }

    /// A section title from a document's name: "Form B – Price Proposal" → "Price Proposal".
    static func title(_ document: String) -> String {
        guard let r = document.range(of: #"^Form [A-Z0-9]{1,3}\s*[–—-]\s*"#, options: .regularExpression) else { return document }
        let rest = String(document[r.upperBound...])
        return rest.isEmpty ? document : rest
    }

    /// 1 when one title contains the other (parenthetical notes aside), else the Dice coefficient of
    /// their character bigrams: 投标保证金凭证 / 投标保证金缴纳凭证 ≈ 0.77.
    static func similarity(_ a: String, _ b: String) -> Double {
        func core(_ s: String) -> [Character] {
            Array(s.replacingOccurrences(of: #"[（(][^）)]*[）)]"#, with: "", options: .regularExpression).lowercased()
                .filter { $0.isLetter || $0.isNumber })
        }
        let x = core(a), y = core(b)
        guard !x.isEmpty, !y.isEmpty else { return 0 }
        if String(x).contains(String(y)) || String(y).contains(String(x)) { return 1 }
        func bigrams(_ c: [Character]) -> [String] { c.count < 2 ? [String(c)] : (0..<(c.count - 1)).map { String(c[$0...$0 + 1]) } }
        let bx = bigrams(x), by = bigrams(y)
        var pool = by, shared = 0
        for g in bx { if let i = pool.firstIndex(of: g) { shared += 1; pool.remove(at: i) } }
        return 2 * Double(shared) / Double(bx.count + by.count)
    }
}

extension TenderProjectDraft {
    /// Reads the tender and fills what the command line left open from its facts (the command line wins).
    static func start(from path: String, template: BidTemplate, request: inout InitRequest) throws -> TenderProjectDraft {
        let result = TenderImporter.importTender(try TenderReader.read(path))
        let f = result.facts
        request.tenderNumber = request.tenderNumber ?? f.number?.value
        request.buyer = request.buyer ?? f.buyer?.value
        request.projectName = request.projectName ?? f.project?.value
        request.deadline = request.deadline ?? f.deadline?.value
        let skeleton = ProjectPaths(root: URL(fileURLWithPath: template.skeletonFolder), displayRoot: template.skeletonFolder)
        let starter = try RequirementsLoader.load(TemplateSkeleton.requirementsFile, paths: skeleton,
                                                  referencedAt: SourceLocation(file: template.folder)).requirements
        return TenderProjectDraft(tender: result, template: template, skeleton: starter)
    }

    /// The requirements file, the import record and the new sections' stubs, into the new project.
    func write(into folder: URL, sourceName: String) throws {
        let text = requirementsText(sourceName: sourceName)
        try Data(text.utf8).write(to: folder.appendingPathComponent(TemplateSkeleton.requirementsFile))
        let record = TenderYAML.recordText(tender, sourceName: sourceName,
                                           generated: [(TemplateSkeleton.requirementsFile, RequirementIDs.fingerprint(text))])
        try Data(record.utf8).write(to: folder.appendingPathComponent(TenderFiles.recordName))
        for file in files {
            let url = folder.appendingPathComponent(file.path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.text.utf8).write(to: url)
        }
    }
}
