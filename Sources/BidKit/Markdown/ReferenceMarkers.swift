/// Cross-references as authors type them, pandoc-crossref style: `[@fig:topology]`, `[@tbl:prices]`,
/// `[@sec:architecture]` or a section id from bid.yaml (`[@tech-solution]`), and the bare forms
/// `@fig:…`, `@tbl:…`, `@sec:…`. Each becomes a placeholder `.reference` whose anchor is the id; the
/// assembler (`CrossReferences`) gives it the number once every figure, table and section has one.
enum ReferenceMarkers {
    static let prefixes = ["fig:", "tbl:", "sec:"]

    /// `text` as text and reference placeholders (anchor = the id as written, text empty).
    static func split(_ text: String) -> [Inline] {
        // A byte search: Foundation's `contains` (CFStringFind, locale-aware) on every paragraph run
        // cost a tenth of `check`. Text holding an "@" that starts no marker comes out of the loop whole.
        guard text.utf8.contains(UInt8(ascii: "@")) else { return [.text(text)] }
        var out: [Inline] = []
        var plain = ""
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if let (id, length) = marker(chars, at: i) {
                if !plain.isEmpty { out.append(.text(plain)) }
                plain = ""
                out.append(.reference(CrossReference(anchor: id, text: "")))
                i += length
            } else {
                plain.append(chars[i])
                i += 1
            }
        }
        if !plain.isEmpty { out.append(.text(plain)) }
        return out
    }

    /// The id and the number of characters of a marker starting at `i`.
    private static func marker(_ c: [Character], at i: Int) -> (String, Int)? {
        if c[i] == "[", i + 1 < c.count, c[i + 1] == "@" {
            var j = i + 2
            while j < c.count, isIDCharacter(c[j]) { j += 1 }
            guard j < c.count, c[j] == "]", j > i + 2 else { return nil }
            return (String(c[(i + 2)..<j]), j + 1 - i)
        }
        guard c[i] == "@", i == 0 || !(c[i - 1].isLetter || c[i - 1].isNumber || c[i - 1] == "." || c[i - 1] == "_") else { return nil }
        let rest = String(c[(i + 1)..<min(c.count, i + 5)])
        guard prefixes.contains(where: rest.hasPrefix) else { return nil }
        var j = i + 1
        while j < c.count, isIDCharacter(c[j]) { j += 1 }
        while j > i + 5, c[j - 1] == "." || c[j - 1] == ":" { j -= 1 }  // a sentence's full stop is not part of the id
        guard j > i + 5 else { return nil }
        return (String(c[(i + 1)..<j]), j - i)
    }

    private static func isIDCharacter(_ ch: Character) -> Bool {
        ch.isASCII && (ch.isLetter || ch.isNumber || ch == "-" || ch == "_" || ch == ":" || ch == ".")
    }
}
