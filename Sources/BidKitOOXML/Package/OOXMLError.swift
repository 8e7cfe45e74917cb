/// An OOXML package that cannot be read; `description` is "file: message".
///
/// `message` names the part when one is at fault ("word/styles.xml declares a DTD …") and the line
/// when the XML parser gave one. It is always BidKit's own text: libzip's and libxml2's messages are
/// never passed on (they carry parser internals and, for hostile input, the input's own bytes).
public struct OOXMLError: Error, Hashable, Sendable, CustomStringConvertible {
    /// How the package is named in messages (a project-relative path, as the user wrote it).
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }

    /// A count as messages write it, digits grouped by thousands: "1,000,000".
    public static func count(_ n: Int) -> String { grouped(n) }
}

/// Text from hostile input (an entry name, a declared encoding) made safe to show on a terminal:
/// control characters, bidi overrides and other invisibles escaped, and cut to `limit` characters.
func quoted(_ text: String, limit: Int = 80) -> String {
    var out = ""
    var count = 0
    for scalar in text.unicodeScalars {
        if count == limit {
            out += "…"
            break
        }
        count += 1
        let v = scalar.value
        let invisible = v < 0x20 || (0x7F...0x9F).contains(v) || (0x200B...0x200F).contains(v)
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0xFEFF
        if invisible {
            out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
        } else if scalar == "'" || scalar == "\\" {
            out += "\\" + String(scalar)
        } else {
            out.unicodeScalars.append(scalar)
        }
    }
    return "'" + out + "'"
}
