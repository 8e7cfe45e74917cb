import BidKitOOXML
import BidKitPluginSDK

/// Where the cover's label–value lines put their values (issue 12).
///
/// The Cover Field style aligns values on a fixed tab stop (cn-goods: 2835 dxa, 3 cm past a 2 cm
/// indent), which a long label overruns: 「法定代表人或其委托代理人：」 at 14 pt is 6.4 cm, so its value
/// went to the next default stop, out of line with the others, and a value that wrapped (投标人's
/// 「（盖章）」) went back under the label. The column is instead measured from the widest label: every
/// line gets a left tab and a hanging indent at that column, so a wrapped value and a note that
/// does not fit beside it stay in the value column. When the widest label would push the column
/// past `maxColumn` of the text width the block moves left into the style's indent first.
struct CoverFields {
    /// `w:tabs` and `w:ind` for every line.
    let tabs: String
    let indent: String
    /// The value column from the left margin, and what is left of the line from it (dxa).
    let column: Int
    let available: Int
    let halfPoints: Int

    /// At most this share of the text width goes to the labels.
    static let maxColumn = 0.45

    init(labels: [String], styleID: String?, styles: StyleMap, tree: XMLTree, textWidth: Int, zh: Bool) {
        let style = styleID.flatMap { tree.first("/w:styles/w:style[@w:styleId=\(XPath.literal($0))]") }
        let size = styleID.flatMap(styles.size) ?? (zh ? 24 : 22)
        let styleIndent = style.flatMap { tree.first("w:pPr/w:ind", at: $0) }.flatMap { tree.integer($0, "left", in: 0...15_840) } ?? 0
        let styleTabs = style.map { tree.nodes("w:pPr/w:tabs/w:tab", at: $0).compactMap { tree.integer($0, "pos", in: 0...31_680) } } ?? []
        let widest = labels.map { TextMetrics($0, bold: false).width.dxa(size) }.max() ?? 0
        // One character between the longest label's colon and its value.
        let gap = size * 10
        let limit = Int(Double(textWidth) * Self.maxColumn)
        let indent = max(0, min(styleIndent, limit - widest - gap))
        // The style's own stop is kept when it already clears every label.
        let column = max(indent + widest + gap, styleTabs.first { $0 >= indent + widest + gap } ?? 0)
        var stops = styleTabs.filter { $0 != column }.map { "<w:tab w:val=\"clear\" w:pos=\"\($0)\"/>" }
        stops.append("<w:tab w:val=\"left\" w:pos=\"\(column)\"/>")
        tabs = "<w:tabs>" + stops.joined() + "</w:tabs>"
        self.indent = "<w:ind w:left=\"\(column)\" w:hanging=\"\(column - indent)\"/>"
        self.column = column
        available = max(textWidth - column, 1)
        halfPoints = size
    }

    /// Whether `note` ("（盖章）") fits on the value's last line; when not it goes on a line of its
    /// own in the value column. A value that wraps is measured by what is left on its last line, less
    /// two characters for where the line breaking (kinsoku) may fall.
    func noteFits(_ note: String, after value: String) -> Bool {
        let value = TextMetrics(value, bold: false).width.dxa(halfPoints)
        let note = TextMetrics(note, bold: false).width.dxa(halfPoints)
        guard value + note > available else { return true }
        let last = value % available
        return value > available && last + note <= available - 2 * halfPoints * 10
    }
}
