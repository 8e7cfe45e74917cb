import Foundation

/// Turns a tender document into a `TenderImport`: one pass in reading order, keeping the outline
/// (chapter and section, whatever way their titles were typed), reading facts wherever they are
/// printed, and classifying each paragraph and table row (see docs/tender-import.md for the rules).
public enum TenderImporter {
    public static func importTender(_ document: TenderDocument, language: Language? = nil) -> TenderImport {
        let lang = language ?? detectLanguage(document)
        var state = ImportState(language: lang)
        for block in document.blocks {
            switch block {
            case .paragraph(let p): state.visit(p)
            case .table(let t): state.visit(t)
            }
        }
        var result = TenderImport(file: document.file, language: lang, facts: state.facts.facts, scoring: state.scoring,
                                  unclassified: state.unclassified)
        result.requirements = state.documents + state.qualifications + RequirementIDs.assign(state.clauses)
        return result
    }

    /// zh when CJK characters make up a tenth of the letters.
    static func detectLanguage(_ document: TenderDocument) -> Language {
        var cjk = 0, letters = 0
        for case .paragraph(let p) in document.blocks.prefix(400) {
            for u in p.text.unicodeScalars {
                if ClauseText.isCJK(u) { cjk += 1; letters += 1 } else if CharacterSet.letters.contains(u) { letters += 1 }
            }
        }
        return letters > 0 && cjk * 10 >= letters ? .zh : .en
    }

    /// Which is the printed number of a "2 主要设备技术参数" style heading, or "T" for technical rows.
    static func rowPrefix(heading: String?, category: Requirement.Category) -> String {
        heading ?? (category == .technical ? "T" : "C")
    }
}

/// The importer's running state: the outline, and what it has found so far.
struct ImportState {
    let language: Language
    var outline = TenderOutline()
    var facts: FactReader
    var documents: [ImportedRequirement] = []
    var qualifications: [ImportedRequirement] = []
    var clauses: [ImportedRequirement] = []
    var scoring: [ScoringRow] = []
    var unclassified: [UnclassifiedCandidate] = []
    /// The forms chapter's list of documents ends at the first form's title.
    private var formsListClosed = false

    init(language: Language) {
        self.language = language
        facts = FactReader(language: language)
    }

    mutating func visit(_ p: TenderParagraph) {
        let text = ClauseText.normalize(p.text)
        guard !text.isEmpty else { return }
        if outline.part == .forms, !formsListClosed, p.headingLevel == nil, !p.bold, !p.centered, let title = Self.documentTitle(text) {
            documents.append(requirement(kind: .document, id: String(format: "D-%02d", documents.count + 1), printed: false,
                                         text: title, marker: .none, mandatory: !Self.isOptional(title), place: p.place, quote: text))
            return
        }
        let chapterBefore = outline.chapter
        if outline.visit(p, text: text) {
            if outline.chapter == .forms, chapterBefore == .forms, !documents.isEmpty { formsListClosed = true }
            return
        }
        facts.read(paragraph: text, place: p.place)
        classify(text, place: p.place)
    }

    /// One paragraph of body text.
    private mutating func classify(_ text: String, place: TenderPlace) {
        let number = ClauseText.leadingNumber(text)
        let afterNumber = number?.rest ?? text
        let (marker, body) = ClauseText.leadingMarker(afterNumber)
        let part = outline.part
        if part == .scoring || part == .forms || part == .cover { return }
        let printed = number.flatMap { $0.kind == .item ? nil : $0.number }
        if part == .qualification {
            let modal = ClauseText.modal(body)
            if marker != .none || number != nil || modal != nil {
                qualifications.append(requirement(kind: .qualification, id: String(format: "Q-%02d", qualifications.count + 1), printed: false,
                                                  text: ClauseText.trimmedEnd(body), marker: marker, mandatory: true, place: place, quote: text))
            }
            return
        }
        if marker != .none {
            addClause(printed, body, marker: marker, mandatory: marker == .star, modal: nil, place: place, quote: text)
            return
        }
        if language == .en, let modal = ClauseText.modal(body) {
            let subject = ClauseText.subject(body, modal: modal)
            if Self.isBuyer(subject) {
                unclassified.append(.init(text: text, reason: "states what the buyer \(modal) do, not a requirement of the bidder", place: place))
            } else if modal == "may", !Self.isOffering(subject) {
                unclassified.append(.init(text: text, reason: "'may' grants a permission here; import it by hand if it is a desirable requirement", place: place))
            } else {
                addClause(printed, body, marker: .none, mandatory: modal == "shall" || modal == "must", modal: modal, place: place, quote: text)
            }
            return
        }
        guard part == .technical || part == .commercial else { return }
        if language == .zh, let printed, number?.kind == .dotted {
            addClause(printed, body, marker: .none, mandatory: false, modal: nil, place: place, quote: text)
        } else if text.range(of: #"须|应|必须|不得|不少于|不低于|不超过"#, options: .regularExpression) != nil {
            unclassified.append(.init(text: text, reason: "requirement wording without a clause number or marker", place: place))
        }
    }

    mutating func addClause(_ id: String?, _ text: String, marker: RequirementMarker, mandatory: Bool, modal: String?,
                            place: TenderPlace, quote: String, category: Requirement.Category? = nil) {
        var r = requirement(kind: .clause, id: id ?? "", printed: id != nil, text: ClauseText.trimmedEnd(text), marker: marker,
                            mandatory: mandatory, place: place, quote: quote)
        r.category = category ?? outline.part.category
        r.modal = modal
        r.bound = BoundReader.bound(in: r.text)
        clauses.append(r)
    }

    func requirement(kind: Requirement.Kind, id: String, printed: Bool, text: String, marker: RequirementMarker, mandatory: Bool,
                     place: TenderPlace, quote: String) -> ImportedRequirement {
        ImportedRequirement(id: id, printedID: printed, kind: kind, category: nil, text: text, marker: marker, mandatory: mandatory,
                            modal: nil, bound: nil, place: place, quote: quote)
    }

    /// "一、投标函" → 投标函; "Form A – Proposal Cover Letter" stays whole.
    static func documentTitle(_ text: String) -> String? {
        if text.range(of: #"^Form [A-Z0-9]{1,3}\b"#, options: .regularExpression) != nil, text.count <= 80 { return text }
        for pattern in [#"^[一二三四五六七八九十]+[、．.]\s*"#, #"^[0-9]{1,2}[、．.]\s*"#, #"^[（(][一二三四五六七八九十0-9]+[）)]\s*"#] {
            if let r = text.range(of: pattern, options: .regularExpression) {
                let title = ClauseText.trimmedEnd(String(text[r.upperBound...]))
                return title.isEmpty || title.count > 40 || title.hasSuffix("。") ? nil : title
            }
        }
        return nil
    }

    static func isOptional(_ title: String) -> Bool {
        ["如适用", "如有", "if applicable", "optional", "（可选）"].contains { title.lowercased().contains($0) }
    }

    static func isBuyer(_ subject: String) -> Bool {
        ["the city", "the county", "the owner", "the buyer", "the purchaser", "the authority", "the agency", "the department",
         "the evaluation committee", "the committee", "the client"].contains { subject.hasPrefix($0) }
    }

    /// A "may" is a desirable requirement only when it says what the bidder or its offer may do.
    static func isOffering(_ subject: String) -> Bool {
        ["system", "solution", "contractor", "proposer", "vendor", "bidder", "supplier", "offeror", "consultant", "platform",
         "software", "service", "product"].contains { subject.contains($0) }
    }
}
