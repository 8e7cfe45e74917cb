import BidKitPluginSDK

/// Keeps the page shell and stylesheet self-contained.
///
/// The HTML must open offline and make no requests (an evaluator's machine may have no network,
/// and a remote font or script would leak that the bid was opened). Templates are company files,
/// not attacker input, so this is a guard against honest mistakes — a Google Fonts `@import`, a
/// CDN `<script>` — with a message saying what to do, not a sandbox.
enum TemplateSafety {
    /// Elements that fetch or run something.
    static let forbiddenTags = ["<script", "<link", "<iframe", "<frame", "<object", "<embed", "<img", "<video",
                                "<audio", "<source", "<base", "<form", "<meta http-equiv"]

    static func checkTemplate(_ text: String, origin: String) throws {
        let lower = text.lowercased()
        for tag in forbiddenTags where lower.contains(tag) {
            throw RenderError("\(origin) contains '\(tag)'; the HTML must be self-contained: put styles in style.css and images into it as data: URLs")
        }
        try checkCSSText(lower, origin: origin)
    }

    static func checkStyleSheet(_ css: String, origin: String) throws {
        let lower = css.lowercased()
        // Checked on the raw text: inside a comment it would end the <style> element just the same.
        if lower.contains("</style") {
            throw RenderError("\(origin) contains '</style', which would end the embedded <style> element")
        }
        try checkCSSText(withoutComments(lower), origin: origin)
    }

    /// `@import` and `url(…)` other than `data:` (a local `#fragment` is fine too).
    private static func checkCSSText(_ lower: String, origin: String) throws {
        if lower.contains("@import") {
            throw RenderError("\(origin) uses @import; the HTML must be self-contained: paste the rules into style.css")
        }
        var rest = Substring(lower)
        while let range = rest.range(of: "url(") {
            let argument = rest[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
            if !(argument.hasPrefix("data:") || argument.hasPrefix("#")) {
                let shown = argument.prefix { $0 != ")" }.prefix(60)
                throw RenderError("\(origin) loads url(\(shown)); the HTML must be self-contained: use a data: URL")
            }
            rest = rest[range.upperBound...]
        }
    }

    /// CSS without `/* … */` comments, so a comment mentioning `@import` is not an error.
    static func withoutComments(_ css: String) -> String {
        var out = ""
        var rest = Substring(css)
        while let open = rest.range(of: "/*") {
            out += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "*/") else { return out }
            rest = rest[close.upperBound...]
        }
        out += rest
        return out
    }
}
