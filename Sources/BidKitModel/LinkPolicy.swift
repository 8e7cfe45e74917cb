/// Which link targets may become live links, in every output format.
///
/// A bid is opened by the buyer's evaluators; a `javascript:`, `vbscript:`, `data:` or `file:` link
/// in it must not run, load or open anything. Allowed: `http://…`, `https://…`, `mailto:…`, relative
/// references and `#fragments`. Every renderer asks `href(for:)` when it writes a link and shows a
/// refused one as its text only (HTML: a `span.unsafe-link`; DOCX: plain runs, no hyperlink
/// relationship; text: the label without the address). It lives in the model, not in one renderer,
/// so that every renderer, including plugins built elsewhere, applies the same rule to whatever
/// package it is handed.
///
/// The scheme is read the way browsers read it: tabs and newlines anywhere and controls/spaces
/// at the ends are ignored, and case does not matter (`JaVa\nScRipt:` is `javascript:`).
/// An allowed URL is also made valid for the W3C checker: spaces, quotes, `<>`, non-ASCII and
/// stray `%` are percent-encoded.
public enum LinkPolicy {
    /// The `href` to write, or nil when the link must be shown as text.
    public static func href(for url: String) -> String? {
        let cleaned = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }))
        let trimmed = cleaned.trimmingControlsAndSpaces()
        guard !trimmed.isEmpty else { return nil }
        if let scheme = scheme(of: trimmed) {
            switch scheme {
            case "http", "https":
                let rest = trimmed.dropFirst(scheme.count + 1)
                guard rest.hasPrefix("//"), rest.count > 2 else { return nil }
            case "mailto":
                guard trimmed.count > "mailto:".count else { return nil }
            default:
                return nil
            }
        } else if trimmed.hasPrefix("//") || trimmed.hasPrefix("\\") {
            // Scheme-relative: loads from another host with whatever scheme the page has.
            return nil
        }
        return percentEncode(trimmed)
    }

    /// The scheme (lowercased) when the reference has one: letters first, then letters, digits,
    /// `+ - .`, then `:` — before any `/ ? #`.
    public static func scheme(of url: String) -> String? {
        var scheme = ""
        for scalar in url.unicodeScalars {
            if scalar == ":" { return scheme.isEmpty ? nil : scheme.lowercased() }
            let v = scalar.value
            let isLetter = (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
            let isDigitOrMark = (0x30...0x39).contains(v) || scalar == "+" || scalar == "-" || scalar == "."
            guard isLetter || (!scheme.isEmpty && isDigitOrMark) else { return nil }
            scheme.unicodeScalars.append(scalar)
        }
        return nil
    }

    /// Percent-encodes what a URL may not contain literally; keeps valid `%XX` escapes.
    public static func percentEncode(_ url: String) -> String {
        let bytes = Array(url.utf8)
        var out = ""
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "%") {
                let valid = i + 2 < bytes.count && isHex(bytes[i + 1]) && isHex(bytes[i + 2])
                out += valid ? "%" : "%25"
            } else if b <= 0x20 || b >= 0x7F || "\"<>\\^`{|}".utf8.contains(b) {
                out += String(format2: b)
            } else {
                out.unicodeScalars.append(Unicode.Scalar(b))
            }
            i += 1
        }
        return out
    }

    private static func isHex(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x46).contains(b) || (0x61...0x66).contains(b)
    }
}

private extension String {
    /// `%XX` for one byte.
    init(format2 byte: UInt8) {
        let digits = Array("0123456789ABCDEF")
        self = "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0x0F)])
    }

    /// Drops C0 controls and spaces at both ends (the URL parser's leading/trailing trim).
    func trimmingControlsAndSpaces() -> String {
        let scalars = Array(unicodeScalars)
        var start = 0, end = scalars.count
        while start < end, scalars[start].value <= 0x20 { start += 1 }
        while end > start, scalars[end - 1].value <= 0x20 { end -= 1 }
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
