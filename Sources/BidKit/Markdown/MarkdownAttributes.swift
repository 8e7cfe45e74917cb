/// Pandoc-style attributes in braces after an image, a heading or a table caption:
/// `{#fig:topology width=60%}`, `{#sec:architecture}`, `{#tbl:prices}`.
///
/// Hand-written (a dozen lines of scanning) because cmark-gfm has no attribute extension. Only an id
/// and a width are understood; anything else is reported as unsupported (never printed).
struct MarkdownAttributes: Equatable {
    var id: String?
    var width: ImageWidth?
    /// Pieces that were not understood (`.class`, `height=3cm`), for the section's warning.
    var ignored: [String] = []

    /// The attributes at the start of `text` ("{…}" then the rest), or nil when it does not start with one.
    static func leading(_ text: String) -> (MarkdownAttributes, rest: Substring)? {
        guard text.first == "{", let close = text.firstIndex(of: "}") else { return nil }
        let inner = text[text.index(after: text.startIndex)..<close]
        guard !inner.contains("{") else { return nil }
        return (parse(inner), text[text.index(after: close)...])
    }

    /// The attributes ending `text` ("… {#id}"), or nil.
    static func trailing(_ text: String) -> (MarkdownAttributes, rest: Substring)? {
        var end = text.endIndex
        while end > text.startIndex, text[text.index(before: end)] == " " { end = text.index(before: end) }
        guard end > text.startIndex, text[text.index(before: end)] == "}", let open = text[..<end].lastIndex(of: "{") else { return nil }
        let inner = text[text.index(after: open)..<text.index(before: end)]
        guard !inner.contains("}") else { return nil }
        var rest = text[..<open]
        while rest.last == " " { rest = rest.dropLast() }
        return (parse(inner), rest)
    }

    private static func parse(_ inner: Substring) -> MarkdownAttributes {
        var attrs = MarkdownAttributes()
        for word in inner.split(separator: " ") {
            if word.hasPrefix("#"), word.count > 1 {
                attrs.id = String(word.dropFirst())
            } else if word.hasPrefix("width="), let width = ImageWidthText.parse(String(word.dropFirst(6))) {
                attrs.width = width
            } else {
                attrs.ignored.append(String(word))
            }
        }
        return attrs
    }
}

/// `60%`, `8cm`, `80mm`, `3in`, `300px` (at 96 px per inch, as CSS and Word count them).
enum ImageWidthText {
    static func parse(_ text: String) -> ImageWidth? {
        let units: [(String, Double)] = [("%", 0), ("cm", 10_000), ("mm", 1_000), ("in", 25_400), ("px", 25_400.0 / 96)]
        for (unit, micrometres) in units where text.hasSuffix(unit) {
            let number = text.dropLast(unit.count)
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
                  number.filter({ $0 == "." }).count <= 1, let value = Double(number), value > 0 else { return nil }
            if unit == "%" { return value <= 100 ? .percent(max(1, Int(value.rounded()))) : nil }
            let width = (value * micrometres).rounded()
            return width >= 1 && width <= 10_000_000 ? .micrometres(Int(width)) : nil
        }
        return nil
    }
}
