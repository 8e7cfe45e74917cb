import Foundation

/// Loads a bid project folder: `bid.yaml`, its requirements file and price list.
/// Markdown sections are read later, by the assembler, so `tasks` and `price` stay fast.
public enum ProjectLoader {
    /// The keys of bid.yaml, in the order the docs list them (`bidkit init` writes them in this order too).
    static let topKeys = ["project", "tender", "bidder", "customer", "pricing", "parts", "volumes", "submission", "checks"]
    static let projectKeys = ["id", "name", "language", "template", "date", "copy", "known_names", "reference_docx"]
    static let tenderKeys = ["number", "buyer", "agent", "lot", "deadline", "validity_days", "ceiling", "bid_bond", "requirements"]
    static let bidderKeys = ["name", "legal_representative", "authorized_agent", "address", "contact", "validity_days", "bid_bond",
                             "power_of_attorney_until", "qualifications"]
    static let qualificationKeys = ["id", "name", "number", "issuer", "expires", "file", "requirement"]
    static let contactKeys = ["name", "role", "phone", "email"]
    static let customerKeys = ["name", "grade", "contacts"]

    public static func load(folder: String) throws -> Project {
        let root = URL(fileURLWithPath: folder).standardizedFileURL
        let displayRoot = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
        let paths = ProjectPaths(root: root, displayRoot: displayRoot)
        let bidFile = paths.display("bid.yaml")
        guard paths.exists("bid.yaml") else {
            throw LoadError(SourceLocation(file: bidFile), "no bid.yaml in '\(folder)': not a bid project folder")
        }
        let doc = try YAMLDocument(contentsOf: paths.url("bid.yaml"), displayPath: bidFile)
        let top = try doc.root.mapping(keys: topKeys)

        let info = try readProjectInfo(top.required("project"), paths: paths)
        let tender = try readTender(top.required("tender"), paths: paths)
        let bidder = try readBidder(top.required("bidder"), paths: paths)
        let customer = try top["customer"].map(readCustomer)
        let (pricing, priceList) = try PricingLoader.read(top.required("pricing"), paths: paths)
        let parts = try TaskBreakdownLoader.read(top.required("parts"), paths: paths)

        let (requirements, responses, orderPrescribed, requirementsSource) = try RequirementsLoader.load(
            tender.requirementsFile, paths: paths, referencedAt: tender.requirementsLocation)

        var project = Project(
            root: root, displayRoot: displayRoot, info: info, tender: tender, bidder: bidder, customer: customer,
            pricing: pricing, parts: parts, requirements: requirements, responses: responses)
        if let checks = top["checks"] { project.checks = try CheckSettings.read(checks) }
        if let volumes = top["volumes"] { project.volumes = try VolumeLoader.read(volumes, parts: parts) }
        if let submission = top["submission"] { project.submission = try SubmissionRules.read(submission) }
        project.documentOrderPrescribed = orderPrescribed
        try ReferenceValidator.validate(project)
        project.dataSources = [DataSource(doc), requirementsSource] + (priceList.map { [$0] } ?? [])
        return project
    }

    private static func readProjectInfo(_ value: YAMLValue, paths: ProjectPaths) throws -> ProjectInfo {
        let m = try value.mapping(keys: projectKeys)
        let referenceDocx = try m["reference_docx"].map { v -> String in
            let relative = try paths.confine(v.nonEmptyString(), at: v.location)
            guard paths.exists(relative) else { throw v.error("reference DOCX '\(relative)' not found") }
            return relative
        }
        let idValue = try m.required("id")
        let id = try idValue.nonEmptyString()
        guard id.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) else {
            throw idValue.error("project id '\(id)' may only contain ASCII letters, digits, '-' and '_' (it names the output files)")
        }
        return ProjectInfo(
            id: id, name: try m.string("name"), language: try m.required("language").enum(Language.self),
            template: try m.optionalString("template"), date: try day(m.required("date")),
            copy: try m.optionalString("copy"), knownNames: try m["known_names"]?.list().map { try $0.nonEmptyString() } ?? [],
            referenceDocx: referenceDocx)
    }


    private static func readTender(_ value: YAMLValue, paths: ProjectPaths) throws -> Tender {
        let m = try value.mapping(keys: tenderKeys)
        let deadlineValue = try m.required("deadline")
        guard let deadline = ZonedTime(iso: try deadlineValue.string()) else {
            throw deadlineValue.expected("an ISO 8601 date-time with a UTC offset, e.g. 2026-12-10T09:30:00+08:00")
        }
        let reqValue = try m.required("requirements")
        return Tender(
            number: try m.string("number"), buyer: try m.string("buyer"), agent: try m.optionalString("agent"),
            lot: try m.optionalString("lot"), deadline: deadline, validityDays: try positive(m.required("validity_days")),
            ceiling: try m["ceiling"]?.decimal(), bidBond: try m["bid_bond"]?.decimal(),
            requirementsFile: try paths.confine(reqValue.nonEmptyString(), at: reqValue.location),
            requirementsLocation: reqValue.location)
    }

    private static func readBidder(_ value: YAMLValue, paths: ProjectPaths) throws -> Bidder {
        let m = try value.mapping(keys: bidderKeys)
        return Bidder(
            name: try m.string("name"), legalRepresentative: try m.string("legal_representative"),
            authorizedAgent: try m.optionalString("authorized_agent"), address: try m.string("address"),
            contact: try m["contact"].map(readContact), validityDays: try positive(m.required("validity_days")),
            bidBond: try m["bid_bond"]?.decimal(),
            qualifications: try m["qualifications"]?.list().map { try readQualification($0, paths: paths) } ?? [],
            powerOfAttorneyUntil: try m["power_of_attorney_until"].map(day))
    }

    private static func readQualification(_ value: YAMLValue, paths: ProjectPaths) throws -> Qualification {
        let m = try value.mapping(keys: qualificationKeys)
        let file = try m["file"].map { try paths.confine($0.nonEmptyString(), at: $0.location) }
        return Qualification(
            id: try m.string("id"), name: try m.string("name"), number: try m.string("number"),
            issuer: try m.optionalString("issuer"), expires: try m["expires"].map(day), file: file,
            requirement: try m.optionalString("requirement"), location: value.location)
    }

    private static func readContact(_ value: YAMLValue) throws -> Contact {
        let m = try value.mapping(keys: contactKeys)
        return Contact(name: try m.string("name"), role: try m.optionalString("role"),
                       phone: try m.optionalString("phone"), email: try m.optionalString("email"))
    }

    private static func readCustomer(_ value: YAMLValue) throws -> Customer {
        let m = try value.mapping(keys: customerKeys)
        return Customer(name: try m.string("name"), grade: try m["grade"]?.enum(CustomerGrade.self),
                        contacts: try m["contacts"]?.list().map(readContact) ?? [])
    }

    static func day(_ value: YAMLValue) throws -> CalendarDay {
        guard let d = CalendarDay(iso: try value.string()) else { throw value.expected("a date yyyy-MM-dd") }
        return d
    }

    static func positive(_ value: YAMLValue) throws -> Int {
        let n = try value.int()
        guard n > 0 else { throw value.expected("a positive whole number") }
        return n
    }
}
