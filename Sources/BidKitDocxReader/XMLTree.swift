// Implementation-only: libxml2's headers pull in the system ICU, which clashes with Foundation's own
// ICU in any module that sees both, and BidKit imports Foundation. Hidden like this, the C modules never
// reach this module's clients; no public type's layout involves a C type, so that is safe.
import CLibXML2

/// One parsed XML part of the package (libxml2 DOM), freed when released.
///
/// Parsing treats the part as hostile: no network (`XML_PARSE_NONET`), no entity substitution
/// (`XML_PARSE_NOENT` is never set), no external DTD, and a document that declares a DTD at all is
/// refused — Word never writes one, and an internal subset is how entity expansion attacks start.
final class XMLTree {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    private let doc: xmlDocPtr

    init(_ bytes: [UInt8], part: String, file: String) throws {
        _ = Self.initialized
        if Self.declaresDTD(bytes) { throw Self.dtdError(part: part, file: file) }
        guard let ctxt = xmlNewParserCtxt() else {
            throw DocxReadError(file: file, message: "cannot create an XML parser for \(part)")
        }
        defer { xmlFreeParserCtxt(ctxt) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { chars in
                xmlCtxtReadMemory(ctxt, chars.baseAddress, Int32(clamping: chars.count), part, nil, options)
            }
        }
        guard let parsed, ctxt.pointee.wellFormed != 0 else {
            if let parsed { xmlFreeDoc(parsed) }
            var detail = "not well-formed"
            if let error = xmlCtxtGetLastError(ctxt), let message = error.pointee.message {
                let text = String(cString: message).trimmingXMLWhitespace
                detail = error.pointee.line > 0 ? "line \(error.pointee.line): \(text)" : text
            }
            throw DocxReadError(file: file, message: "\(part) is not well-formed XML (\(detail))")
        }
        if parsed.pointee.intSubset != nil || parsed.pointee.extSubset != nil {  // a prolog the scan did not see (UTF-16)
            xmlFreeDoc(parsed)
            throw Self.dtdError(part: part, file: file)
        }
        doc = parsed
    }

    private static func dtdError(part: String, file: String) -> DocxReadError {
        DocxReadError(file: file, message: "\(part) declares a DTD, which Word never writes; the file is not read")
    }

    /// True when the prolog (before the root element) holds `<!DOCTYPE`: refused before libxml2 sees
    /// the entity declarations at all.
    static func declaresDTD(_ bytes: [UInt8]) -> Bool {
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        func at(_ s: String) -> Bool { bytes[i...].starts(with: s.utf8) }
        func skip(past end: String) {
            let e = Array(end.utf8)
            while i < bytes.count, !bytes[i...].starts(with: e) { i += 1 }
            i = min(bytes.count, i + e.count)
        }
        while i < bytes.count {
            switch bytes[i] {
            case 0x20, 0x09, 0x0D, 0x0A: i += 1
            case UInt8(ascii: "<") where at("<?"): skip(past: "?>")
            case UInt8(ascii: "<") where at("<!--"): skip(past: "-->")
            default: return at("<!DOCTYPE")
            }
        }
        return false
    }

    deinit { xmlFreeDoc(doc) }

    var root: XMLNode? { xmlDocGetRootElement(doc).map(XMLNode.init) }
}

/// A borrowed element of an `XMLTree`; valid while the tree lives.
struct XMLNode {
    let ptr: xmlNodePtr

    init(_ ptr: xmlNodePtr) { self.ptr = ptr }

    var localName: String { ptr.pointee.name.map { String(cString: $0) } ?? "" }
    var namespace: String? { ptr.pointee.ns?.pointee.href.map { String(cString: $0) } }

    /// True for the WordprocessingML element `name` (transitional or strict namespace).
    func isW(_ name: String) -> Bool { localName == name && Namespace.isW(namespace) }

    /// Element children, in document order.
    var children: [XMLNode] {
        var out: [XMLNode] = []
        var child = ptr.pointee.children
        while let c = child {
            if c.pointee.type == XML_ELEMENT_NODE { out.append(XMLNode(c)) }
            child = c.pointee.next
        }
        return out
    }

    func firstW(_ name: String) -> XMLNode? { children.first { $0.isW(name) } }

    /// The attribute `name` in namespace `ns` (one of the given URIs); unqualified attributes match too,
    /// as some producers write them. Entity references in values are never expanded.
    func attribute(_ name: String, in namespaces: [String]) -> String? {
        var attr = ptr.pointee.properties
        while let a = attr {
            let attrName = a.pointee.name.map { String(cString: $0) } ?? ""
            if attrName == name {
                let uri = a.pointee.ns?.pointee.href.map { String(cString: $0) }
                if uri.map(namespaces.contains) ?? true { return Self.literalText(a.pointee.children) }
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// `w:val` (or another `w:` attribute).
    func w(_ name: String = "val") -> String? { attribute(name, in: Namespace.w) }

    /// Character data directly inside the element: text and CDATA nodes only, so an entity reference
    /// (which a hostile file could declare) contributes nothing instead of being expanded.
    var text: String { Self.literalText(ptr.pointee.children) }

    /// `xml:space="preserve"` on the element or an ancestor.
    var preservesSpace: Bool { xmlNodeGetSpacePreserve(ptr) == 1 }

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

enum Namespace {
    static let w = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    static let r = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]
    static let officeDocument = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
    ]
    static let hyperlink = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink",
    ]
    static let styles = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/styles",
    ]

    static func isW(_ uri: String?) -> Bool { uri.map(w.contains) ?? false }
}

extension String {
    /// Without leading and trailing XML whitespace (space, tab, CR, LF).
    var trimmingXMLWhitespace: String {
        let ws: Set<Character> = [" ", "\t", "\r", "\n", "\r\n"]
        var s = Substring(self)
        while let f = s.first, ws.contains(f) { s = s.dropFirst() }
        while let l = s.last, ws.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
