import CLibXML2
import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

struct DocxError: Error, CustomStringConvertible {
    let description: String
}

/// A rendered .docx opened the way a consumer would: unzipped in memory with libzip, parts parsed
/// with libxml2 and queried with XPath. Independent of the writer's own zip and XML code.
struct DocxFile {
    let entries: [(name: String, data: [UInt8])]

    init(_ bytes: [UInt8]) throws {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let memory = malloc(max(bytes.count, 1)) else { throw DocxError(description: "out of memory") }
        bytes.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(memory, base, raw.count) } }
        guard let source = zip_source_buffer_create(memory, UInt64(bytes.count), 1, &error) else {
            free(memory)
            throw DocxError(description: "zip source: \(String(cString: zip_error_strerror(&error)))")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw DocxError(description: "not a zip: \(String(cString: zip_error_strerror(&error)))")
        }
        defer { zip_discard(archive) }
        var out: [(String, [UInt8])] = []
        for i in 0..<UInt64(zip_get_num_entries(archive, 0)) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, i, 0, &stat) == 0, let name = stat.name,
                  let file = zip_fopen_index(archive, i, 0) else { throw DocxError(description: "entry \(i) unreadable") }
            var data = [UInt8](repeating: 0, count: Int(stat.size))
            let n = data.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.size) }
            zip_fclose(file)
            guard n == Int64(stat.size) else { throw DocxError(description: "entry \(i) truncated") }
            out.append((String(cString: name), data))
        }
        entries = out
    }

    var names: [String] { entries.map(\.name) }

    func data(_ name: String) throws -> [UInt8] {
        guard let e = entries.first(where: { $0.name == name }) else { throw DocxError(description: "no part \(name)") }
        return e.data
    }

    func xml(_ name: String) throws -> XMLPart { try XMLPart(try data(name), name: name) }

    func text(_ name: String) throws -> String { String(decoding: try data(name), as: UTF8.self) }
}

/// One XML part with XPath over the OOXML prefixes.
final class XMLPart {
    let doc: xmlDocPtr
    let name: String

    static let prefixes: [(String, String)] = [
        ("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        ("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        ("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"),
        ("a", "http://schemas.openxmlformats.org/drawingml/2006/main"),
        ("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture"),
        ("rel", "http://schemas.openxmlformats.org/package/2006/relationships"),
        ("ct", "http://schemas.openxmlformats.org/package/2006/content-types"),
        ("cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"),
        ("dc", "http://purl.org/dc/elements/1.1/"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("ep", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"),
    ]

    init(_ bytes: [UInt8], name: String) throws {
        self.name = name
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let parsed = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                    xmlReadMemory($0, Int32(buf.count), name, "UTF-8", options)
                }
            }
        }
        guard let parsed else { throw DocxError(description: "\(name) is not well-formed XML") }
        doc = parsed
    }

    deinit { xmlFreeDoc(doc) }

    /// Runs `body` on the XPath result of `path` (prefixes bound through the context's namespace
    /// array, since the shim leaves out xpathInternals.h and its xmlXPathRegisterNs).
    private func evaluate<T>(_ path: String, at node: xmlNodePtr? = nil, _ body: (xmlXPathObjectPtr) -> T) -> T? {
        guard let ctx = xmlXPathNewContext(doc) else { return nil }
        defer { xmlXPathFreeContext(ctx) }
        let ns = Self.prefixes.compactMap { xmlNewNs(nil, $0.1, $0.0) }
        let array = UnsafeMutablePointer<xmlNsPtr?>.allocate(capacity: ns.count)
        defer {
            array.deallocate()
            for n in ns { xmlFreeNs(n) }
        }
        for (i, n) in ns.enumerated() { array[i] = n }
        ctx.pointee.namespaces = array
        ctx.pointee.nsNr = Int32(ns.count)
        if let node { ctx.pointee.node = node }
        guard let result = xmlXPathEvalExpression(path, ctx) else { return nil }
        defer { xmlXPathFreeObject(result) }
        return body(result)
    }

    func nodes(_ path: String, at node: xmlNodePtr? = nil) -> [xmlNodePtr] {
        evaluate(path, at: node) { result in
            guard let set = result.pointee.nodesetval, let tab = set.pointee.nodeTab else { return [] }
            return (0..<Int(set.pointee.nodeNr)).compactMap { tab[$0] }
        } ?? []
    }

    func count(_ path: String, at node: xmlNodePtr? = nil) -> Int { nodes(path, at: node).count }

    /// Text content of each matching node (elements or attributes).
    func strings(_ path: String, at node: xmlNodePtr? = nil) -> [String] {
        nodes(path, at: node).map { n in
            guard let c = xmlNodeGetContent(n) else { return "" }
            defer { free(c) }
            return String(cString: c)
        }
    }

    func string(_ path: String, at node: xmlNodePtr? = nil) -> String? { strings(path, at: node).first }
}
