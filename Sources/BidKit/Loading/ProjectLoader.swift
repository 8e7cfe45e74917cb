import Foundation

/// Loads a bid project folder: `bid.yaml`, its requirements file and price list.
/// Markdown sections are read later, by the assembler, so `tasks` and `price` stay fast.
public enum ProjectLoader {
    /// The keys of bid.yaml, in the order the docs list them (`bidkit init` writes them in this order too).
    static let topKeys = ["project", "tender", "bidder", "customer", "pricing", "parts", "tasks", "volumes", "submission", "checks"]
    static let projectKeys = ["id", "name", "language", "template", "date", "copy", "known_names", "reference_docx"]
    static let tenderKeys = ["number", "buyer", "agent", "lot", "deadline", "validity_days", "ceiling", "bid_bond", "requirements", "blind_technical"]
    static let bidderKeys = ["name", "legal_representative", "authorized_agent", "address", "contact", "validity_days", "bid_bond",
                             "power_of_attorney_until", "qualifications"]
    static let qualificationKeys = ["id", "name", "number", "issuer", "expires", "file", "requirement", "scope"]
    static let contactKeys = ["name", "role", "phone", "email"]
    static let customerKeys = ["name", "grade", "contacts"]
    /// Longest project id: it names the output files, and file names stop at 255 bytes.
    static let maxIDLength = 100

    /// The project, or an error for any problem (what `build`, `tasks` and `price` need).
    /// `templates` is where `project.template` names are looked up, for the list of names a bad one is told.
    public static func load(folder: String, templates: TemplateLocator = TemplateLocator()) throws -> Project {
        try loadCollecting(folder: folder, templates: templates).strict()
    }

    /// The project with the recoverable problems met on the way (`LoadProblem`: a missing section file,
    /// an unknown requirement id); throws only when the project is unusable (no bid.yaml, YAML or type errors).
    public static func loadCollecting(folder: String, templates: TemplateLocator = TemplateLocator()) throws -> Loaded<Project> {
        var problems = ProblemCollector()
        do {
            let project = try read(folder: folder, templates: templates, problems: &problems)
            return Loaded(project, problems: problems.problems)
        } catch {
            throw problems.stopping(with: error)
        }
    }

    private static func read(folder: String, templates: TemplateLocator, problems: inout ProblemCollector) throws -> Project {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let displayRoot = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        let paths = ProjectPaths(root: root, displayRoot: displayRoot)
        let bidFile = paths.display("bid.yaml")
        try requireProjectFolder(folder, bidYAML: paths.url("bid.yaml").path, file: bidFile)
        let doc = try YAMLDocument("bid.yaml", in: paths, as: .bidYAML, referencedAt: SourceLocation(file: bidFile))
        var g = ErrorGathering()
        let top = try doc.root.mapping(keys: topKeys, gathering: &g)

        // The blocks are independent: each is read even when another failed, and each reads all its
        // fields and items, so one run reports every error in file order (issue 15 item 7). What
        // depends on a failed block is read against what is written in the file instead, or skipped.
        let info = g.read { try readProjectInfo(top.required("project"), paths: paths, templates: templates, problems: &problems) }
        let tender = g.read { try PartiesLoader.readTender(top.required("tender"), paths: paths) }
        let bidder = g.read { try PartiesLoader.readBidder(top.required("bidder"), paths: paths) }
        let customer = g.read { try top["customer"].map(PartiesLoader.readCustomer) }
        let priced = g.read { try PricingLoader.read(top.required("pricing"), paths: paths) }
        let partPlans = g.read { try TaskBreakdownLoader.read(top.required("parts"), paths: paths, problems: &problems) }
        let written = TaskBreakdownLoader.writtenIDs(in: top["parts"])
        let sectionIDs = partPlans.map { $0.flatMap(\.sections).map(\.id) } ?? written?.sections
        let tasks = g.read { try TaskListLoader.read(top["tasks"], sectionIDs: sectionIDs ?? []) }
        let volumes = g.read { try top["volumes"].map { try VolumeLoader.read($0, partIDs: partPlans?.map(\.id) ?? written?.parts) } }
        let checks = g.read { try top["checks"].map(CheckSettings.read) }
        let submission = g.read { try top["submission"].map(SubmissionRules.read) }
        let reference = tender.map { ($0.requirementsFile, $0.requirementsLocation) } ?? PartiesLoader.requirementsReference(top["tender"], paths: paths)
        let loadedRequirements = reference.flatMap { file, at in g.read { try RequirementsLoader.load(file, paths: paths, referencedAt: at) } }
        problems.record(ReferenceValidator.errors(
            requirements: loadedRequirements?.requirements, sections: partPlans?.flatMap(\.sections) ?? [], sectionIDs: sectionIDs,
            qualifications: bidder?.qualifications ?? [], responses: loadedRequirements?.responses ?? []))
        try g.finish()
        guard let info, let tender, let bidder, let customer, let (pricing, priceList) = priced, let parts = partPlans, let tasks,
              let volumes, let checks, let submission, let (requirements, responses, orderPrescribed, requirementsSource) = loadedRequirements
        else { throw ReportedElsewhere() }  // unreachable: every nil above is a failed read, and `finish` threw it

        var project = Project(
            root: root, displayRoot: displayRoot, info: info, tender: tender, bidder: bidder, customer: customer,
            pricing: pricing, parts: parts, requirements: requirements, responses: responses)
        if let checks { project.checks = checks }
        if let volumes { project.volumes = volumes }
        if let submission { project.submission = submission }
        project.documentOrderPrescribed = orderPrescribed
        project.tasks = tasks
        project.dataSources = [DataSource(doc), requirementsSource] + (priceList.map { [$0] } ?? [])
        project.keyLocations = doc.root.keyLocations()
        return project
    }

