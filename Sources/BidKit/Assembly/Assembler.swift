import BidKitDocxReader
import Foundation

/// The assembled bid with what the checker needs beyond the document itself.
public struct AssembledBid: Sendable {
    public var project: Project
    public var package: BidPackage
    public var prices: PriceSummary
    public var fields: FieldTable
    /// Markdown source text by section id, for findings that point at file:line.
    public var sources: [String: String]
    /// Problems found while assembling that do not stop it.
    public var warnings: [String] = []
    /// Cells that cite the page of an attachment, filled in once a layout pass knows the pages.
    public var pageReferences: [PageReference] = []
    /// Recoverable load problems (`check` only: `build` stops on them), each reported as a finding.
    public var loadProblems: [LoadProblem] = []
    /// Sections that could not be read (their problem is in `loadProblems`): empty, but not "left empty".
    public var unloadedSections: Set<String> = []
    /// Where the bid stands on each requirement, decided once (the generated matrix, the checker's
    /// summary and the report all read it).
    public var compliance = ComplianceMatrix(rows: [])
}

/// Turns the task breakdown into one ordered, numbered BidPackage.
public enum Assembler {
    /// `attachmentPages`: place the attachments' page images (PDF pages rasterised with pdftoppm),
    /// as a build needs; without it (check, tasks) each file is only verified to be there and of a
    /// known type, and its caption placed, so headings, anchors and the table of contents are the same.
    /// Any problem is an error (what `build` needs).
    public static func assemble(_ project: Project, attachmentPages: Bool = false) throws -> AssembledBid {
        try assemble(project, attachmentPages: attachmentPages, loaderProblems: [], collecting: false).strict()
    }

    /// The bid for `check`: every recoverable problem of loading and assembling is in `loadProblems`
    /// (an unreadable section is left empty), so the checker reports them all in one run.
    public static func assemble(_ loaded: Loaded<Project>, attachmentPages: Bool = false) -> AssembledBid {
        let result = assemble(loaded.value, attachmentPages: attachmentPages, loaderProblems: loaded.problems, collecting: true)
        var bid = result.value
        bid.loadProblems = result.problems
        return bid
    }

    private static func assemble(_ project: Project, attachmentPages: Bool, loaderProblems: [LoadProblem], collecting: Bool) -> Loaded<AssembledBid> {
        let prices = PriceSummary(project.pricing)
        let fields = FieldTable(project: project, prices: prices)
        let context = MarkdownContext(project: project, fields: fields, collecting: collecting)
        let unreadable = Set(loaderProblems.compactMap(\.section))
        let generator = SectionGenerator(project: project, prices: prices)

        // 1. Every section's content, converted in parallel (sections are independent) and numbered.
        var jobs: [SectionJob] = []
        for (p, partPlan) in project.parts.enumerated() {
            var sectionCounter = 0
            for plan in partPlan.sections {
                // The table of contents is not itself a numbered section.
                let isTOC: Bool
                if case .generated(.toc) = plan.content { isTOC = true } else { isTOC = false }
                if !isTOC { sectionCounter += 1 }
                jobs.append(SectionJob(part: p, plan: plan, path: [p + 1, sectionCounter], numbered: !isTOC,
                                       skip: unreadable.contains(plan.id)))
            }
        }
        let attachments = Attachments(paths: context.paths, language: project.language, rasterize: attachmentPages)
        let results = Parallel.map(jobs) { job in
            convert(job, context: context, generator: generator, attachments: attachments, project: project, collecting: collecting)
        }
        // The reference DOCX is read here too, as the renderer will read it: a hostile one is a load error.
        var problems = loaderProblems + results.flatMap(\.problems) + context.problems + ReferenceDocxCheck.check(project).map { LoadProblem($0) }
        var parts = project.parts.enumerated().map { p, plan in
            Part(id: plan.id, title: plan.title, number: Numbering.number([p + 1], language: project.language))
        }
        var sources: [String: String] = [:]
        var warnings: [String] = []
        let fieldsMayContainDisallowed = fields.values.values.contains(where: XMLCharacters.mayContainDisallowed)
        for (job, result) in zip(jobs, results) {
            var section = result.section
            // Markdown whose source bytes and field values are clean cannot hold such characters;
            // everything else is walked.
            if fieldsMayContainDisallowed || result.sourceText.map(XMLCharacters.mayContainDisallowed) ?? true {
                let (cleaned, warning) = XMLCharacters.clean(section)
                section = cleaned
                if let warning { warnings.append(warning) }
            }
            parts[job.part].sections.append(section)
            sources[job.plan.id] = result.sourceText
        }

        // 1b. Figure and table numbers and the cross-references citing them; Markdown left out, once per section.
        problems += CrossReferences.resolve(&parts, language: project.language, sources: sources, display: context.paths.display)
            .map { LoadProblem($0.error, section: $0.section) }
        warnings += context.warnings

        // 2. Tables of contents and compliance matrices, now that every number and every section's content is known.
        let toc = tableOfContents(parts)
        let compliance = ComplianceMatrix(project: project, parts: parts)
        let matrix = compliance.table(language: project.language)
        for p in parts.indices {
            for s in parts[p].sections.indices {
                switch parts[p].sections[s].kind {
                case GeneratedKind.toc.rawValue: parts[p].sections[s].blocks = [.toc(toc)]
                case GeneratedKind.complianceMatrix.rawValue: parts[p].sections[s].blocks = [.table(matrix)]
                default: break
                }
            }
        }
        var resources = context.resources(inOrderOf: parts)
        var seen = Set(resources.map(\.id))
        for r in results.flatMap(\.resources) where seen.insert(r.id).inserted { resources.append(r) }
        var package = BidPackage(metadata: metadata(project, prices: prices), parts: parts, resources: resources)
        // The cover, page titles and part headings take bid.yaml values directly, outside any section.
        if fieldsMayContainDisallowed || project.parts.contains(where: { XMLCharacters.mayContainDisallowed($0.title) }) {
            let (cleaned, more) = XMLCharacters.clean(package)
            package = cleaned
            warnings += more
        }
        var bid = AssembledBid(project: project, package: package, prices: prices, fields: fields, sources: sources, warnings: warnings,
                               pageReferences: attachmentReferences(project))
        bid.unloadedSections = Set(problems.filter { $0.rule == "load" }.compactMap(\.section))
        bid.compliance = compliance
        return Loaded(bid, problems: problems)
    }

