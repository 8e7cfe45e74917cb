internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One XML part of a package as a libxml2 tree (DOM), parsed by `XMLParser` under `OOXMLLimits`, freed
/// when released. Readers walk it through `Node`; writers that start from a reference part (styles,
/// numbering, settings) edit it in place and serialise it, which keeps every namespace declaration of
/// the original (Word's `w14:`, `w15:` …) intact.
public final class XMLTree {
    let doc: xmlDocPtr
    /// The package the part came from, and the part's name, for messages.
    public let file: String
    public let part: String
    /// "file: part", for messages about the part's content.
    public var origin: String { "\(file): \(part)" }
    /// Prefixes usable in XPath queries on this tree.
    public var prefixes: [(prefix: String, uri: String)] = OOXMLNamespace.xpathPrefixes

    public init(_ bytes: [UInt8], part: String, file: String, limits: OOXMLLimits) throws {
        doc = try XMLParser.parse(bytes, part: part, file: file, limits: limits)
        self.file = file
        self.part = part
    }

    /// XML that BidKit wrote itself (a built-in part, a generated fragment), parsed the same way.
    public convenience init(builtIn text: String, part: String) throws {
        try self.init(Array(text.utf8), part: part, file: "built-in", limits: .builtIn)
    }

    deinit { xmlFreeDoc(doc) }

    public var root: Node? { xmlDocGetRootElement(doc).map { Node($0, self) } }

    // MARK: Queries

    /// Nodes matching `path` (XPath 1.0, with `prefixes`), evaluated at `context` or at the document.
    /// Interpolate values into a path only through `XPath.literal`.
    public func nodes(_ path: String, at context: Node? = nil) -> [Node] {
        guard let ctx = xmlXPathNewContext(doc) else { return [] }
        defer { xmlXPathFreeContext(ctx) }
        for binding in prefixes { _ = xmlXPathRegisterNs(ctx, binding.prefix, binding.uri) }
        if let context { ctx.pointee.node = context.pointer }
        guard let result = xmlXPathEvalExpression(path, ctx) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, let tab = set.pointee.nodeTab else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { tab[$0].map { Node($0, self) } }
    }

    public func first(_ path: String, at context: Node? = nil) -> Node? { nodes(path, at: context).first }

    // MARK: Editing

    /// Sets attribute `name` in `namespace` (with the prefix the tree declares for it at `node`;
    /// unprefixed when none is in scope).
    public func setAttribute(_ node: Node, _ name: String, _ value: String, namespace: String) {
        let ns = xmlSearchNsByHref(doc, node.pointer, namespace)
        xmlSetNsProp(node.pointer, ns, name, value)
    }

    /// Replaces a node's content by literal text (no entity parsing).
    public func setText(_ node: Node, _ text: String) {
        xmlNodeSetContent(node.pointer, nil)
        xmlNodeAddContent(node.pointer, text)
    }

    public func remove(_ node: Node) {
        xmlUnlinkNode(node.pointer)
        xmlFreeNode(node.pointer)
    }

    /// A deep copy of `node` (from any tree) owned by this document, not yet linked in.
    public func copy(_ node: Node) -> Node? { xmlDocCopyNode(node.pointer, doc, 1).map { Node($0, self) } }

    /// Parses `fragment` (elements using the prefixes of `namespaces`) and inserts copies of its
    /// top-level elements under `parent`, before `before` when given, else at the end.
    public func insert(fragment: String, namespaces: [(prefix: String, uri: String)], into parent: Node, before: Node? = nil) throws {
        let declarations = namespaces.map { " xmlns:\($0.prefix)=\"\($0.uri)\"" }.joined()
        let wrapper = "<bidkit-fragment\(declarations)>\(fragment)</bidkit-fragment>"
        let tree = try XMLTree(builtIn: wrapper, part: part + " (generated fragment)")
        for child in tree.root?.children ?? [] {
            guard let copy = copy(child) else { continue }
            link(copy, into: parent, before: before)
        }
    }

    /// Links `node` (made by `copy`) under `parent`, before `before` when given, else at the end.
    public func link(_ node: Node, into parent: Node, before: Node? = nil) {
        if let before { xmlAddPrevSibling(before.pointer, node.pointer) } else { xmlAddChild(parent.pointer, node.pointer) }
        // A copied node carries its own namespace declarations; once linked, drop those its new
        // ancestors already declare so the part reads like Word's own output.
        _ = xmlDOMWrapReconcileNamespaces(nil, node.pointer, 1 /* remove redundant declarations */)
    }

    // MARK: Output

    /// The element serialised on its own, prefixes as in the source.
    public func serialize(_ node: Node) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, doc, node.pointer, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The whole part as UTF-8 bytes with an XML declaration.
    public func serialize() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(doc, &memory, &size, "UTF-8")
        guard let memory else { return [] }
        defer { free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }
}
