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
    ///
    /// Scans the UTF-8 bytes and copies each run that needs no change in one append: appending
    /// scalar by scalar was two thirds of the HTML renderer on the large benchmark project.
    public static func append(_ text: String, to out: inout String) {
        var text = text
        text.makeContiguousUTF8()
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            appendRuns(text, bytes, to: &out)
        }
        if done == nil { appendScalars(text, to: &out) }
    }

    private static func appendRuns(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>, to out: inout String) {
        let utf8 = text.utf8
        var runStart = 0, i = 0
        let n = bytes.count
        func flush(upTo end: Int) {
            guard end > runStart else { return }
            let from = utf8.index(utf8.startIndex, offsetBy: runStart), to = utf8.index(utf8.startIndex, offsetBy: end)
            out.append(contentsOf: Substring(utf8[from..<to]))
        }
        while i < n {
            let byte = bytes[i]
            var replacement: String?
            var length = 1
            switch byte {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            case UInt8(ascii: "\r"):
                // CR LF → LF; a lone CR → LF.
                replacement = "\n"
                if i + 1 < n, bytes[i + 1] == UInt8(ascii: "\n") { length = 2 }
            case 0x09, 0x0A: break
            case 0x00..<0x20, 0x7F: replacement = "\u{FFFD}"
            case 0xC2 where i + 1 < n && (0x80...0x9F).contains(bytes[i + 1]):
                replacement = "\u{FFFD}"  // C1 controls
                length = 2
            case 0xEF where i + 2 < n && isBMPNoncharacter(bytes[i + 1], bytes[i + 2]):
                replacement = "\u{FFFD}"
                length = 3
            case 0xF0...0xF4 where i + 3 < n && bytes[i + 1] & 0x0F == 0x0F && bytes[i + 2] == 0xBF && bytes[i + 3] & 0xFE == 0xBE:
                replacement = "\u{FFFD}"  // U+xFFFE and U+xFFFF of planes 1–16
                length = 4
            default: break
            }
            if let replacement {
                flush(upTo: i)
                out += replacement
                i += length
                runStart = i
            } else {
                i += 1
            }
        }
        flush(upTo: n)
    }

    /// U+FDD0…U+FDEF (EF B7 90…AF) and U+FFFE, U+FFFF (EF BF BE, EF BF BF), from the bytes after EF.
    private static func isBMPNoncharacter(_ second: UInt8, _ third: UInt8) -> Bool {
        (second == 0xB7 && (0x90...0xAF).contains(third)) || (second == 0xBF && third & 0xFE == 0xBE)
    }

    /// The same, a scalar at a time: the reference the byte scan is tested against, and the path
    /// for a string without contiguous UTF-8 (which `makeContiguousUTF8` rules out in practice).
    static func appendScalars(_ text: String, to out: inout String) {
        var pendingCR = false
        for scalar in text.unicodeScalars {
            if pendingCR {
                pendingCR = false
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
