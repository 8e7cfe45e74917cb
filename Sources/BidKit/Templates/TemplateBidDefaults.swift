import Foundation

/// A template's `bid:` block: bid.yaml values every new project starts with — fill-in markers in the
/// shipped templates, a company's name, people and standing certificates in its own. Same keys as
/// bid.yaml, checked here with their types so a mistake is reported in template.yaml at its line,
/// not later in a generated bid.yaml. Keys `bidkit init` computes are refused with the reason.
enum TemplateBidDefaults {
    /// Keys the initializer writes itself, with why.
    static let computed: [String: [String: String]] = [
        "": ["parts": "the task breakdown is the template's 'parts'"],
        "project": ["id": "it comes from the folder name or --id", "language": "it is the template's 'language'",
                    "template": "it is the template's folder name", "date": "it is counted back from the deadline",
                    "reference_docx": "a template's reference DOCX belongs in its docx/ folder"],
        "tender": ["deadline": "it comes from --deadline or the template's 'deadline' default",
                   "requirements": "it is always the skeleton's requirements.yaml"],
    ]

    static func read(_ value: YAMLValue, skeleton: ProjectPaths) throws -> YAMLTree {
        let top = try mapping(value, section: "", keys: ProjectLoader.topKeys)
        if let project = top["project"] { _ = try mapping(project, section: "project", keys: ProjectLoader.projectKeys) }
        if let tender = top["tender"] {
            let m = try mapping(tender, section: "tender", keys: ProjectLoader.tenderKeys)
            try scalars(m, ["number", "buyer", "agent", "lot"])
            if let v = m["validity_days"] { _ = try ProjectLoader.validityDays(v) }
            for key in ["ceiling", "bid_bond"] { _ = try m[key]?.decimal() }
        }
        if let bidder = top["bidder"] { try readBidder(bidder, skeleton: skeleton) }
        if let customer = top["customer"] {
            let m = try customer.mapping(keys: ProjectLoader.customerKeys)
            _ = try m.string("name")
            _ = try m["grade"]?.enum(CustomerGrade.self)
            for contact in try m["contacts"]?.list() ?? [] { try readContact(contact) }
        }
        try readPricing(top.required("pricing"), skeleton: skeleton)
        if let checks = top["checks"] { _ = try CheckSettings.read(checks) }
        return try YAMLTree.from(value) ?? .mapping([])
    }

    /// `value` as a mapping of `keys`, a computed key refused with its reason.
    private static func mapping(_ value: YAMLValue, section: String, keys: [String]) throws -> YAMLMapping {
        let reasons = computed[section] ?? [:]
        if case .mapping(let m) = value.node {
            for (k, _) in m {
                guard case .scalar(let s) = k, let reason = reasons[s.string] else { continue }
                let where_ = section.isEmpty ? "bid" : "bid.\(section)"
                throw YAMLValue(node: k, file: value.file, path: value.path)
                    .error("'\(s.string)' cannot be set in '\(where_)': \(reason)")
            }
        }
        return try value.mapping(keys: keys.filter { reasons[$0] == nil })
    }

    private static func scalars(_ m: YAMLMapping, _ keys: [String]) throws {
        for key in keys { _ = try m[key]?.nonEmptyString() }
    }

    private static func readBidder(_ value: YAMLValue, skeleton: ProjectPaths) throws {
        let m = try value.mapping(keys: ProjectLoader.bidderKeys)
        try scalars(m, ["name", "legal_representative", "authorized_agent", "address"])
        if let contact = m["contact"] { try readContact(contact) }
        if let v = m["validity_days"] { _ = try ProjectLoader.validityDays(v) }
        _ = try m["bid_bond"]?.decimal()
        var ids: Set<String> = []
        for q in try m["qualifications"]?.list() ?? [] {
            let qm = try q.mapping(keys: ProjectLoader.qualificationKeys)
            let id = try qm.string("id")
            guard ids.insert(id).inserted else { throw try qm.required("id").error("duplicate qualification id '\(id)'") }
            try scalars(qm, ["name", "number", "issuer", "requirement"])
            _ = try qm.string("name")
            _ = try qm.string("number")
            _ = try qm["expires"].map(ProjectLoader.day)
            if let file = qm["file"] { try skeletonFile(file, skeleton: skeleton, what: "attachment") }
        }
    }

    private static func readContact(_ value: YAMLValue) throws {
        let m = try value.mapping(keys: ProjectLoader.contactKeys)
        _ = try m.string("name")
        try scalars(m, ["role", "phone", "email"])
    }

    private static func readPricing(_ value: YAMLValue, skeleton: ProjectPaths) throws {
        let m = try value.mapping(keys: PricingLoader.keys)
        try scalars(m, ["currency"])
        for key in ["tax_rate", "margin_floor", "discount"] { _ = try m[key].map { try $0.percentage() ?? $0.decimal() } }
        _ = try m["stated_total"]?.decimal()
        _ = try m["prices_include_tax"]?.bool()
        switch (m["items_file"], m["items"]) {
        case (let file?, nil):
            try skeletonFile(file, skeleton: skeleton, what: "price list")
        case (nil, let items?):
            for item in try items.list() {
                let im = try item.mapping(keys: PricingLoader.itemColumns)
                _ = try im.string("name")
                _ = try im.string("unit")
                for key in ["quantity", "unit_price"] { _ = try im.required(key).decimal() }
                for key in ["amount", "unit_cost"] { _ = try im[key]?.decimal() }
            }
        case (.some, .some):
            throw value.error("give either 'items_file' or 'items', not both")
        case (nil, nil):
            throw value.error("a template's pricing needs 'items_file' (a CSV file under skeleton/) or 'items'")
        }
    }

    /// A path in bid.yaml must name a file the skeleton brings along.
    private static func skeletonFile(_ value: YAMLValue, skeleton: ProjectPaths, what: String) throws {
        let relative = try skeleton.confine(value.nonEmptyString(), at: value.location)
        guard skeleton.exists(relative) else {
            throw value.error("\(what) '\(relative)' not found in the template's skeleton (looked for \(skeleton.display(relative)))")
        }
    }
}
