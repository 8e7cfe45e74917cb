/// Reads `tender:`, `bidder:` (with its qualifications) and `customer:` of bid.yaml.
enum PartiesLoader {
    static func readTender(_ value: YAMLValue, paths: ProjectPaths) throws -> Tender {
        let m = try value.mapping(keys: ProjectLoader.tenderKeys)
        let reqValue = try m.required("requirements")
        return Tender(
            number: try m.string("number"), buyer: try m.string("buyer"), agent: try m.optionalString("agent"),
            lot: try m.optionalString("lot"), deadline: try deadline(m.required("deadline")),
            validityDays: try ProjectLoader.validityDays(m.required("validity_days")),
            ceiling: try m["ceiling"]?.figure(.positive, why: "leave 'ceiling' out when the tender sets none; 0 would switch the ceiling check off"),
            bidBond: try m["bid_bond"]?.figure(.positive, why: "leave 'bid_bond' out when the tender asks for none"),
            requirementsFile: try paths.confine(reqValue.nonEmptyString(), at: reqValue.location),
            requirementsLocation: reqValue.location, blindTechnical: try m["blind_technical"]?.bool() ?? false)
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
        let m = try value.mapping(keys: ProjectLoader.bidderKeys)
        var ids: [String: SourceLocation] = [:]
        let qualifications = try m["qualifications"]?.list().map { q -> Qualification in
            let qualification = try readQualification(q, paths: paths)
            if let first = ids[qualification.id] {
                throw q.error("duplicate qualification id '\(qualification.id)' (first defined at \(first))")
            }
            ids[qualification.id] = q.location
            return qualification
        }
        return Bidder(
            name: try m.string("name"), legalRepresentative: try m.string("legal_representative"),
            authorizedAgent: try m.optionalString("authorized_agent"), address: try m.string("address"),
            contact: try m["contact"].map(readContact), validityDays: try ProjectLoader.validityDays(m.required("validity_days")),
            bidBond: try m["bid_bond"]?.figure(.nonNegative), qualifications: qualifications ?? [],
            powerOfAttorneyUntil: try m["power_of_attorney_until"].map(ProjectLoader.day))
    }

    private static func readQualification(_ value: YAMLValue, paths: ProjectPaths) throws -> Qualification {
        let m = try value.mapping(keys: ProjectLoader.qualificationKeys)
        let file = try m["file"].map { v -> String in
            let relative = try paths.confine(v.nonEmptyString(), at: v.location)
            // A scan not yet made is allowed; one that is there must be the project's own file.
            if paths.exists(relative) || FileReader.isSymbolicLink(paths.url(relative).path) {
                try paths.check(relative, as: .attachment, referencedAt: v.location)
            }
            return relative
        }
        return Qualification(
            id: try m.string("id"), name: try m.string("name"), number: try m.string("number"),
            issuer: try m.optionalString("issuer"), expires: try m["expires"].map(ProjectLoader.day), file: file,
            requirement: try m.optionalString("requirement"), scope: try m.optionalString("scope"), location: value.location)
    }

    static func readContact(_ value: YAMLValue) throws -> Contact {
        let m = try value.mapping(keys: ProjectLoader.contactKeys)
        return Contact(name: try m.string("name"), role: try m.optionalString("role"),
                       phone: try m.optionalString("phone"), email: try m.optionalString("email"))
    }

    static func readCustomer(_ value: YAMLValue) throws -> Customer {
        let m = try value.mapping(keys: ProjectLoader.customerKeys)
        return Customer(name: try m.string("name"), grade: try m["grade"]?.enum(CustomerGrade.self),
                        contacts: try m["contacts"]?.list().map(readContact) ?? [])
    }
}
