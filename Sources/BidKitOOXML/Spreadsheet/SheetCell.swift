/// One cell of a worksheet as SpreadsheetML stores it: its address and its value as text, never its
/// displayed form. A number is the `<v>` text Excel saved (`1234.5`, `0.13`, `1.5E-3`: the value, not
/// "¥1,234.50" or "13%"); a shared or inline string is its characters; a formula is its saved result.
public struct SheetCell: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A number (`t="n"` or no type): `text` is its xsd:double lexical form.
        case number
        /// Text: a shared string (`t="s"`), an inline string, or a formula's text result (`t="str"`).
        case text
        /// `t="b"`: `text` is "TRUE" or "FALSE".
        case boolean
        /// `t="e"`: `text` is the error as Excel shows it ("#DIV/0!", "#REF!").
        case error
        /// A formula whose result was never saved (a file written by a program, not by Excel):
        /// `text` is the formula.
        case unsavedFormula
    }

    public var reference: CellReference
    public var kind: Kind
    public var text: String

    public init(reference: CellReference, kind: Kind, text: String) {
        self.reference = reference
        self.kind = kind
        self.text = text
    }
}