    private struct SectionJob: Sendable {
        var part: Int
        var plan: SectionPlan
        var path: [Int]
        var numbered: Bool
        /// Its file could not be found: left empty, its problem already recorded.
        var skip: Bool
    }

    private struct SectionResult: Sendable {
        var section: Section
        var sourceText: String?
        var problems: [LoadProblem]
        var resources: [Resource] = []
    }

    private static func convert(_ job: SectionJob, context: MarkdownContext, generator: SectionGenerator,
                                attachments: Attachments, project: Project, collecting: Bool) -> SectionResult {
        let plan = job.plan
        let language = project.language
        var resources: [Resource] = []
        var blocks: [Block] = []
        var text: String?
        var unknownFields: [LoadError] = []
        var certificateErrors: [LoadError] = []
        let (kind, source): (String, String?)
        switch plan.content {
        case .markdown(let file): (kind, source) = ("markdown", file)
        case .generated(let generated): (kind, source) = (generated.rawValue, nil)
        case .attachment(let file): (kind, source) = ("attachment", file)
        case .docxForm(let file): (kind, source) = ("docx-form", file)
        }
        var problems = ProblemCollector()
        if !job.skip {
            problems.recover((), section: plan.id) {
                switch plan.content {
                case .markdown(let file):
                    text = try context.paths.readText(file, referencedAt: plan.location)
                    blocks = try MarkdownConverter(context: context, file: file, text: text ?? "").convert()
                case .generated(let generated):
                    blocks = generator.blocks(for: generated)
                    if generated == .qualificationList {
                        // Each certificate's copy follows the list, in the list's order (read side by side).
                        let placed = Parallel.map(project.bidder.qualifications.filter { $0.file != nil }) { q in
                            Result { try attachments.blocks(file: q.file ?? "", caption: attachments.caption(name: q.name, number: q.number),
                                                            anchor: Attachments.anchor(qualification: q.id), at: q.location) }
                        }
                        // A certificate that cannot be placed leaves the others in the list.
                        for result in placed {
                            do {
                                let (more, images) = try result.get()
                                blocks += more
                                resources += images
                            } catch let error as LoadError {
                                certificateErrors.append(error)
                            }
                        }
                    }
                case .attachment(let file):
                    let placed = try attachments.blocks(file: file, caption: nil, anchor: "", at: plan.location)
                    blocks = placed.blocks
                    resources = placed.resources
                case .docxForm(let file):
                    (blocks, unknownFields) = try formBlocks(file, context: context, referencedAt: plan.location)
                }
            }
        }
        // Unknown fields in a form stop a build; a check reports them as leftovers and reads the rest of the form.
        for e in unknownFields { problems.record(e, rule: collecting ? "leftovers" : "load", section: plan.id) }
        for e in certificateErrors { problems.record(e, rule: collecting ? "qualifications" : "load") }
        numberHeadings(&blocks, under: job.path, sectionID: plan.id, language: language)
        let section = Section(id: plan.id, title: plan.title, number: job.numbered ? Numbering.number(job.path, language: language) : "",
                              kind: kind, source: source, blocks: blocks)
        return SectionResult(section: section, sourceText: text, problems: problems.problems, resources: resources)
    }

