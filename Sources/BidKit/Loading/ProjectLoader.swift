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
        let top = try doc.root.mapping(keys: topKeys)

        // The top-level blocks are independent: each is read even when an earlier one failed, so one run
        // reports the first error of every block, in file order (issue 15 item 7).
        var failed: [LoadError] = []
        func attempt<T>(_ body: () throws -> T) throws -> T? {
            do {
                return try body()
            } catch let e as LoadError {
                failed.append(e)
            } catch let many as LoadErrors {
                failed += many.errors
            }
            return nil
        }
        let info = try attempt { try readProjectInfo(top.required("project"), paths: paths, templates: templates, problems: &problems) }
        let tender = try attempt { try PartiesLoader.readTender(top.required("tender"), paths: paths) }
        let bidder = try attempt { try PartiesLoader.readBidder(top.required("bidder"), paths: paths) }
        let customer = try attempt { try top["customer"].map(PartiesLoader.readCustomer) }
        let priced = try attempt { try PricingLoader.read(top.required("pricing"), paths: paths) }
        let partPlans = try attempt { try TaskBreakdownLoader.read(top.required("parts"), paths: paths, problems: &problems) }
        let checks = try attempt { try top["checks"].map(CheckSettings.read) }
        let submission = try attempt { try top["submission"].map(SubmissionRules.read) }
        guard failed.isEmpty, let info, let tender, let bidder, let customer, let (pricing, priceList) = priced, let parts = partPlans,
              let checks, let submission else {
            let ordered = failed.sorted { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }
            throw ordered.count == 1 ? ordered[0] as Error : LoadErrors(ordered)
        }

        let (requirements, responses, orderPrescribed, requirementsSource) = try RequirementsLoader.load(
            tender.requirementsFile, paths: paths, referencedAt: tender.requirementsLocation)

        var project = Project(
            root: root, displayRoot: displayRoot, info: info, tender: tender, bidder: bidder, customer: customer,
            pricing: pricing, parts: parts, requirements: requirements, responses: responses)
        if let checks { project.checks = checks }
        if let volumes = top["volumes"] { project.volumes = try VolumeLoader.read(volumes, parts: parts) }
        if let submission { project.submission = submission }
        project.documentOrderPrescribed = orderPrescribed
        project.tasks = try TaskListLoader.read(top["tasks"], sectionIDs: project.sections.map(\.id))
        problems.record(ReferenceValidator.errors(in: project))
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
        let m = try value.mapping(keys: projectKeys)
        // A reference DOCX that is missing only costs the styles: a recoverable problem.
        let referenceDocx = try m["reference_docx"].flatMap { v -> String? in
            let relative = try paths.confine(v.nonEmptyString(), at: v.location)
            do {
                try paths.check(relative, as: .referenceDocx, referencedAt: v.location)
            } catch let error as LoadError {
                problems.record(error)
                return nil
            }
            return relative
        }
        let idValue = try m.required("id")
        let id = try idValue.nonEmptyString()
        guard id.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }), id.count <= maxIDLength else {
            throw idValue.error("project id '\(id)' may only contain ASCII letters, digits, '-' and '_', at most \(maxIDLength) (it names the output files)")
        }
        return ProjectInfo(
            id: id, name: try m.string("name"), language: try m.required("language").enum(Language.self),
            template: try m["template"].map { try templateName($0, templates: templates) }, date: try day(m.required("date")),
            copy: try m.optionalString("copy"), knownNames: try m["known_names"]?.list().map { try $0.nonEmptyString() } ?? [],
            referenceDocx: referenceDocx)
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
