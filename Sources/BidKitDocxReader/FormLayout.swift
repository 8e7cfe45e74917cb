import BidKitModel
import BidKitOOXML

/// The layout of a form's paragraphs and table rows that the bid keeps (issue 12 item 3): indents,
/// spacing and line spacing, resolved the way Word resolves them — direct formatting, then the
/// paragraph style and the styles it is based on, then the document defaults, attribute by attribute —
/// row heights and cell fills.
///
/// Character-unit indents (`w:firstLineChars="200"`, what a Chinese Word writes for 首行缩进 2 字符)
/// win over twips, as in Word, and are converted at the paragraph's font size (Word's 五号, 10.5 pt,
/// when the form names none). Every length from the form is clamped to what Word accepts (22 inches),
/// so arithmetic on hostile values cannot overflow.
struct PartialParagraphFormat: Hashable, Sendable {
    var indentLeft: Int?
    var indentRight: Int?
    var firstLine: Int?
    var spaceBefore: Int?
    var spaceAfter: Int?
    var lineSpacing: LineSpacing?
    /// Font size in half-points (`w:sz` of the style's or defaults' run properties).
    var halfPoints: Int?
    /// Character-unit indents (hundredths of a character), kept apart until the font size is known.
    var leftChars: Int?
    var rightChars: Int?
    var firstLineChars: Int?

    static let maxLength = 31_680

    init() {}

    /// From a `w:pPr` (and the `w:rPr` beside it, in a style or the defaults).
    init(pPr: XMLNode?, rPr: XMLNode? = nil) {
        halfPoints = rPr?.firstW("sz")?.w().flatMap(Self.number).map { min(max($0, 2), 3_276) }
        guard let pPr else { return }
        if let ind = pPr.firstW("ind") {
            indentLeft = Self.length(ind, "start") ?? Self.length(ind, "left")
            indentRight = Self.length(ind, "end") ?? Self.length(ind, "right")
            if let hanging = Self.length(ind, "hanging") { firstLine = -hanging } else { firstLine = Self.length(ind, "firstLine") }
            leftChars = Self.length(ind, "startChars") ?? Self.length(ind, "leftChars")
            rightChars = Self.length(ind, "endChars") ?? Self.length(ind, "rightChars")
            if let hanging = Self.length(ind, "hangingChars") { firstLineChars = -hanging } else { firstLineChars = Self.length(ind, "firstLineChars") }
        }
        if let spacing = pPr.firstW("spacing") {
            spaceBefore = Self.length(spacing, "before").map { max($0, 0) }
            spaceAfter = Self.length(spacing, "after").map { max($0, 0) }
            if let line = Self.length(spacing, "line") {
                switch spacing.w("lineRule") {
                case "exact": lineSpacing = LineSpacing(rule: .exact, value: max(line, 1))
                case "atLeast": lineSpacing = LineSpacing(rule: .atLeast, value: max(line, 0))
                default: lineSpacing = LineSpacing(rule: .multiple, value: max(line, 1))
                }
            }
        }
    }

    /// `self` with what it leaves open taken from `fallback` (a style further up the chain). An indent
    /// set here in either unit replaces both units of the inherited one: a direct `w:hanging` is not
    /// overruled by a style's `w:firstLineChars`.
    func over(_ fallback: PartialParagraphFormat) -> PartialParagraphFormat {
        var out = self
        if indentLeft == nil, leftChars == nil { (out.indentLeft, out.leftChars) = (fallback.indentLeft, fallback.leftChars) }
        if indentRight == nil, rightChars == nil { (out.indentRight, out.rightChars) = (fallback.indentRight, fallback.rightChars) }
        if firstLine == nil, firstLineChars == nil { (out.firstLine, out.firstLineChars) = (fallback.firstLine, fallback.firstLineChars) }
        out.spaceBefore = spaceBefore ?? fallback.spaceBefore
        out.spaceAfter = spaceAfter ?? fallback.spaceAfter
        out.lineSpacing = lineSpacing ?? fallback.lineSpacing
        out.halfPoints = halfPoints ?? fallback.halfPoints
        return out
    }

    /// The finished format: what nothing set is Word's own default (no indent, no spacing, single).
    var resolved: ParagraphFormat {
        let charWidth = (halfPoints ?? 21) * 10  // twips per character of the paragraph's font
        func chars(_ hundredths: Int?, else twips: Int?) -> Int {
            // A zero character count defers to the twips, as in Word.
            guard let hundredths, hundredths != 0 else { return twips ?? 0 }
            return max(min(hundredths * charWidth / 100, Self.maxLength), -Self.maxLength)
        }
        return ParagraphFormat(indentLeft: chars(leftChars, else: indentLeft), indentRight: chars(rightChars, else: indentRight),
                               firstLine: chars(firstLineChars, else: firstLine), spaceBefore: spaceBefore ?? 0,
                               spaceAfter: spaceAfter ?? 0, lineSpacing: lineSpacing ?? .single)
    }

    private static func number(_ text: String) -> Int? {
        // Word writes whole numbers; a decimal ("240.0") from another producer is truncated.
        let head = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? text
        guard head.count <= 9 else { return nil }
        return Int(head)
    }

    private static func length(_ node: XMLNode, _ name: String) -> Int? {
        node.w(name).flatMap(number).map { max(min($0, maxLength), -maxLength) }
    }
}

extension BodyReader {
    /// A paragraph's layout: its direct formatting over its style chain over the defaults.
    func format(_ pPr: XMLNode?, style: String?) -> ParagraphFormat {
        PartialParagraphFormat(pPr: pPr).over(style.map(styles.format) ?? styles.defaults).resolved
    }

    /// `w:trHeight`: at least (the default rule) or exactly; `auto` or zero is no height.
    static func rowHeight(_ trPr: XMLNode?) -> RowHeight? {
        guard let node = trPr?.firstW("trHeight"), let value = node.w().flatMap({ Int($0) }), value > 0,
              node.w("hRule") != "auto" else { return nil }
        return RowHeight(value: min(value, PartialParagraphFormat.maxLength), exact: node.w("hRule") == "exact")
    }

    /// `w:shd/@w:fill` as RRGGBB; "" for none (no shading, `auto`, or a value that is not a colour).
    static func fill(_ tcPr: XMLNode?) -> String {
        guard let value = tcPr?.firstW("shd")?.w("fill"), value.utf8.count == 6,
              value.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0)
                  || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains($0 & ~0x20) }) else { return "" }
        return value.uppercased()
    }
}
