/// The assembled bid: what every renderer receives and every check reads.
///
/// Plain value types only — no YAML, no zip, no argument parsing — so the loader,
/// the checker, the plugin SDK and every renderer can share it (like pandoc-types).
public struct BidPackage: Codable, Hashable, Sendable {
    public var metadata: Metadata
    /// The cover and the table of contents, before (and outside) the parts.
    public var frontMatter: FrontMatter
    public var parts: [Part]
    /// Binary resources (images) referenced by `Image.resource`, in first-use order.
    public var resources: [Resource]

    /// Without `frontMatter`, the package gets the standard one for its metadata (`FrontMatter.standard`).
    public init(metadata: Metadata, frontMatter: FrontMatter? = nil, parts: [Part] = [], resources: [Resource] = []) {
        self.metadata = metadata
        self.frontMatter = frontMatter ?? .standard(for: metadata)
        self.parts = parts
        self.resources = resources
    }

    /// Every section in reading order: the table of contents (front matter), then the parts' sections.
    public var sections: [Section] { (frontMatter.contents.map { [$0] } ?? []) + parts.flatMap(\.sections) }

    public func resource(id: String) -> Resource? { resources.first { $0.id == id } }
}

/// Facts about the bid that renderers put on covers, headers and document properties.
public struct Metadata: Codable, Hashable, Sendable {
    public var projectID: String
    public var title: String
    /// BCP 47 primary language: "zh" or "en".
    public var language: String
    public var template: String
    public var tenderNumber: String
    public var buyer: String
    public var agent: String
    public var bidder: String
    /// The bid's date (ISO 8601 `yyyy-MM-dd`), from the project, never from the clock.
    public var date: String
    /// Submission deadline, ISO 8601 with its UTC offset.
    public var deadline: String
    public var currency: String
    /// Further named values (legal representative, lot, …) for templates; sorted by key.
    public var fields: [Field]

    public init(
        projectID: String, title: String, language: String, template: String = "",
        tenderNumber: String = "", buyer: String = "", agent: String = "", bidder: String = "",
        date: String = "", deadline: String = "", currency: String = "CNY", fields: [Field] = []
    ) {
        self.projectID = projectID
        self.title = title
        self.language = language
        self.template = template
        self.tenderNumber = tenderNumber
        self.buyer = buyer
        self.agent = agent
        self.bidder = bidder
        self.date = date
        self.deadline = deadline
        self.currency = currency
        self.fields = fields
    }

    public func field(_ key: String) -> String? { fields.first { $0.key == key }?.value }
}

public struct Field: Codable, Hashable, Sendable {
    public var key: String
    public var value: String
    public init(_ key: String, _ value: String) {
        self.key = key
        self.value = value
    }
}

/// A part of the bid (commercial, technical, qualification …); each starts on a new page.
public struct Part: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    /// Display number, e.g. "第一章" or "1".
    public var number: String
    public var sections: [Section]

    public init(id: String, title: String, number: String, sections: [Section] = []) {
        self.id = id
        self.title = title
        self.number = number
        self.sections = sections
    }

    /// Heading text as printed: "第一章 商务部分" or "1 Commercial".
    public var numberedTitle: String { number.isEmpty ? title : "\(number) \(title)" }
}

/// One section of the task breakdown, with its content.
public struct Section: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    /// Display number, e.g. "一、" or "1.2".
    public var number: String
    /// What produced the blocks: "markdown", or a generated kind such as "price-schedule".
    public var kind: String
    /// Project-relative source file, when the section has one.
    public var source: String?
    public var blocks: [Block]

    public init(id: String, title: String, number: String, kind: String, source: String? = nil, blocks: [Block] = []) {
        self.id = id
        self.title = title
        self.number = number
        self.kind = kind
        self.source = source
        self.blocks = blocks
    }

    public var numberedTitle: String { Heading.join(number: number, title: title) }
}

/// Bytes a block refers to (an image), carried inside the package so renderers need no file access.
public struct Resource: Codable, Hashable, Sendable {
    public var id: String
    public var mediaType: String
    public var data: [UInt8]

    public init(id: String, mediaType: String, data: [UInt8]) {
        self.id = id
        self.mediaType = mediaType
        self.data = data
    }
}
