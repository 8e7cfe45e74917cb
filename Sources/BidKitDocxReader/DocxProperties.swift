import BidKitOOXML

/// Who a .docx says wrote it: the core (`docProps/core.xml`) and extended (`docProps/app.xml`)
/// properties an evaluator sees in File ▸ Properties. Two bids naming the same author or company
/// are a classic sign of collusion, and a template author's name in ours invites the question.
public struct DocxProperties: Hashable, Sendable {
    public var title = ""
    public var creator = ""
    public var lastModifiedBy = ""
    public var company = ""
    public var manager = ""

    /// The properties as (label, value) pairs that carry a value, for messages.
    public var named: [(String, String)] {
        [("creator", creator), ("lastModifiedBy", lastModifiedBy), ("Company", company), ("Manager", manager)]
            .filter { !$0.1.isEmpty }
    }

    public init(bytes: [UInt8], file: String) throws {
        let package = try OOXMLPackage(zip: bytes, file: file, limits: .documentProperties)
        var properties = DocxProperties()
        for node in try package.xml("docProps/core.xml")?.root?.children ?? [] {
            switch node.name {
            case "title": properties.title = node.text
            case "creator": properties.creator = node.text
            case "lastModifiedBy": properties.lastModifiedBy = node.text
            default: break
            }
        }
        for node in try package.xml("docProps/app.xml")?.root?.children ?? [] {
            switch node.name {
            case "Company": properties.company = node.text
            case "Manager": properties.manager = node.text
            default: break
            }
        }
        self = properties
    }

    private init() {}
}
