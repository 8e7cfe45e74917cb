/// The relationships of one part (its `_rels/<name>.rels`): how a package says where its parts are.
/// Internal targets are resolved to part names; external ones (hyperlinks) are kept as written.
public struct PackageRelationships: Hashable, Sendable {
    public struct Relationship: Hashable, Sendable {
        public var id: String
        /// The full type URI.
        public var type: String
        /// The last segment of the type ("styles", "hyperlink", "officeDocument"): the same in the
        /// transitional and strict conformance classes.
        public var kind: String { type.split(separator: "/").last.map(String.init) ?? "" }
        /// A part name for internal targets ("word/styles.xml"); the URL as written for external ones.
        public var target: String
        public var external: Bool
    }

    public private(set) var relationships: [Relationship] = []
    private var byID: [String: Int] = [:]

    public init() {}

    /// `base` is the folder of the part the relationships belong to ("" for the package itself).
    public init(_ tree: XMLTree, base: String) {
        guard let root = tree.root, root.name == "Relationships" else { return }
        for node in root.children where node.name == "Relationship" {
            guard let id = node.attribute("Id", in: []), let target = node.attribute("Target", in: []) else { continue }
            let external = node.attribute("TargetMode", in: []) == "External"
            let entry = Relationship(id: id, type: node.attribute("Type", in: []) ?? "",
                                     target: external ? target : Self.resolve(target, base: base), external: external)
            if byID[id] == nil { byID[id] = relationships.count }  // the first of duplicate ids wins
            relationships.append(entry)
        }
    }

    /// The relationships of `part` in `package`, or nil when it has none.
    public static func read(for part: String, in package: OOXMLPackage) throws -> PackageRelationships? {
        try package.xml(relationshipsPart(of: part)).map { PackageRelationships($0, base: directory(of: part)) }
    }

    public func relationship(id: String) -> Relationship? { byID[id].map { relationships[$0] } }

    /// The target of the first internal relationship of `kind` (and `id`, when given).
    public func target(kind: String, id: String? = nil) -> String? {
        relationships.first { !$0.external && $0.kind == kind && (id == nil || $0.id == id) }?.target
    }

    /// "word/document.xml" → "word".
    public static func directory(of part: String) -> String {
        part.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// "word/document.xml" → "word/_rels/document.xml.rels"; "" (the package) → "_rels/.rels".
    public static func relationshipsPart(of part: String) -> String {
        let dir = directory(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        return (dir.isEmpty ? "" : dir + "/") + "_rels/" + name + ".rels"
    }

    /// A part-relative target as a part name: "styles.xml" under "word" → "word/styles.xml",
    /// "/word/document.xml" → "word/document.xml"; `..` never climbs above the package root.
    public static func resolve(_ target: String, base: String) -> String {
        var parts: [Substring] = target.hasPrefix("/") ? [] : base.split(separator: "/")
        for component in target.split(separator: "/") {
            switch component {
            case ".", "": continue
            case "..": if !parts.isEmpty { parts.removeLast() }
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    /// The package's main part: the target of `_rels/.rels`'s officeDocument relationship when the
    /// package has it, else `fallback` ("word/document.xml", "xl/workbook.xml").
    public static func mainPart(of package: OOXMLPackage, fallback: String) throws -> String {
        if let rels = try read(for: "", in: package), let target = rels.target(kind: "officeDocument"), package.contains(target) {
            return target
        }
        return fallback
    }
}
