import Foundation

/// What `bidkit init` is asked for.
public struct InitRequest: Sendable {
    public var directory: String
    public var template: String
    /// Output id; default from the folder name.
    public var projectID: String?
    public var projectName: String?
    public var tenderNumber: String?
    public var buyer: String?
    public var bidder: String?
    /// ISO 8601 with offset, or yyyy-MM-dd; nil = the template's default.
    public var deadline: String?
    /// Role id → owner name, replacing the template's role owner.
    public var owners: [String: String]
    /// The day the project starts; nil = today in the deadline's time zone.
    public var startDay: CalendarDay?
    /// A tender document (.docx, .pdf) whose requirements and facts the project starts from.
    public var fromTender: String?

    public init(directory: String, template: String, projectID: String? = nil, projectName: String? = nil,
                tenderNumber: String? = nil, buyer: String? = nil, bidder: String? = nil, deadline: String? = nil,
                owners: [String: String] = [:], startDay: CalendarDay? = nil, fromTender: String? = nil) {
        self.directory = directory
        self.template = template
        self.projectID = projectID
        self.projectName = projectName
        self.tenderNumber = tenderNumber
        self.buyer = buyer
        self.bidder = bidder
        self.deadline = deadline
        self.owners = owners
        self.startDay = startDay
        self.fromTender = fromTender
    }
}

public struct InitResult: Sendable {
    public var directory: String
    public var template: BidTemplate
    public var schedule: InitSchedule
    /// Project-relative paths of the files written, sorted.
    public var files: [String]
}

/// Creates a bid project from a template in one step, or not at all: everything is written into a
/// hidden sibling folder, loaded and assembled there (so the new project is known to build), and
/// only then renamed into place. A failure at any point removes the sibling and leaves nothing.
public struct ProjectInitializer: Sendable {
    public let catalog: TemplateCatalog
    public let localZone: TimeZone

    public init(catalog: TemplateCatalog = TemplateCatalog(), localZone: TimeZone = .current) {
        self.catalog = catalog
        self.localZone = localZone
    }

    public func run(_ request: InitRequest, now: Date = Date()) throws -> InitResult {
        let target = URL(fileURLWithPath: request.directory).standardizedFileURL
        try Self.checkTarget(target, as: request.directory)
        var template = try catalog.template(named: request.template)
        var request = request
        var draft: TenderProjectDraft?
        if let path = request.fromTender {
            var fitted = try TenderProjectDraft.start(from: path, template: template, request: &request)
            template = fitted.fittedTemplate()
            draft = fitted
        }
        for role in request.owners.keys.sorted() where template.owner(ofRole: role) == nil {
            let roles = template.roles.map(\.id)
            throw UsageError("--owner names role '\(role)', which template '\(template.name)' does not have"
                             + (roles.isEmpty ? "" : DidYouMean.hint(for: role, among: roles)))
        }
        let schedule = try InitSchedule(template: template, deadlineText: request.deadline, startDay: request.startDay,
                                        now: now, localZone: localZone)
        let id = try request.projectID.map(Self.validID) ?? Self.projectID(fromFolder: target.lastPathComponent)
        let builder = BidYAMLBuilder(template: template, schedule: schedule, values: .init(
            projectID: id, projectName: request.projectName, tenderNumber: request.tenderNumber, buyer: request.buyer,
            bidder: request.bidder, owners: request.owners))

        let parent = target.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent).bidkit-init-\(ProcessInfo.processInfo.processIdentifier)")
        try? FileManager.default.removeItem(at: staging)
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false)
            try Self.copyContents(of: URL(fileURLWithPath: template.skeletonFolder), to: staging)
            try Data(builder.text().utf8).write(to: staging.appendingPathComponent("bid.yaml"))
            if let draft, let path = request.fromTender { try draft.write(into: staging, sourceName: (path as NSString).lastPathComponent) }
            try Self.verify(staging, template: template)
            let files = Self.files(under: staging)
            // rename(2) replaces an empty directory, so an existing empty target works too.
            guard rename(staging.path, target.path) == 0 else {
                throw UsageError("cannot move the new project into '\(request.directory)': \(String(cString: strerror(errno)))")
            }
            return InitResult(directory: request.directory, template: template, schedule: schedule, files: files)
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// A new or empty folder only: init never mixes a skeleton into someone's files.
    static func checkTarget(_ url: URL, as given: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else { throw UsageError("'\(given)' exists and is not a folder") }
        let contents = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        guard contents.isEmpty else {
            throw UsageError("'\(given)' is not empty (\(contents.count) entr\(contents.count == 1 ? "y" : "ies")); bidkit init only writes into a new or empty folder")
        }
    }

    /// The new project loads and assembles, or the template is broken: report it at the template's
    /// file (skeleton files are copied unchanged, so their errors are the skeleton's).
    static func verify(_ staging: URL, template: BidTemplate) throws {
        let prefix = staging.path + "/"
        func relocate(_ e: LoadError) -> LoadError {
            var e = e
            let relative = e.location.file.hasPrefix(prefix) ? String(e.location.file.dropFirst(prefix.count)) : e.location.file
            if relative == "bid.yaml" {
                e.message = "template '\(template.name)' writes a bid.yaml that does not load (bid.yaml:\(e.location.line):\(e.location.column)): \(e.message)"
                e.location = SourceLocation(file: (template.folder as NSString).appendingPathComponent(TemplateLoader.fileName))
            } else {
                e.location.file = (template.skeletonFolder as NSString).appendingPathComponent(relative)
            }
            return e
        }
        do {
            _ = try Assembler.assemble(try ProjectLoader.load(folder: staging.path))
        } catch let e as LoadError {
            throw relocate(e)
        } catch let many as LoadErrors {
            throw LoadErrors(many.errors.map(relocate))
        }
    }

    static func copyContents(of source: URL, to destination: URL) throws {
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: destination.appendingPathComponent(name))
        }
    }

    static func files(under root: URL) -> [String] {
        let prefix = root.path + "/"
        var out: [String] = []
        if let walker = FileManager.default.enumerator(atPath: root.path) {
            for case let path as String in walker {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: prefix + path, isDirectory: &isDirectory), !isDirectory.boolValue { out.append(path) }
            }
        }
        return out.sorted()
    }

    /// "Substation Video 2026" → "substation-video-2026"; "bid" when nothing usable is left (a Chinese name).
    static func projectID(fromFolder name: String) -> String {
        var id = ""
        for c in name.lowercased() {
            if c.isASCII && (c.isLetter || c.isNumber) { id.append(c) } else if !id.hasSuffix("-") { id.append("-") }
        }
        let trimmed = id.trimmingCharacters(in: CharacterSet(charactersIn: "-"))
        return trimmed.isEmpty ? "bid" : trimmed
    }

    static func validID(_ id: String) throws -> String {
        guard !id.isEmpty, id.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) else {
            throw UsageError("--id '\(id)' may only contain ASCII letters, digits, '-' and '_' (it names the output files)")
        }
        return id
    }
}