    /// The folder exists, is a folder, and holds bid.yaml; each failure said in its own words.
    private static func requireProjectFolder(_ folder: String, bidYAML: String, file: String) throws {
        var info = stat()
        guard stat(folder, &info) == 0 else {
            let code = errno
            throw LoadError(SourceLocation(file: folder), code == ENOENT ? "no such folder '\(folder)'"
                            : "cannot open the project folder '\(folder)': \(FileReader.describe(code))")
        }
        guard info.st_mode & S_IFMT == S_IFDIR else {
            throw LoadError(SourceLocation(file: folder), "'\(folder)' is not a folder; give the bid project folder (holding bid.yaml)")
        }
        var link = stat()
        if lstat(bidYAML, &link) != 0, errno == ENOENT {
            throw LoadError(SourceLocation(file: file), "no bid.yaml in '\(folder)': not a bid project folder")
        }
    }

    private static func readProjectInfo(_ value: YAMLValue, paths: ProjectPaths, templates: TemplateLocator,
                                        problems: inout ProblemCollector) throws -> ProjectInfo {
        var g = ErrorGathering()
        let m = try value.mapping(keys: projectKeys, gathering: &g)
        // A reference DOCX that is missing only costs the styles: a recoverable problem.
        let referenceDocx = g.read(nil) {
            try m["reference_docx"].flatMap { v -> String? in
                let relative = try paths.confine(v.nonEmptyString(), at: v.location)
                do {
                    try paths.check(relative, as: .referenceDocx, referencedAt: v.location)
                } catch let error as LoadError {
                    problems.record(error)
                    return nil
                }
                return relative
            }
        }
        let id = g.read("") {
            let idValue = try m.required("id")
            let id = try idValue.nonEmptyString()
            guard id.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }), id.count <= maxIDLength else {
                throw idValue.error("project id '\(id)' may only contain ASCII letters, digits, '-' and '_', at most \(maxIDLength) (it names the output files)")
            }
            return id
        }
        return try g.finish(ProjectInfo(
            id: id, name: g.read("") { try m.string("name") }, language: g.read(.zh) { try m.required("language").enum(Language.self) },
            template: g.read(nil) { try m["template"].map { try templateName($0, templates: templates) } },
            date: g.read(.placeholder) { try day(m.required("date")) },
            copy: g.read(nil) { try m.optionalString("copy") },
            knownNames: g.read([]) { try m["known_names"]?.list().map { try $0.nonEmptyString() } ?? [] },
            referenceDocx: referenceDocx))
    }

    /// `project.template` names a folder on the template search path; it is never a path, so a project
    /// cannot make the renderers read a page shell or styles from anywhere on the disk.
    static func templateName(_ value: YAMLValue, templates: TemplateLocator) throws -> String {
        let name = try value.nonEmptyString()
        guard TemplateLocator.isName(name) else {
            let names = templates.names
            throw value.error("'project.template' is a template name, not a path: '\(name)' is refused; "
                              + (names.isEmpty ? "no templates found" : "available templates: \(names.joined(separator: ", "))")
                              + " (see `bidkit templates`)")
        }
        return name
    }

    /// A day `yyyy-MM-dd` in the supported years, so every date computation stays in range.
    static func day(_ value: YAMLValue) throws -> CalendarDay {
        guard case .scalar = value.node, let d = CalendarDay(iso: try value.string()) else { throw value.expected("a date yyyy-MM-dd") }
        guard CalendarDay.supportedYears.contains(d.year) else {
            throw value.error("\(value.label) is \(d): the year is out of range; dates run from "
                              + "\(CalendarDay.supportedYears.lowerBound)-01-01 to \(CalendarDay.supportedYears.upperBound)-12-31")
        }
        return d
    }

    /// Bid validity in days: 1 to 3650 (ten years), so the day it ends is always a real date.
    static func validityDays(_ value: YAMLValue) throws -> Int { try value.int(in: 1...3650) }
}
