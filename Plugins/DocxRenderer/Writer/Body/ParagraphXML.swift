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

    func write(into out: inout XMLBytes) {
        guard style != nil || keepNext || keepLines || pageBreakBefore || numbering != nil || border != nil || shading != nil
            || tabs != nil || spacing != nil || indent != nil || alignment != nil || outlineLevel != nil || sectionProperties != nil
        else { return }
        out.append("<w:pPr>")
        if let style {
            out.append("<w:pStyle w:val=\"")
            out.appendAttribute(style)
            out.append("\"/>")
        }
        if keepNext { out.append("<w:keepNext/>") }
        if keepLines { out.append("<w:keepLines/>") }
        if pageBreakBefore { out.append("<w:pageBreakBefore/>") }
        if let n = numbering {
            out.append("<w:numPr><w:ilvl w:val=\"")
            out.append(n.level)
            out.append("\"/><w:numId w:val=\"")
            out.append(n.numID)
            out.append("\"/></w:numPr>")
        }
        if let border { out.append(border) }
        if let shading { out.append(shading) }
        if let tabs { out.append(tabs) }
        if let spacing { out.append(spacing) }
        if let indent { out.append(indent) }
        if let alignment {
            out.append("<w:jc w:val=\"")
            out.append(alignment)
            out.append("\"/>")
        }
        if let outlineLevel {
            out.append("<w:outlineLvl w:val=\"")
            out.append(outlineLevel)
            out.append("\"/>")
        }
        if let sectionProperties { out.append(sectionProperties) }
        out.append("</w:pPr>")
    }
}

/// One element of a body, cell or header: a paragraph still open to section properties, or
/// finished XML (a table, written as bytes).
enum BodyElement {
    case paragraph(ParagraphProperties, content: String)
    case raw(XMLBytes)

    func write(into out: inout XMLBytes) {
        switch self {
        case .paragraph(let props, let content):
            out.append("<w:p>")
            props.write(into: &out)
            out.append(content)
            out.append("</w:p>")
        case .raw(let xml): out.append(xml)
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
