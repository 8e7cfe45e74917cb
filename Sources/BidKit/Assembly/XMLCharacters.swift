import Foundation

/// Characters XML 1.0 does not allow (C0 controls but tab, line feed and carriage return;
/// U+FFFE, U+FFFF): Word refuses a .docx containing one, and they mean nothing on paper anyway.
/// The assembler removes them from every section once, and says where, so no renderer meets them.
enum XMLCharacters {
    static func isAllowed(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20: return false
        case 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// A byte scan: C0 controls other than tab, LF, CR, or the UTF-8 of U+FFFE/U+FFFF (EF BF BE/BF).
    static func mayContainDisallowed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { buf in
            for i in 0..<buf.count {
                let b = buf[i]
                if b < 0x20, b != 0x09, b != 0x0A, b != 0x0D { return true }
                if b == 0xEF, i + 2 < buf.count, buf[i + 1] == 0xBF, buf[i + 2] >= 0xBE { return true }
            }
            return false
        }
    }

    /// The text without disallowed characters, and the ones removed.
    static func clean(_ text: String) -> (String, [Unicode.Scalar]) {
        guard text.unicodeScalars.contains(where: { !isAllowed($0) }) else { return (text, []) }
        var removed: [Unicode.Scalar] = []
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isAllowed(s) { out.append(s) } else { removed.append(s) }
        }
        return (String(out), removed)
    }

    /// Cleans a section; returns a warning naming it when anything was removed.
    static func clean(_ section: inout Section) -> String? {
        var removed: [Unicode.Scalar] = []
        section.blocks = section.blocks.map { block in
            block.mapText { text in
                let (cleaned, gone) = clean(text)
                removed += gone
                return cleaned
            }
        }
        guard !removed.isEmpty else { return nil }
        let codes = Set(removed.map { String(format: "U+%04X", $0.value) }).sorted().joined(separator: ", ")
        return "section \(section.numberedTitle) (\(section.id)): removed \(removed.count) character(s) not allowed in XML 1.0 (\(codes))"
    }
}
