internal import CLibXML2
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way BidKit parses XML: libxml2's DOM parser with the SAX callbacks wrapped, so limits hold
/// while the tree is built, not after it has taken the memory.
///
/// - No DTD at all: the `internalSubset` callback, which libxml2 calls as soon as it has read
///   `<!DOCTYPE name …`, stops the parser before a single declaration is read, in any encoding. OOXML
///   parts never have one, and a DTD is how entity expansion (billion laughs) and external entities
///   (XXE: `SYSTEM "file:///etc/…"`) start.
/// - No network (`XML_PARSE_NONET`), no entity substitution (`XML_PARSE_NOENT` is never set), no
///   DTD loading or validation, and libxml2's built-in limits on names and text nodes stay on
///   (`XML_PARSE_HUGE` is never set).
/// - Nesting depth and node count capped (`OOXMLLimits.maxXMLDepth`, `.maxXMLNodes`).
/// - Encodings: UTF-8 or UTF-16, as ECMA-376 Part 2 §8.1.4 requires of every part.
/// - libxml2's errors are collected, never printed (the per-thread handlers are silenced around the
///   parse) and turned into BidKit's own message naming the part and line (`XMLErrorText`).
enum XMLParser {
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// What the callbacks need, reached through the parser context's `_private`.
    private final class Guard {
        let maxDepth: Int
        let maxNodes: Int
        var nodes = 0
        var refusal: Refusal?
        var fatal: XMLErrorText.Issue?
        var firstError: XMLErrorText.Issue?

        init(_ limits: OOXMLLimits) {
            maxDepth = limits.maxXMLDepth
            maxNodes = limits.maxXMLNodes
        }
    }

    private enum Refusal {
        case dtd
        case depth(line: Int)
        case nodes(line: Int)
    }

