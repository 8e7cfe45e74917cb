/// XML 1.0 escaping for every OOXML writer (DOCX, XLSX). Every string that reaches a part goes through here, so a stray `<` or `&` in a
/// bid can never break the document, and characters XML 1.0 forbids are dropped as a last line of
/// defence (`XMLCharacters.clean` has already removed them and reported where).
public enum XMLText {
    /// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
    /// Swift strings hold Unicode scalars only, so lone surrogates cannot occur here.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }

    /// Character data: `&`, `<` and `>` escaped.
    public static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            default: if isAllowed(s) { out.append(s) }
            }
        }
        return String(out)
    }

    /// Attribute values (always written in double quotes): also quotes, and whitespace other than
    /// the space as character references, which attribute-value normalisation would otherwise eat.
    public static func attribute(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            switch s {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "\t": out.append(contentsOf: "&#9;".unicodeScalars)
            case "\n": out.append(contentsOf: "&#10;".unicodeScalars)
            case "\r": out.append(contentsOf: "&#13;".unicodeScalars)
            default: if isAllowed(s) { out.append(s) }
            }
        }
        return String(out)
    }
}
