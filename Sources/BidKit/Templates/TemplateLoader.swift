import Foundation

/// Reads `template.yaml` with the same location-tracking reader as bid.yaml, so a company writing
/// its own template gets `template.yaml:12:7: error: …` with a did-you-mean, not a silently
/// half-initialised project. Everything the template promises is checked here, before any file
/// of a new project is written: files it names exist, roles it uses are declared, requirements
/// it covers exist and every document requirement is covered.
public enum TemplateLoader {
    public static let fileName = "template.yaml"
    static let topKeys = ["description", "language", "deadline", "project_date_days_before", "roles", "bid", "parts"]
    static let sectionKeys = ["id", "title", "source", "generate", "role", "owner", "due_days_before", "covers", "sealed"]

    /// Loads the template in `folder` (a directory holding template.yaml and skeleton/).
    public static func load(folder: String) throws -> BidTemplate {
        let folder = URL(fileURLWithPath: folder).standardizedFileURL.path
        let file = (folder as NSString).appendingPathComponent(fileName)
        let doc = try YAMLDocument(fileName, in: ProjectPaths(root: URL(fileURLWithPath: folder), displayRoot: folder),
                                   as: .template, referencedAt: SourceLocation(file: file))
        let m = try doc.root.mapping(keys: topKeys)
        // The folder name is the template's name: copying a folder is how a company starts its own.
        let name = (folder as NSString).lastPathComponent
        let language = try m.required("language").enum(Language.self)
        let roles = try readRoles(m["roles"])

        let skeletonPath = (folder as NSString).appendingPathComponent("skeleton")
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: skeletonPath, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw LoadError(SourceLocation(file: file, line: 1, column: 1),
                            "no skeleton/ folder next to template.yaml (it holds the files copied into a new project)")
        }
        let skeleton = ProjectPaths(root: URL(fileURLWithPath: skeletonPath), displayRoot: skeletonPath)
        let parts = try readParts(m.required("parts"), roles: roles, skeleton: skeleton)
        let bid = try TemplateBidDefaults.read(m.required("bid"), skeleton: skeleton)
        try TemplateSkeleton.validate(parts: parts, skeleton: skeleton, template: SourceLocation(file: file, line: 1, column: 1))