    /// The parsed document (the caller frees it with `xmlFreeDoc`).
    static func parse(_ bytes: [UInt8], part: String, file: String, limits: OOXMLLimits) throws -> xmlDocPtr {
        _ = initialized
        func fail(_ message: String) -> OOXMLError { OOXMLError(file: file, message: "\(part) \(message)") }
        if bytes.isEmpty { throw fail("is empty, not XML") }
        guard bytes.count <= Int(Int32.max) else { throw fail("is too large to parse") }

        let saved = bidkit_xml_silence_errors()
        defer { bidkit_xml_restore_errors(saved) }
        let created = bytes.withUnsafeBufferPointer { buf in
            buf.withMemoryRebound(to: CChar.self) { xmlCreateMemoryParserCtxt($0.baseAddress, Int32(buf.count)) }
        }
        guard let ctxt = created, let sax = ctxt.pointee.sax else { throw fail("cannot be parsed (out of memory)") }
        defer { xmlFreeParserCtxt(ctxt) }
        _ = xmlCtxtUseOptions(ctxt, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        install(on: sax)
        let state = Guard(limits)
        ctxt.pointee._private = Unmanaged.passUnretained(state).toOpaque()
        _ = withExtendedLifetime(state) { xmlParseDocument(ctxt) }
        let doc = ctxt.pointee.myDoc
        ctxt.pointee.myDoc = nil

        func refuse(_ message: String) -> OOXMLError {
            if let doc { xmlFreeDoc(doc) }
            return fail(message)
        }
        switch state.refusal {
        case .dtd?:
            throw refuse("declares a DTD (<!DOCTYPE …>), which Word and Excel never write; the file is not read")
        case .depth(let line)?:
            throw refuse("nests elements more than \(grouped(limits.maxXMLDepth)) deep (line \(line)), the limit for \(limits.purpose)")
        case .nodes(let line)?:
            throw refuse("has more than \(grouped(limits.maxXMLNodes)) XML nodes (line \(line)), the limit for \(limits.purpose)")
        case nil:
            break
        }
        guard let doc, ctxt.pointee.wellFormed != 0 else {
            throw refuse("is not well-formed XML (\(XMLErrorText.describe(state.fatal ?? state.firstError)))")
        }
        if doc.pointee.intSubset != nil || doc.pointee.extSubset != nil {
            throw refuse("declares a DTD (<!DOCTYPE …>), which Word and Excel never write; the file is not read")
        }
        if let declared = doc.pointee.encoding.map({ String(cString: $0) }),
           !["UTF-8", "UTF8", "UTF-16", "UTF-16LE", "UTF-16BE"].contains(declared.uppercased()) {
            throw refuse("declares the encoding \(quoted(declared)); OOXML parts are UTF-8 or UTF-16")
        }
        return doc
    }

    private static func state(_ ctx: UnsafeMutableRawPointer?) -> (xmlParserCtxtPtr, Guard)? {
        guard let ctx else { return nil }
        let ctxt = ctx.assumingMemoryBound(to: xmlParserCtxt.self)
        guard let raw = ctxt.pointee._private else { return nil }
        return (ctxt, Unmanaged<Guard>.fromOpaque(raw).takeUnretainedValue())
    }

    /// Counts a node; false (and the parser stopped) when the cap is passed.
    private static func count(_ ctx: UnsafeMutableRawPointer?, _ n: Int = 1) -> Bool {
        guard let (ctxt, state) = state(ctx) else { return false }
        state.nodes += n
        guard state.nodes <= state.maxNodes else {
            if state.refusal == nil { state.refusal = .nodes(line: Int(xmlSAX2GetLineNumber(ctx))) }
            xmlStopParser(ctxt)
            return false
        }
        return true
    }

    /// The callbacks: each counts and checks, then hands over to libxml2's own tree builder.
    private static func install(on sax: UnsafeMutablePointer<xmlSAXHandler>) {
        sax.pointee.internalSubset = { ctx, _, _, _ in
            guard let (ctxt, state) = XMLParser.state(ctx) else { return }
            state.refusal = .dtd
            xmlStopParser(ctxt)
        }
        // Never reached once the DTD is refused; cleared so that nothing could declare or load anything.
        sax.pointee.externalSubset = nil
        sax.pointee.entityDecl = nil
        sax.pointee.unparsedEntityDecl = nil
        sax.pointee.notationDecl = nil
        sax.pointee.attributeDecl = nil
        sax.pointee.elementDecl = nil
        sax.pointee.resolveEntity = nil
        sax.pointee.warning = nil
        sax.pointee.error = nil
        sax.pointee.fatalError = nil

        sax.pointee.startElementNs = { ctx, name, prefix, uri, nsCount, namespaces, attrCount, defaulted, attributes in
            guard let (ctxt, state) = XMLParser.state(ctx) else { return }
            if Int(ctxt.pointee.nameNr) >= state.maxDepth {
                if state.refusal == nil { state.refusal = .depth(line: Int(xmlSAX2GetLineNumber(ctx))) }
                xmlStopParser(ctxt)
                return
            }
            guard XMLParser.count(ctx, 1 + Int(nsCount) + Int(attrCount)) else { return }
            xmlSAX2StartElementNs(ctx, name, prefix, uri, nsCount, namespaces, attrCount, defaulted, attributes)
        }
        sax.pointee.characters = { ctx, text, length in
            if XMLParser.count(ctx) { xmlSAX2Characters(ctx, text, length) }
        }
        sax.pointee.ignorableWhitespace = { ctx, text, length in
            if XMLParser.count(ctx) { xmlSAX2Characters(ctx, text, length) }
        }
        sax.pointee.cdataBlock = { ctx, text, length in
            if XMLParser.count(ctx) { xmlSAX2CDataBlock(ctx, text, length) }
        }
        sax.pointee.comment = { ctx, text in
            if XMLParser.count(ctx) { xmlSAX2Comment(ctx, text) }
        }
        sax.pointee.processingInstruction = { ctx, target, data in
            if XMLParser.count(ctx) { xmlSAX2ProcessingInstruction(ctx, target, data) }
        }
        sax.pointee.reference = { ctx, name in
            if XMLParser.count(ctx) { xmlSAX2Reference(ctx, name) }
        }
        sax.pointee.serror = { ctx, error in
            guard let (_, state) = XMLParser.state(ctx), let error else { return }
            // libxml2 2.9 reports bytes invalid in the encoding as XML_ERR_INVALID_CHAR too; only its text tells.
            let badBytes = error.pointee.message.map { strncmp($0, "Input is not proper", 19) == 0 } ?? false
            let issue = XMLErrorText.Issue(code: badBytes ? Int32(XML_ERR_INVALID_ENCODING.rawValue) : error.pointee.code,
                                           line: Int(error.pointee.line), column: Int(error.pointee.int2))
            if state.firstError == nil { state.firstError = issue }
            if state.fatal == nil, error.pointee.level == XML_ERR_FATAL { state.fatal = issue }
        }
    }
}

/// libxml2 as a process-wide library.
public enum XMLLibrary {
    /// Initialises libxml2 once, on the calling thread: its global tables must exist before two threads
    /// parse at once (the host renders formats in parallel, and several renderers read XML).
    public static func prepareForThreads() { XMLParser.prepare() }
}

extension XMLParser {
    static func prepare() { _ = initialized }
}
