/// Reads `tender:`, `bidder:` (with its qualifications) and `customer:` of bid.yaml.
enum PartiesLoader {
    /// Every field is read even when another fails, so one run reports all of the block's errors.
    static func readTender(_ value: YAMLValue, paths: ProjectPaths) throws -> Tender {
        var g = ErrorGathering()
        let m = try value.mapping(keys: ProjectLoader.tenderKeys, gathering: &g)
        let reqValue = g.read { try m.required("requirements") }
        let tender = Tender(
            number: g.read("") { try m.string("number") }, buyer: g.read("") { try m.string("buyer") },
            agent: g.read(nil) { try m.optionalString("agent") }, lot: g.read(nil) { try m.optionalString("lot") },
            deadline: g.read(.placeholder) { try deadline(m.required("deadline")) },
            validityDays: g.read(1) { try ProjectLoader.validityDays(m.required("validity_days")) },
            ceiling: g.read(nil) {
                try m["ceiling"]?.figure(.positive, why: "leave 'ceiling' out when the tender sets none; 0 would switch the ceiling check off")
            },
            bidBond: g.read(nil) { try m["bid_bond"]?.figure(.positive, why: "leave 'bid_bond' out when the tender asks for none") },
            requirementsFile: g.read("") { try reqValue.map { try requirementsFile($0, paths: paths) } ?? "" },
            requirementsLocation: reqValue?.location ?? value.location,
            blindTechnical: g.read(false) { try m["blind_technical"]?.bool() ?? false })
        return try g.finish(tender)
    }

    /// The requirements file `tender.requirements` names when `tender` failed elsewhere, so the file is
    /// still read; nil when that key itself fails (its error is `readTender`'s).
    static func requirementsReference(_ tender: YAMLValue?, paths: ProjectPaths) -> (String, SourceLocation)? {
        guard let tender, case .mapping(let m) = tender.node,
              let v = m.first(where: { $0.key.string == "requirements" })?.value else { return nil }
        let value = YAMLValue(node: v, file: tender.file, path: "tender.requirements")
        return (try? requirementsFile(value, paths: paths)).map { ($0, value.location) }
    }

    /// The requirements file `tender.requirements` names, confined to the project.
    static func requirementsFile(_ value: YAMLValue, paths: ProjectPaths) throws -> String {
        try paths.confine(value.nonEmptyString(), at: value.location)
    }

    /// The submission deadline: ISO 8601 with a UTC offset in use on Earth (−12:00 … +14:00), in the supported years.
    static func deadline(_ value: YAMLValue) throws -> ZonedTime {
        let text = try value.string()
        if let seconds = ZonedTime.writtenOffset(of: text), !ZonedTime.offsetRange.contains(seconds) {
            throw value.error("the UTC offset of \(value.label) ('\(text.suffix(6))') is out of range; offsets run from -12:00 to +14:00")
        }
        guard let deadline = ZonedTime(iso: text) else {
            throw value.expected("an ISO 8601 date-time with a UTC offset, e.g. 2026-12-10T09:30:00+08:00")
        }
        guard CalendarDay.supportedYears.contains(deadline.day.year) else {
            throw value.error("\(value.label) is \(text): the year is out of range; dates run from "
                              + "\(CalendarDay.supportedYears.lowerBound) to \(CalendarDay.supportedYears.upperBound)")
        }
        return deadline
    }

    static func readBidder(_ value: YAMLValue, paths: ProjectPaths) throws -> Bidder {
        var g = ErrorGathering()
        let m = try value.mapping(keys: ProjectLoader.bidderKeys, gathering: &g)
        var ids: [String: SourceLocation] = [:]
        let listed = g.read([]) { try m["qualifications"]?.list() ?? [] }
        let qualifications = g.each(listed) { q -> Qualification in
            let qualification = try readQualification(q, paths: paths)
            if let first = ids[qualification.id] {
                throw q.error("duplicate qualification id '\(qualification.id)' (first defined at \(first))")
            }
            ids[qualification.id] = q.location
            return qualification
        }
        let bidder = Bidder(
            name: g.read("") { try m.string("name") }, legalRepresentative: g.read("") { try m.string("legal_representative") },
            authorizedAgent: g.read(nil) { try m.optionalString("authorized_agent") }, address: g.read("") { try m.string("address") },
            contact: g.read(nil) { try m["contact"].map(readContact) },
            validityDays: g.read(1) { try ProjectLoader.validityDays(m.required("validity_days")) },
            bidBond: g.read(nil) { try m["bid_bond"]?.figure(.nonNegative) }, qualifications: qualifications,
            powerOfAttorneyUntil: g.read(nil) { try m["power_of_attorney_until"].map(ProjectLoader.day) })
        return try g.finish(bidder)
    }

    private static func readQualification(_ value: YAMLValue, paths: ProjectPaths) throws -> Qualification {
        var g = ErrorGathering()
        let m = try value.mapping(keys: ProjectLoader.qualificationKeys, gathering: &g)
        let file = g.read(nil) {
            try m["file"].map { v -> String in
                let relative = try paths.confine(v.nonEmptyString(), at: v.location)
                // A scan not yet made is allowed; one that is there must be the project's own file.
                if paths.exists(relative) || FileReader.isSymbolicLink(paths.url(relative).path) {
                    try paths.check(relative, as: .attachment, referencedAt: v.location)
                }
                return relative
            }
        }
        let qualification = Qualification(
            id: g.read("") { try m.string("id") }, name: g.read("") { try m.string("name") }, number: g.read("") { try m.string("number") },
            issuer: g.read(nil) { try m.optionalString("issuer") }, expires: g.read(nil) { try m["expires"].map(ProjectLoader.day) },
            file: file, requirement: g.read(nil) { try m.optionalString("requirement") },
            scope: g.read(nil) { try m.optionalString("scope") }, location: value.location)
        return try g.finish(qualification)
    }

    static func readContact(_ value: YAMLValue) throws -> Contact {
        var g = ErrorGathering()
        let m = try value.mapping(keys: ProjectLoader.contactKeys, gathering: &g)
        return try g.finish(Contact(name: g.read("") { try m.string("name") }, role: g.read(nil) { try m.optionalString("role") },
                                    phone: g.read(nil) { try m.optionalString("phone") }, email: g.read(nil) { try m.optionalString("email") }))
    }

    static func readCustomer(_ value: YAMLValue) throws -> Customer {
        var g = ErrorGathering()
        let m = try value.mapping(keys: ProjectLoader.customerKeys, gathering: &g)
        let listed = g.read([]) { try m["contacts"]?.list() ?? [] }
        let contacts = g.each(listed, readContact)
        return try g.finish(Customer(name: g.read("") { try m.string("name") }, grade: g.read(nil) { try m["grade"]?.enum(CustomerGrade.self) },
                                     contacts: contacts))
    }
}
