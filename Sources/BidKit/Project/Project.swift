import Foundation

public enum Language: String, CaseIterable, Sendable, Codable {
    case zh, en
}

/// A loaded bid project: the typed form of `bid.yaml` and everything it references.
public struct Project: Sendable {
    /// The project folder.
    public var root: URL
    /// How the folder is named in messages.
    public var displayRoot: String
    public var info: ProjectInfo
    public var tender: Tender
    public var bidder: Bidder
    public var customer: Customer?
    public var pricing: PricingConfig
    public var parts: [PartPlan]
    /// Work that is not a section (review, proofreading, sealing, binding, submission).
    public var tasks: [TaskPlan] = []
    public var requirements: [Requirement]
    public var responses: [ClauseResponse]
    /// Rule settings from bid.yaml `checks:`.
    public var checks: CheckSettings = CheckSettings()
    /// The tender prescribes the order of the bid's documents: the order of the document requirements.
    public var documentOrderPrescribed = false
    /// bid.yaml, the requirements file and the CSV price list as written, so a check can point at the
    /// line where a value was typed rather than at the generated table that shows it.
    public var dataSources: [DataSource] = []
    /// Where each value of bid.yaml is written, by dotted path ("tender.ceiling"): see `location(of:)`.
    public var keyLocations: [String: SourceLocation] = [:]
    /// bid.yaml `volumes:`: separate documents (商务标, 技术标 …); empty = the bid is one document.
    public var volumes: [VolumePlan] = []
    /// bid.yaml `submission:`: what the e-bidding platform accepts.
    public var submission: SubmissionRules?

    public var language: Language { info.language }
    public var sections: [SectionPlan] { parts.flatMap(\.sections) }
    public func requirement(_ id: String) -> Requirement? { requirements.first { $0.id == id } }
    public func response(to id: String) -> ClauseResponse? { responses.first { $0.requirement == id } }

    /// Where the bid.yaml value at `path` ("bidder.validity_days") is written; the file when it is not.
    public func location(of path: String) -> SourceLocation {
        keyLocations[path] ?? SourceLocation(file: display("bid.yaml"))
    }

    /// The name a project-relative path is shown with in messages.
    public func display(_ relativePath: String) -> String {
        displayRoot.isEmpty || displayRoot == "." ? relativePath : "\(displayRoot)/\(relativePath)"
    }
}

public struct ProjectInfo: Sendable {
    public var id: String
    public var name: String
    public var language: Language
    public var template: String?
    public var date: CalendarDay
    public var copy: String?
    public var knownNames: [String]
    /// Project-relative path of the project's own reference DOCX (styles for the DOCX renderer).
    public var referenceDocx: String?
}

public struct Tender: Sendable {
    public var number: String
    public var buyer: String
    public var agent: String?
    public var lot: String?
    public var deadline: ZonedTime
    public var validityDays: Int
    public var ceiling: Decimal?
    public var bidBond: Decimal?
    public var requirementsFile: String
    public var requirementsLocation: SourceLocation
    /// The tender asks for a blind technical volume (暗标): nothing in it may identify the bidder.
    public var blindTechnical: Bool = false
}

public struct Bidder: Sendable {
    public var name: String
    public var legalRepresentative: String
    public var authorizedAgent: String?
    public var address: String
    public var contact: Contact?
    public var validityDays: Int
    public var bidBond: Decimal?
    public var qualifications: [Qualification]
    /// Last day the power of attorney for the authorised agent is valid, when it is limited.
    public var powerOfAttorneyUntil: CalendarDay? = nil
}

public struct Contact: Sendable {
    public var name: String
    public var role: String?
    public var phone: String?
    public var email: String?
}

public struct Qualification: Sendable {
    public var id: String
    public var name: String
    public var number: String
    public var issuer: String?
    public var expires: CalendarDay?
    public var file: String?
    public var requirement: String?
    /// The certificate's scope as printed on it (认证范围 / scope of certification), when given.
    public var scope: String? = nil
    public var location: SourceLocation
}

public enum CustomerGrade: String, CaseIterable, Sendable { case A, B, C, D }

public struct Customer: Sendable {
    public var name: String
    public var grade: CustomerGrade?
    public var contacts: [Contact]
}

public struct PricingConfig: Sendable {
    public var currency: String
    public var taxRate: Decimal
    public var pricesIncludeTax: Bool
    public var discount: Discount
    public var items: [PriceItem]
    /// Where the items came from (CSV file or bid.yaml), for messages.
    public var itemsSource: String
    public var statedTotal: Decimal?
    public var statedTotalLocation: SourceLocation?
    public var marginFloor: Decimal
}

public enum Discount: Sendable, Equatable {
    case amount(Decimal)
    case percent(Decimal)  // as a fraction: 2% = 0.02
}

public struct PriceItem: Sendable {
    public var no: String
    public var name: String
    public var spec: String
    public var brand: String
    public var unit: String
    public var quantity: Decimal
    public var unitPrice: Decimal
    /// The line amount as the author wrote it, when given (checked against quantity × unit price).
    public var statedAmount: Decimal?
    public var unitCost: Decimal?
    public var remark: String
    /// The line's VAT rate when it differs from `pricing.tax_rate` (goods 13 %, services 6 %, works 9 %).
    public var taxRate: Decimal? = nil
    public var location: SourceLocation
    /// A credit line (trade-in, rebate): declared with `credit: true`, its unit price is negative.
    public var credit: Bool = false
}

public struct PartPlan: Sendable {
    public var id: String
    public var title: String
    public var sections: [SectionPlan]
    public var location: SourceLocation
}

public enum SectionStatus: String, CaseIterable, Sendable, Codable {
    case todo, drafting, review, done
}

public enum GeneratedKind: String, CaseIterable, Sendable {
    case toc
    case priceSchedule = "price-schedule"
    case openingSummary = "opening-summary"
    case technicalDeviations = "technical-deviations"
    case commercialDeviations = "commercial-deviations"
    case qualificationList = "qualification-list"
    case complianceMatrix = "compliance-matrix"
}

public enum SectionContent: Sendable {
    case markdown(path: String)
    case generated(GeneratedKind)
    /// A buyer-supplied Word form (.docx) whose `{{fields}}` are filled in.
    case docxForm(path: String)
    /// A scanned document (PDF, PNG, JPEG: a bond receipt, a licence) placed as page images.
    case attachment(path: String)
}

public struct SectionPlan: Sendable {
    public var id: String
    public var title: String
    public var content: SectionContent
    public var owner: String
    public var role: String?
    public var due: CalendarDay
    public var status: SectionStatus
    public var covers: [String]
    /// `sealed:` / `signed:` as written: the document must (true) or need not (false) carry the bidder's
    /// seal / an authorised signature; nil leaves it to the title lists (see `SigningNeeds`).
    public var sealed: Bool? = nil
    public var signed: Bool? = nil
    public var location: SourceLocation
}
