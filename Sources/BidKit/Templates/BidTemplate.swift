import Foundation

/// A bid template: a folder with `template.yaml` (the task breakdown, roles, default data) and a
/// `skeleton/` of files copied into every new project (requirements, price list, Markdown sections).
/// DOCX and HTML styling live beside them (`docx/`, `html/`) and are the renderers' business.
public struct BidTemplate: Sendable {
    /// The folder name: what `--template` and bid.yaml `project.template` say.
    public var name: String
    /// One line for `bidkit templates`.
    public var description: String
    public var language: Language
    /// The template folder (absolute).
    public var folder: String
    public var deadline: DeadlineDefault
    /// The bid's date (cover, signatures) is this many days before the deadline's day.
    public var projectDateDaysBefore: Int
    /// Role id → the owner name a new project starts with ("sales-assistant" → "商务助理"), in file order.
    public var roles: [(id: String, owner: String)]
    /// bid.yaml values the template supplies (fill-in markers or a company's standing data).
    var bid: YAMLTree
    public var parts: [TemplatePart]
    /// The work that is not a section (整合、校稿、盖章、装订、投标): bid.yaml's `tasks:`.
    public var tasks: [TemplateTask] = []

    public var skeletonFolder: String { (folder as NSString).appendingPathComponent("skeleton") }
    public var sections: [TemplateSection] { parts.flatMap(\.sections) }

    public func owner(ofRole role: String) -> String? { roles.first { $0.id == role }?.owner }
}

/// When the bid is due if `bidkit init` is not told: `days_from_today` at `time` in `utc_offset`.
public struct DeadlineDefault: Sendable, Equatable {
    public enum Offset: Sendable, Equatable {
        /// A fixed UTC offset in seconds (+08:00 = 28800).
        case fixed(Int)
        /// The offset of the machine running `bidkit init`, on the deadline's day.
        case local
    }

    public var daysFromToday: Int
    public var hour: Int
    public var minute: Int
    public var offset: Offset
}

public struct TemplatePart: Sendable {
    public var id: String
    public var title: String
    public var sections: [TemplateSection]
}

/// One section of the skeleton task breakdown: what bid.yaml's section gets, with the due date
/// given relative to the deadline and the owner given by role.
public struct TemplateSection: Sendable {
    public var id: String
    public var title: String
    /// A file under `skeleton/`, copied to the same path in the project (bid.yaml `source:`) …
    public var source: String?
    /// … or a generated kind (bid.yaml `generate:`); exactly one of the two is set.
    public var generate: GeneratedKind?
    public var role: String?
    /// A named owner (a company template may know its people); otherwise the role's owner.
    public var owner: String?
    public var dueDaysBefore: Int
    public var covers: [String]
    /// The template defines a seal and signature slot for this document.
    public var sealed: Bool = false
    public var location: SourceLocation
}

/// A finishing task of the skeleton breakdown (review, proofreading, sealing, binding, submission),
/// due `dueDaysBefore` the deadline's day and owned by a role, as a section is.
public struct TemplateTask: Sendable {
    public var id: String
    public var title: String
    public var kind: TaskPlan.Kind
    public var role: String?
    public var owner: String?
    public var dueDaysBefore: Int
    public var location: SourceLocation
}
