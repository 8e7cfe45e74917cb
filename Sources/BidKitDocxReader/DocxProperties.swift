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
        self = try ZipArchive.withArchive(bytes, file: file) { zip in
            var properties = DocxProperties()
            if let core = try zip.read("docProps/core.xml") {
                let tree = try XMLTree(core, part: "docProps/core.xml", file: file)
                for node in tree.root?.children ?? [] {
                    switch node.localName {
                    case "title": properties.title = node.text
                    case "creator": properties.creator = node.text
                    case "lastModifiedBy": properties.lastModifiedBy = node.text
                    default: break
                    }
                }
            }
            if let app = try zip.read("docProps/app.xml") {
                let tree = try XMLTree(app, part: "docProps/app.xml", file: file)
                for node in tree.root?.children ?? [] {
                    switch node.localName {
                    case "Company": properties.company = node.text
                    case "Manager": properties.manager = node.text
                    default: break
                    }
                }
            }
            return properties
        }
    }

    private init() {}
}
