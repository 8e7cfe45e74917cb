/// Joining a field's value into the text around its placeholder without the seams a plain
/// replacement leaves when the value already holds what the text says next to it:
///
/// - `RFP {{tender.number}}` with the number `RFP-NPC-2026-014` reads "RFP-NPC-2026-014", not
///   "RFP RFP-NPC-2026-014": the word before the placeholder is dropped when the value starts
///   with it (as a whole word: `RFP-…`, `RFP 14`, not `RFPX`);
/// - `{{tender.buyer}}.` with the buyer `Northfield Inc.` ends "Inc.", not "Inc..": a period
///   after the placeholder is dropped when the value ends with one (an ellipsis "..." stays).
///
/// The core's Markdown fields and the DOCX header and footer both fill through here.
public enum FieldJoin {
    /// How many characters to drop from the end of `before`: the word the value starts with and
    /// the spaces after it; 0 when there is none.
    public static func duplicatedWord(before: Substring, value: String) -> Int {
        let spaces = before.reversed().prefix { $0 == " " }.count
        guard spaces > 0 else { return 0 }
        let rest = before.dropLast(spaces)
        let word = rest.reversed().prefix { $0.isASCII && ($0.isLetter || $0.isNumber) }.count
        guard word >= 2 else { return 0 }
        let candidate = rest.suffix(word)
        guard value.hasPrefix(candidate) else { return 0 }
        let next = value.dropFirst(word).first
        guard next.map({ !($0.isLetter || $0.isNumber) }) ?? true else { return 0 }
        return word + spaces
    }

    /// Whether the first character of `after` is a period the value already ends with.
    public static func duplicatedPeriod(value: String, after: Substring) -> Bool {
        value.hasSuffix(".") && after.hasPrefix(".") && !after.hasPrefix("..")
    }

    /// `text` with every `placeholder` replaced by `value`, joined as described above.
    public static func replace(_ placeholder: String, with value: String, in text: String) -> String {
        var out = ""
        var rest = text[...]
        while let range = rest.firstRange(of: placeholder) {
            var before = rest[..<range.lowerBound]
            before = before.dropLast(duplicatedWord(before: before, value: value))
            out += before
            out += value
            rest = rest[range.upperBound...]
            if duplicatedPeriod(value: value, after: rest) { rest = rest.dropFirst() }
        }
        return out + rest
    }
}
