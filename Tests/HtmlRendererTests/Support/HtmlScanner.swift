/// A small, strict reader for the HTML this renderer writes — enough to check structure in tests
/// without a parser dependency.
///
/// Stricter than HTML itself on purpose: every non-void element must be closed explicitly and in
/// order, attribute values must be double-quoted, a literal `<` in text is an error, and the only
/// raw-text element allowed is `<style>`. The renderer writes exactly that subset, so anything
/// outside it is a bug worth failing on.
struct HtmlDocument {
    struct Element {
        var name: String
        var attributes: [String: String]
        var parent: Int?
        /// Decoded text of the element and its descendants.
        var text = ""

        func has(class name: String) -> Bool {
            (attributes["class"] ?? "").split(separator: " ").contains { $0 == name }
        }
    }

    struct ScanError: Error, CustomStringConvertible {
        var description: String
    }

    private(set) var elements: [Element] = []
    /// The doctype, lowercased (`!doctype html`).
    private(set) var doctype: String?

    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                                            "source", "track", "wbr"]

    init(_ html: String) throws {
        let s = Array(html.unicodeScalars)
        var i = 0
        var open: [Int] = []
        var text = ""

        func fail(_ message: String) -> ScanError {
            let line = s[..<min(i, s.count)].filter { $0 == "\n" }.count + 1
            return ScanError(description: "line \(line): \(message)")
        }
        func flushText() throws {
            guard !text.isEmpty else { return }
            let decoded = try Self.decodeEntities(text)
            for index in open { elements[index].text += decoded }
            text = ""
        }
        func starts(_ literal: String, at p: Int) -> Bool {
            let l = Array(literal.unicodeScalars)
            guard p + l.count <= s.count else { return false }
            for k in 0..<l.count where Character(s[p + k]).lowercased() != Character(l[k]).lowercased() { return false }
            return true
        }

        while i < s.count {
            let c = s[i]
            guard c == "<" else {
                text.unicodeScalars.append(c)
                i += 1
                continue
            }
            try flushText()
            if starts("<!--", at: i) {
                guard let end = (i..<s.count).first(where: { starts("-->", at: $0) }) else { throw fail("unclosed comment") }
                i = end + 3
                continue
            }
            if starts("<!doctype", at: i) {
                guard elements.isEmpty, doctype == nil else { throw fail("doctype after content") }
                guard let end = s[i...].firstIndex(of: ">") else { throw fail("unclosed doctype") }
                doctype = String(String.UnicodeScalarView(s[(i + 1)..<end])).lowercased()
                i = end + 1
                continue
            }
            if starts("</", at: i) {
                guard let end = s[i...].firstIndex(of: ">") else { throw fail("unclosed end tag") }
                let name = String(String.UnicodeScalarView(s[(i + 2)..<end])).lowercased()
                guard let top = open.last else { throw fail("end tag </\(name)> with nothing open") }
                guard elements[top].name == name else {
                    throw fail("end tag </\(name)> closes <\(elements[top].name)>")
                }
                open.removeLast()
                i = end + 1
                continue
            }
            // Start tag.
            i += 1
            var name = ""
            while i < s.count, s[i].properties.isAlphabetic || ("0"..."9").contains(s[i]) {
                name.unicodeScalars.append(s[i])
                i += 1
            }
            name = name.lowercased()
            guard !name.isEmpty else { throw fail("a literal '<' in text") }
            var attributes: [String: String] = [:]
            while true {
                while i < s.count, s[i] == " " || s[i] == "\n" { i += 1 }
                guard i < s.count else { throw fail("unclosed start tag <\(name)>") }
                if s[i] == ">" {
                    i += 1
                    break
                }
                var attribute = ""
                while i < s.count, !" \n=>".unicodeScalars.contains(s[i]) {
                    attribute.unicodeScalars.append(s[i])
                    i += 1
                }
                guard !attribute.isEmpty else { throw fail("bad attribute in <\(name)>") }
                var value = ""
                if i < s.count, s[i] == "=" {
                    i += 1
                    guard i < s.count, s[i] == "\"" else { throw fail("unquoted value for \(attribute) in <\(name)>") }
                    i += 1
                    while i < s.count, s[i] != "\"" {
                        guard s[i] != "<" else { throw fail("'<' inside attribute \(attribute)") }
                        value.unicodeScalars.append(s[i])
                        i += 1
                    }
                    i += 1
                }
                guard attributes[attribute.lowercased()] == nil else { throw fail("duplicate attribute \(attribute) in <\(name)>") }
                attributes[attribute.lowercased()] = try Self.decodeEntities(value)
            }
            elements.append(Element(name: name, attributes: attributes, parent: open.last))
            let index = elements.count - 1
            if name == "style" {
                guard let end = (i..<s.count).first(where: { starts("</style>", at: $0) }) else { throw fail("unclosed <style>") }
                i = end + "</style>".count
            } else if name == "script" {
                throw fail("a <script> element")
            } else if !Self.voidElements.contains(name) {
                open.append(index)
            }
        }
        try flushText()
        if let top = open.last { throw ScanError(description: "<\(elements[top].name)> is never closed") }
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// Elements named `name` inside the element at `ancestor`.
    func all(_ name: String, inside ancestor: Int) -> [Element] {
        elements.filter { element in
            guard element.name == name else { return false }
            var p = element.parent
            while let current = p {
                if current == ancestor { return true }
                p = elements[current].parent
            }
            return false
        }
    }

    func firstIndex(where predicate: (Element) -> Bool) -> Int? { elements.firstIndex(where: predicate) }

    static func decodeEntities(_ text: String) throws -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";"), rest.distance(from: amp, to: semi) <= 10 else {
                throw ScanError(description: "a bare '&' in \"\(text.prefix(60))\"")
            }
            let entity = String(rest[rest.index(after: amp)..<semi])
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "#39": out += "'"
            default:
                guard entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let scalar = Unicode.Scalar(v) else {
                    throw ScanError(description: "unknown entity &\(entity);")
                }
                out.unicodeScalars.append(scalar)
            }
            rest = rest[rest.index(after: semi)...]
        }
        out += rest
        return out
    }
}
