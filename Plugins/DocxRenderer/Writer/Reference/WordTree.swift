import BidKitOOXML
import BidKitPluginSDK

/// Namespaces of the parts the renderer reads and writes.
enum NS {
    static let w = OOXMLNamespace.w[0]
    static let r = OOXMLNamespace.r[0]
    static let rel = OOXMLNamespace.packageRelationships
}

/// The renderer's shorthand on BidKitOOXML's trees: `w:` attributes by default, fragments in `w:`/`r:`.
extension XMLTree {
    /// A `w:`-namespaced attribute (`w:val`, `w:styleId` …), or a plain one when `namespace` is nil.
    func attribute(_ node: Node, _ name: String, namespace: String? = NS.w) -> String? {
        node.attribute(name, namespace: namespace)
    }

    /// An attribute read as a number in `range` (nil when missing, not a number or outside it): values
    /// from a reference document are hostile, and arithmetic on them must not overflow.
    func integer(_ node: Node, _ name: String, in range: ClosedRange<Int>) -> Int? {
        attribute(node, name).flatMap { Int($0) }.flatMap { range.contains($0) ? $0 : nil }
    }

    func setAttribute(_ node: Node, _ name: String, _ value: String) {
        setAttribute(node, name, value, namespace: NS.w)
    }

    func text(_ node: Node) -> String { node.text }

    func children(_ node: Node) -> [Node] { node.children }

    func localName(_ node: Node) -> String { node.name }

    /// Parses `fragment` (elements using the `w:` and `r:` prefixes) and inserts it under `parent`.
    func insert(fragment: String, into parent: Node, before: Node? = nil) throws {
        try insert(fragment: fragment, namespaces: [("w", NS.w), ("r", NS.r)], into: parent, before: before)
    }

    /// BidKit's own XML (built-in parts), which cannot fail to parse unless the source is broken.
    static func builtIn(_ text: String, _ part: String) throws -> XMLTree {
        do { return try XMLTree(builtIn: text, part: part) } catch { throw RenderError("\(error)") }
    }
}
