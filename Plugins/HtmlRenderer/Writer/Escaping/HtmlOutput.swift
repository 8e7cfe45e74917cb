import BidKitPluginSDK

/// The growing body markup.
///
/// Tag and attribute *names* are always string literals in this module; every attribute *value*
/// and every piece of text passes through `HtmlEscaping`. `markup(_:)` is the one way to append
/// unescaped characters and takes a `StaticString`, so project data cannot reach it by accident.
struct HtmlOutput {
    private(set) var html = ""
    /// Footnotes referenced since the current section began, and how many the document has had (`Footnotes`).
    var footnotes: [(number: Int, content: [Inline])] = []
    var footnoteCount = 0

    init() { html.reserveCapacity(1 << 16) }

    /// Escaped text content.
    mutating func text(_ text: String) { HtmlEscaping.append(text, to: &html) }

    /// Literal markup written by this module.
    mutating func markup(_ literal: StaticString) { html += literal.description }

    /// `<tag a="v" …>`; attributes with a nil value are left out, an empty string is written as `a=""`.
    mutating func open(_ tag: StaticString, _ attributes: [(StaticString, String?)] = []) {
        html += "<"
        html += tag.description
        for (name, value) in attributes {
            guard let value else { continue }
            html += " "
            html += name.description
            html += "=\""
            HtmlEscaping.append(value, to: &html)
            html += "\""
        }
        html += ">"
    }

    mutating func close(_ tag: StaticString) {
        html += "</"
        html += tag.description
        html += ">"
    }

    /// `<tag …>text</tag>`.
    mutating func element(_ tag: StaticString, _ attributes: [(StaticString, String?)] = [], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    mutating func newline() { html += "\n" }

    /// Appends markup produced by another `HtmlOutput` (already escaped).
    mutating func append(_ other: HtmlOutput) { html += other.html }
}

/// Class attribute values built from model data (`role`, `kind`, code language): only
/// `[a-z0-9-]` survives, so a value can neither break out of the attribute nor inject
/// another class with a meaning in the stylesheet.
enum ClassName {
    static func token(_ raw: String) -> String {
        var out = ""
        var lastWasDash = false
        for scalar in raw.lowercased().unicodeScalars {
            let v = scalar.value
            let ok = (0x61...0x7A).contains(v) || (0x30...0x39).contains(v)
            if ok {
                out.unicodeScalars.append(scalar)
                lastWasDash = false
            } else if !lastWasDash, !out.isEmpty {
                out += "-"
                lastWasDash = true
            }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out
    }

    /// Joins non-empty class names with single spaces; nil when there are none.
    static func list(_ names: [String]) -> String? {
        let kept = names.filter { !$0.isEmpty }
        return kept.isEmpty ? nil : kept.joined(separator: " ")
    }
}
