internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension XMLTree {
    /// An element of an `XMLTree`. It keeps its tree alive, so a node is safe to use however the tree
    /// was reached (`try package.xml(part)?.root?.children`); it is invalid only once `remove`d.
    public struct Node: Hashable {
        let raw: OpaquePointer
        let tree: XMLTree

        init(_ pointer: xmlNodePtr, _ tree: XMLTree) {
            raw = OpaquePointer(pointer)
            self.tree = tree
        }

        public static func == (a: Node, b: Node) -> Bool { a.raw == b.raw }
        public func hash(into hasher: inout Hasher) { hasher.combine(raw) }

        var pointer: xmlNodePtr { xmlNodePtr(raw) }

        /// The local name, without prefix.
        public var name: String { pointer.pointee.name.map { String(cString: $0) } ?? "" }

        /// The namespace URI, nil for an unqualified element.
        public var namespace: String? { pointer.pointee.ns?.pointee.href.map { String(cString: $0) } }

        /// True for element `name` in one of `namespaces`.
        public func `is`(_ name: String, in namespaces: [String]) -> Bool {
            self.name == name && namespace.map(namespaces.contains) ?? false
        }

        /// Element children, in document order.
        public var children: [Node] {
            var out: [Node] = []
            var child = pointer.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE { out.append(Node(c, tree)) }
                child = c.pointee.next
            }
            return out
        }

        /// The first element child named `name` in one of `namespaces`.
        public func first(_ name: String, in namespaces: [String]) -> Node? {
            var child = pointer.pointee.children
            while let c = child {
                if c.pointee.type == XML_ELEMENT_NODE, Node(c, tree).is(name, in: namespaces) { return Node(c, tree) }
                child = c.pointee.next
            }
            return nil
        }

        /// Attribute `name` in one of `namespaces`; an unqualified attribute of that name matches too,
        /// as some producers write them (pass `[]` for unqualified attributes only).
        public func attribute(_ name: String, in namespaces: [String]) -> String? {
            var attr = pointer.pointee.properties
            while let a = attr {
                if a.pointee.name.map({ String(cString: $0) }) == name {
                    let uri = a.pointee.ns?.pointee.href.map { String(cString: $0) }
                    if uri.map(namespaces.contains) ?? true { return Self.literalText(a.pointee.children) }
                }
                attr = a.pointee.next
            }
            return nil
        }

        /// Attribute `name` in exactly `namespace` (nil: an unqualified attribute).
        public func attribute(_ name: String, namespace: String?) -> String? {
            let value = namespace.map { xmlGetNsProp(pointer, name, $0) } ?? xmlGetNoNsProp(pointer, name)
            guard let value else { return nil }
            defer { free(value) }
            return String(cString: value)
        }

        /// Character data directly inside the element: text and CDATA nodes only, so an entity
        /// reference contributes nothing instead of being expanded.
        public var text: String { Self.literalText(pointer.pointee.children) }

        /// `xml:space="preserve"` on the element or an ancestor.
        public var preservesSpace: Bool { xmlNodeGetSpacePreserve(pointer) == 1 }

        private static func literalText(_ first: xmlNodePtr?) -> String {
            var out = ""
            var node = first
            while let n = node {
                if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE, let content = n.pointee.content {
                    out += String(cString: content)
                }
                node = n.pointee.next
            }
            return out
        }
    }
}