        return BidTemplate(
            name: name, description: try m.string("description"), language: language, folder: folder,
            deadline: try readDeadline(m["deadline"], language: language),
            projectDateDaysBefore: try m["project_date_days_before"].map(nonNegative) ?? 2,
            roles: roles, bid: bid, parts: parts)
    }

    /// `deadline: {days_from_today: 14, time: "09:30", utc_offset: "+08:00" | local}`; absent keys
    /// default by language: 09:30 +08:00 for Chinese tenders, 17:00 local time for English ones.
    static func readDeadline(_ value: YAMLValue?, language: Language) throws -> DeadlineDefault {
        var result = DeadlineDefault(daysFromToday: 14, hour: language == .zh ? 9 : 17, minute: language == .zh ? 30 : 0,
                                     offset: language == .zh ? .fixed(8 * 3600) : .local)
        guard let value else { return result }
        let m = try value.mapping(keys: ["days_from_today", "time", "utc_offset"])
        if let days = m["days_from_today"] {
            result.daysFromToday = try nonNegative(days)
        }
        if let time = m["time"] {
            guard let (h, mm) = clockTime(try time.string()) else { throw time.expected("a time of day HH:mm, e.g. \"09:30\"") }
            (result.hour, result.minute) = (h, mm)
        }
        if let offset = m["utc_offset"] {
            let text = try offset.string()
            if text == "local" {
                result.offset = .local
            } else if let seconds = utcOffset(text) {
                result.offset = .fixed(seconds)
            } else {
                throw offset.expected("a UTC offset such as \"+08:00\", or local (offsets run from -12:00 to +14:00)")
            }
        }
        return result
    }

    /// "09:30" → (9, 30).
    static func clockTime(_ text: String) -> (Int, Int)? {
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts.allSatisfy({ $0.count == 2 }), let h = Int(parts[0]), let m = Int(parts[1]),
              (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return (h, m)
    }

    /// "+08:00" → 28800, "-05:00" → -18000, "Z" → 0.
    static func utcOffset(_ text: String) -> Int? {
        if text == "Z" { return 0 }
        guard text.count == 6, let sign = text.first, sign == "+" || sign == "-",
              let (h, m) = clockTime(String(text.dropFirst())) else { return nil }
        let seconds = (sign == "-" ? -1 : 1) * (h * 3600 + m * 60)
        return ZonedTime.offsetRange.contains(seconds) ? seconds : nil
    }

    /// `roles: {sales-assistant: 商务助理, …}` in file order.
    static func readRoles(_ value: YAMLValue?) throws -> [(id: String, owner: String)] {
        guard let value else { return [] }
        return try value.entries().map { key, v in
            guard !key.string.isEmpty, key.string.allSatisfy({ ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" }) else {
                throw key.value.error("role id '\(key.string)' may only contain ASCII letters, digits, '-' and '_'")
            }
            return (key.string, try v.nonEmptyString())
        }
    }

    static func readParts(_ value: YAMLValue, roles: [(id: String, owner: String)], skeleton: ProjectPaths) throws -> [TemplatePart] {
        var ids: [String: SourceLocation] = [:]
        func claim(_ v: YAMLValue) throws -> String {
            let id = try v.nonEmptyString()
            if let first = ids[id] { throw v.error("duplicate id '\(id)' (first used at \(first))") }
            ids[id] = v.location
            return id
        }
        let parts = try value.list().map { partValue -> TemplatePart in
            let m = try partValue.mapping(keys: ["id", "title", "sections"])
            let id = try claim(m.required("id"))
            let sections = try m.required("sections").list().map { try readSection($0, roles: roles, skeleton: skeleton, claim: claim) }
            guard !sections.isEmpty else { throw partValue.error("part '\(id)' lists no sections") }
            return TemplatePart(id: id, title: try m.string("title"), sections: sections)
        }
        guard !parts.isEmpty else { throw value.error("'parts' must list at least one part") }
        return parts
    }

    private static func readSection(_ value: YAMLValue, roles: [(id: String, owner: String)], skeleton: ProjectPaths,
                                     claim: (YAMLValue) throws -> String) throws -> TemplateSection {
        let m = try value.mapping(keys: sectionKeys)
        let id = try claim(m.required("id"))
        var source: String?, generate: GeneratedKind?
        switch (m["source"], m["generate"]) {
        case (let value?, nil):
            let relative = try skeleton.confine(value.nonEmptyString(), at: value.location)
            guard skeleton.exists(relative) else {
                throw value.error("section file '\(relative)' not found in the template's skeleton (looked for \(skeleton.display(relative)))")
            }
            source = relative
        case (nil, let kind?):
            generate = try kind.enum(GeneratedKind.self)
        case (.some, .some):
            throw value.error("section '\(id)' has both 'source' and 'generate'; give one")
        case (nil, nil):
            throw value.error("section '\(id)' needs 'source' (a Markdown file under skeleton/) or 'generate' (a generated kind)")
        }
        let role = try m["role"].map { v -> String in
            let r = try v.nonEmptyString()
            guard roles.contains(where: { $0.id == r }) else {
                let declared = roles.map(\.id)
                throw v.error("role '\(r)' is not declared under 'roles'" + (declared.isEmpty ? "" : DidYouMean.hint(for: r, among: declared)))
            }
            return r
        }
        let owner = try m["owner"].map { try $0.nonEmptyString() }
        if role == nil, owner == nil {
            throw value.error("section '\(id)' needs a 'role' (its default owner) or an 'owner'")
        }
        return TemplateSection(
            id: id, title: try m.string("title"), source: source, generate: generate, role: role, owner: owner,
            dueDaysBefore: try nonNegative(m.required("due_days_before")),
            covers: try m["covers"]?.list().map { try $0.nonEmptyString() } ?? [], sealed: try m["sealed"]?.bool() ?? false,
            location: value.location)
    }

    /// A number of days from 0 to 3650 (ten years), so dates computed from it stay real dates.
    static func nonNegative(_ value: YAMLValue) throws -> Int { try value.int(in: 0...3650) }
}

extension YAMLValue {
    /// A mapping with free keys (role ids), each key as a located value; duplicates are errors.
    func entries() throws -> [(key: (string: String, value: YAMLValue), value: YAMLValue)] {
        guard case .mapping(let m) = node else { throw expected("a mapping") }
        var seen: Set<String> = []
        return try m.map { k, v in
            let keyValue = YAMLValue(node: k, file: file, path: path)
            let key = try keyValue.string()
            guard seen.insert(key).inserted else { throw keyValue.error("duplicate key '\(key)'") }
            return ((key, keyValue), YAMLValue(node: v, file: file, path: path.isEmpty ? key : "\(path).\(key)"))
        }
    }
}
