import BidKitOOXML
import BidKitPluginSDK

/// Paragraph properties, written in the order CT_PPr requires (Word rejects a document whose
/// `w:pPr` children are out of order), and the paragraphs and raw blocks the body is made of.
struct ParagraphProperties {
    var style: String?
    var keepNext = false
    var keepLines = false
    var pageBreakBefore = false
    var numbering: (numID: Int, level: Int)?
    var border: String?
    var shading: String?
    var tabs: String?
    var spacing: String?
    var indent: String?
    var alignment: String?
    var outlineLevel: Int?
    /// `w:sectPr` closing a section: the paragraph is then the section's last.
    var sectionProperties: String?

    var xml: String {
        var out = ""
        if let style { out += "<w:pStyle w:val=\"\(XMLText.attribute(style))\"/>" }
        if keepNext { out += "<w:keepNext/>" }
        if keepLines { out += "<w:keepLines/>" }
        if pageBreakBefore { out += "<w:pageBreakBefore/>" }
        if let n = numbering { out += "<w:numPr><w:ilvl w:val=\"\(n.level)\"/><w:numId w:val=\"\(n.numID)\"/></w:numPr>" }
        if let border { out += border }
        if let shading { out += shading }
        if let tabs { out += tabs }
        if let spacing { out += spacing }
        if let indent { out += indent }
        if let alignment { out += "<w:jc w:val=\"\(alignment)\"/>" }
        if let outlineLevel { out += "<w:outlineLvl w:val=\"\(outlineLevel)\"/>" }
        if let sectionProperties { out += sectionProperties }
        return out.isEmpty ? "" : "<w:pPr>\(out)</w:pPr>"
    }
}

/// One element of a body, cell or header: a paragraph still open to section properties, or
/// finished XML (a table).
enum BodyElement {
    case paragraph(ParagraphProperties, content: String)
    case raw(String)

    var xml: String {
        switch self {
        case .paragraph(let props, let content): return "<w:p>\(props.xml)\(content)</w:p>"
        case .raw(let xml): return xml
        }
    }

    var isParagraph: Bool { if case .paragraph = self { return true } else { return false } }
}

extension Alignment {
    /// `w:jc` value; nil leaves the style's alignment.
    var jc: String? {
        switch self {
        case .none: return nil
        case .left: return "left"
        case .center: return "center"
        case .right: return "right"
        }
    }
}
