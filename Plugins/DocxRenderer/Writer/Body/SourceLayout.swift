import BidKitPluginSDK

/// A buyer's form's own layout, written as direct formatting so it wins over the reference's styles
/// (issue 12 item 3): its indents (a flush-left 致： line keeps no body indent), spacing and exact line
/// spacing, its row heights (1.2 cm signing rows) and its cell shading (or none, instead of BidKit's
/// grey header). Markdown and generated content carry none of it and take the styles.
extension ParagraphFormat {
    /// `w:spacing`, every attribute set: the form's values replace the style's.
    var spacingXML: String {
        let rule: String
        switch lineSpacing.rule {
        case .multiple: rule = "auto"
        case .exact: rule = "exact"
        case .atLeast: rule = "atLeast"
        }
        return "<w:spacing w:before=\"\(spaceBefore)\" w:beforeLines=\"0\" w:after=\"\(spaceAfter)\" w:afterLines=\"0\""
            + " w:line=\"\(lineSpacing.value)\" w:lineRule=\"\(rule)\"/>"
    }

    /// `w:ind` in twips, with the character-unit attributes zeroed: a style's `w:firstLineChars="200"`
    /// (the body's two-character indent) would otherwise win over a direct `w:firstLine`.
    var indentXML: String {
        let first = firstLine < 0 ? "w:hanging=\"\(-firstLine)\" w:hangingChars=\"0\"" : "w:firstLine=\"\(firstLine)\" w:firstLineChars=\"0\""
        return "<w:ind w:left=\"\(indentLeft)\" w:leftChars=\"0\" w:right=\"\(indentRight)\" w:rightChars=\"0\" \(first)/>"
    }
}

extension RowHeight {
    var xml: String { "<w:trHeight w:val=\"\(value)\" w:hRule=\"\(exact ? "exact" : "atLeast")\"/>" }
}

extension Table.Cell {
    /// The cell's shading: its source's fill ("" for none), else the grey of a header row.
    func shading(header: Bool) -> String {
        let color = fill ?? (header ? "D9D9D9" : "")
        guard color.utf8.count == 6, color.utf8.allSatisfy(\.isHexDigit) else { return "" }
        return "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(color)\"/>"
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
