/// The UTF-8 buffer `word/document.xml` and its tables are written into.
///
/// Why hand-written: the body is millions of small appends (a tag, a style id, a run's text), and
/// joining Swift Strings per run, cell and paragraph made the DOCX renderer's profile mostly String
/// growth, copies and retain/release; libxml2's xmlTextWriter would copy every call through C strings
/// and its own buffer. One growing byte array with constant tags as `StaticString`s, numbers written
/// as digits and text escaped by copying its unchanged stretches whole is all the writer needs.
struct XMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }

    /// A tag or other constant, already valid XML.
    mutating func append(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// XML already escaped (a style id from the reference, a part built elsewhere).
    mutating func append(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func append(_ other: XMLBytes) { bytes.append(contentsOf: other.bytes) }

    mutating func append(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }

    /// The bytes, leaving this buffer empty (the caller takes them over without a copy).
    mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// A decimal integer.
    mutating func append(_ n: Int) {
        if n < 0 { bytes.append(UInt8(ascii: "-")) }
        var m = n.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var k = 0
        withUnsafeMutableBytes(of: &digits) { d in
            repeat {
                d[k] = UInt8(ascii: "0") + UInt8(m % 10)
                m /= 10
                k += 1
            } while m > 0
            while k > 0 {
                k -= 1
                bytes.append(d[k])
            }
        }
    }

    /// Character data: `&`, `<`, `>` escaped, characters XML 1.0 forbids dropped (`XMLText.escape`
    /// on bytes: C0 controls other than tab, LF, CR, and U+FFFE / U+FFFF).
    mutating func appendText(_ s: String) { appendEscaped(s, attribute: false) }

    /// An attribute value in double quotes (`XMLText.attribute` on bytes).
    mutating func appendAttribute(_ s: String) { appendEscaped(s, attribute: true) }

    private mutating func appendEscaped(_ s: String, attribute: Bool) {
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            var i = 0
            let n = utf8.count
            while i < n {
                let b = utf8[i]
                let replacement: StaticString?
                var width = 1
                switch b {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
                case 0x09 where attribute: replacement = "&#9;"
                case 0x0A where attribute: replacement = "&#10;"
                case 0x0D where attribute: replacement = "&#13;"
                case 0x09, 0x0A, 0x0D: i += 1; continue
                case 0x00..<0x20: replacement = ""
                case 0xEF where i + 2 < n && utf8[i + 1] == 0xBF && (utf8[i + 2] == 0xBE || utf8[i + 2] == 0xBF):
                    replacement = ""  // U+FFFE, U+FFFF
                    width = 3
                default: i += 1; continue
                }
                if i > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                if let replacement { append(replacement) }
                i += width
                start = i
            }
            if n > start { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<n])) }
        }
    }
}
