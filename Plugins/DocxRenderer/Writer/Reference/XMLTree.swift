import BidKitPluginSDK
import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Namespaces of the parts the renderer reads and writes.
enum NS {
    static let w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let rel = "http://schemas.openxmlformats.org/package/2006/relationships"
}

/// A parsed XML part (libxml2 DOM) with the few operations the renderer needs on reference parts:
/// XPath queries with the `w:`/`r:`/`rel:` prefixes, attribute access, inserting fragments and
/// writing the document back out. Editing the DOM instead of splicing strings keeps every
/// namespace declaration of the original part (Word's `w14:`, `w15:` …) intact.
final class XMLTree {
    typealias Node = UnsafeMutablePointer<xmlNode>
    let doc: xmlDocPtr
    let origin: String

    /// libxml2 wants one initialisation before threads use it; Swift runs a static initialiser once.
    private static let initialised: Bool = {
        xmlInitParser()
        return true
    }()

    init(_ bytes: [UInt8], origin: String) throws {
        _ = Self.initialised
        self.origin = origin
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    xmlReadMemory($0, Int32(clamping: buf.count), origin, "UTF-8", options)
                }
            }
        }
        guard let parsed else {
            var reason = "not well-formed XML"
            if let last = xmlGetLastError(), let msg = last.pointee.message {
                reason = String(cString: msg).trimmingTrailingNewlines + " (line \(last.pointee.line))"
            }
            throw RenderError("\(origin): \(reason)")
        }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    var root: Node? { xmlDocGetRootElement(doc) }

    /// Nodes matching `path` (XPath 1.0), evaluated at `context` or at the document.
    func nodes(_ path: String, at context: Node? = nil) -> [Node] {
        guard let ctx = xmlXPathNewContext(doc) else { return [] }
        defer { xmlXPathFreeContext(ctx) }
        // Prefixes resolve through the context's namespace array (xmlXPathRegisterNs lives in
        // xpathInternals.h, which the CLibXML2 shim does not include).
        let bindings = [("w", NS.w), ("r", NS.r), ("rel", NS.rel)].compactMap { xmlNewNs(nil, $0.1, $0.0) }
        let array = UnsafeMutablePointer<xmlNsPtr?>.allocate(capacity: bindings.count)
        defer {
            array.deallocate()
            for ns in bindings { xmlFreeNs(ns) }
        }
        for (i, ns) in bindings.enumerated() { array[i] = ns }
        ctx.pointee.namespaces = array
        ctx.pointee.nsNr = Int32(bindings.count)
        if let context { ctx.pointee.node = context }
        guard let result = xmlXPathEvalExpression(path, ctx) else { return [] }
        defer { xmlXPathFreeObject(result) }
        guard let set = result.pointee.nodesetval, let tab = set.pointee.nodeTab else { return [] }
        return (0..<Int(set.pointee.nodeNr)).compactMap { tab[$0] }
    }

    func first(_ path: String, at context: Node? = nil) -> Node? { nodes(path, at: context).first }

    /// A `w:`-namespaced attribute (`w:val`, `w:styleId` …), or a plain one when `namespace` is nil.
    func attribute(_ node: Node, _ name: String, namespace: String? = NS.w) -> String? {
        let value = namespace.map { xmlGetNsProp(node, name, $0) } ?? xmlGetNoNsProp(node, name)
        guard let value else { return nil }
        defer { free(value) }
        return String(cString: value)
    }

    func setAttribute(_ node: Node, _ name: String, _ value: String) {
        let ns = xmlSearchNsByHref(doc, node, NS.w)
        xmlSetNsProp(node, ns, name, value)
    }

    func text(_ node: Node) -> String {
        guard let content = xmlNodeGetContent(node) else { return "" }
        defer { free(content) }
        return String(cString: content)
    }

    /// Replaces a node's content by literal text (no entity parsing).
    func setText(_ node: Node, _ text: String) {
        xmlNodeSetContent(node, nil)
        xmlNodeAddContent(node, text)
    }

    func remove(_ node: Node) {
        xmlUnlinkNode(node)
        xmlFreeNode(node)
    }

    /// A deep copy of `node` (from any tree) owned by this document, not yet linked in.
    func copy(_ node: Node) -> Node? { xmlDocCopyNode(node, doc, 1) }

    /// Parses `fragment` (elements using the `w:` prefix) and inserts copies of its top-level
    /// elements under `parent`, before `before` when given, else at the end.
    func insert(fragment: String, into parent: Node, before: Node? = nil) throws {
        let wrapper = "<w:fragment xmlns:w=\"\(NS.w)\" xmlns:r=\"\(NS.r)\">\(fragment)</w:fragment>"
        let tree = try XMLTree(Array(wrapper.utf8), origin: origin + " (generated fragment)")
        guard let fragRoot = tree.root else { return }
        var child = fragRoot.pointee.children
        while let c = child {
            child = c.pointee.next
            guard c.pointee.type == XML_ELEMENT_NODE, let copy = copy(c) else { continue }
            link(copy, into: parent, before: before)
        }
    }

    func link(_ node: Node, into parent: Node, before: Node? = nil) {
        if let before { xmlAddPrevSibling(before, node) } else { xmlAddChild(parent, node) }
        // A copied node carries its own namespace declarations; once linked, drop those its new
        // ancestors already declare so the part reads like Word's own output.
        _ = xmlDOMWrapReconcileNamespaces(nil, node, 1 /* remove redundant declarations */)
    }

    /// Element children of `node`.
    func children(_ node: Node) -> [Node] {
        var out: [Node] = []
        var child = node.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(c) }
            child = c.pointee.next
        }
        return out
    }

    func localName(_ node: Node) -> String { node.pointee.name.map { String(cString: $0) } ?? "" }

    /// The element serialised on its own, prefixes as in the source (for sectPr fragments).
    func serialize(_ node: Node) -> String {
        guard let buffer = xmlBufferCreate() else { return "" }
        defer { xmlBufferFree(buffer) }
        xmlNodeDump(buffer, doc, node, 0, 0)
        guard let content = xmlBufferContent(buffer) else { return "" }
        return String(cString: content)
    }

    /// The whole part as UTF-8 bytes with an XML declaration.
    func serialize() -> [UInt8] {
        var memory: UnsafeMutablePointer<xmlChar>?
        var size: Int32 = 0
        xmlDocDumpMemoryEnc(doc, &memory, &size, "UTF-8")
        guard let memory else { return [] }
        defer { free(memory) }
        return Array(UnsafeBufferPointer(start: memory, count: Int(size)))
    }
}

extension String {
    var trimmingTrailingNewlines: String {
        var s = self
        while s.last == "\n" || s.last == "\r" { s.removeLast() }
        return s
    }
}