    /// A buyer's Word form with its fields filled. Its headings stay bold paragraphs (the reader makes
    /// them so): the form is reproduced as the buyer issued it, not numbered into our outline.
    /// An unknown field is an error at the paragraph (the n-th `<w:p>` of word/document.xml), left in the text.
    private static func formBlocks(_ file: String, context: MarkdownContext, referencedAt location: SourceLocation) throws
        -> (blocks: [Block], unknownFields: [LoadError])
    {
        let display = context.paths.display(file)
        let data = try context.paths.read(file, as: .wordForm, referencedAt: location)
        let form: DocxForm
        do {
            form = try DocxForm(bytes: data, file: display)
        } catch let error as DocxReadError {
            throw LoadError(SourceLocation(file: display), error.message)
        }
        let fields = context.fields
        let filled = form.fill { name in fields.isKnownField("{{\(name)}}") ? fields.substitute("{{\(name)}}") : nil }
        let errors = filled.unresolved.map { field in
            LoadError(SourceLocation(file: display, line: field.paragraph, column: 0),
                      "unknown field '{{\(field.name)}}' in paragraph \(field.paragraph) of \(form.part)"
                      + DidYouMean.hint(for: field.name, among: fields.names))
        }
        return (filled.blocks, errors)
    }

    /// Numbers content headings (level ≥ 3) below the section's path and gives them stable anchors
    /// derived from the section id: "solution-2-1" is the first heading below the section's second `#`.
    private static func numberHeadings(_ blocks: inout [Block], under path: [Int], sectionID: String, language: Language) {
        var counters: [Int] = []
        for i in blocks.indices {
            guard case .heading(var h) = blocks[i] else { continue }
            // A skipped level (`##` straight after the section start) is pulled up, as Word's outline would.
            let depth = min(h.level - 2, counters.count + 1)
            if counters.count >= depth {
                counters.removeLast(counters.count - depth)
                counters[depth - 1] += 1
            } else {
                counters.append(1)
            }
            h.level = depth + 2
            h.number = Numbering.number(path + counters, language: language)
            // Generated headings (attachment captions) bring their own anchors, which others cite.
            if h.anchor.isEmpty { h.anchor = ([sectionID] + counters.map(String.init)).joined(separator: "-") }
            blocks[i] = .heading(h)
        }
    }

    static func tableOfContents(_ parts: [Part]) -> [TocEntry] {
        var entries: [TocEntry] = []
        for part in parts {
            entries.append(TocEntry(level: 1, number: part.number, title: part.title, anchor: part.id))
            for section in part.sections where section.kind != GeneratedKind.toc.rawValue {
                entries.append(TocEntry(level: 2, number: section.number, title: section.title, anchor: section.id))
                // Attachment copies are listed too, so a reader finds each certificate's page.
                for case .heading(let h) in section.blocks where h.anchor.hasPrefix("attachment-") {
                    entries.append(TocEntry(level: 3, number: h.number, title: h.content.plainText, anchor: h.anchor))
                }
            }
        }
        return entries
    }

    /// The qualification list's attachment column: row n cites the page of qualification n's copy.
    private static func attachmentReferences(_ project: Project) -> [PageReference] {
        guard let list = project.sections.first(where: { if case .generated(.qualificationList) = $0.content { return true }; return false }) else {
            return []
        }
        return project.bidder.qualifications.enumerated().compactMap { n, q in
            q.file.map { PageReference(sectionID: list.id, tableRole: "qualification-list", row: n, column: 5,
                                       anchor: Attachments.anchor(qualification: q.id), text: ($0 as NSString).lastPathComponent) }
        }
    }

    private static func metadata(_ project: Project, prices: PriceSummary) -> Metadata {
        var fields: [Field] = [
            Field("legal_representative", project.bidder.legalRepresentative),
            Field("total", Money.format(prices.total)),
            Field("total_in_words", prices.totalInWords(project.language)),
        ]
        if let copy = project.info.copy { fields.append(Field("copy", copy)) }
        if let lot = project.tender.lot { fields.append(Field("lot", lot)) }
        if let agent = project.bidder.authorizedAgent { fields.append(Field("authorized_agent", agent)) }
        return Metadata(
            projectID: project.info.id, title: project.info.name, language: project.language.rawValue,
            template: project.info.template ?? "", tenderNumber: project.tender.number, buyer: project.tender.buyer,
            agent: project.tender.agent ?? "", bidder: project.bidder.name, date: project.info.date.description,
            deadline: project.tender.deadline.iso, currency: project.pricing.currency,
            fields: fields.sorted { $0.key < $1.key })
    }
}
