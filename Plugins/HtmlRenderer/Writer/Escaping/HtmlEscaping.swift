/// Escaping for everything the renderer writes that came from the project.
///
/// Bid text is untrusted: a bidder or buyer name, a Markdown paragraph, a table cell or an
/// image caption may contain `<script>` (raw HTML in Markdown reaches us as literal text on
/// purpose). One function serves text and attribute values so there is no second, weaker path:
/// it replaces the five characters `& < > " '`, which is enough for element content and for
/// double- *or* single-quoted attributes.
///
/// It also replaces code points an HTML document may not contain (C0/C1 controls other than
/// tab and line feed, noncharacters, lone carriage returns) with U+FFFD, so a stray control
/// character in a CSV price list cannot make the file invalid for the W3C checker.
public enum HtmlEscaping {
    /// Appends `text`, escaped, to `out`.
    public static func append(_ text: String, to out: inout String) {
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
                // CR LF → LF; a lone CR → LF.
                out.unicodeScalars.append("\n")
                if scalar == "\n" { continue }
            }
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\r": pendingCR = true
            default:
                out.unicodeScalars.append(isAllowed(scalar) ? scalar : "\u{FFFD}")
            }
        }
        if pendingCR { out.unicodeScalars.append("\n") }
    }

    /// `text`, escaped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        append(text, to: &out)
        return out
    }

    /// Whether an HTML document may carry this code point literally
    /// (WHATWG HTML §13.2.5 "control" and "noncharacter" parse errors).
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x09 || v == 0x0A { return true }
        if v < 0x20 || (0x7F...0x9F).contains(v) { return false }
        if (0xFDD0...0xFDEF).contains(v) { return false }
        if v & 0xFFFE == 0xFFFE { return false }  // U+xFFFE and U+xFFFF in every plane
        return true
    }
}
