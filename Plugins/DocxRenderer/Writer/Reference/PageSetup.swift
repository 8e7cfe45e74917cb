import BidKitOOXML

/// Page size and margins taken from the reference document's final `w:sectPr`, reused for every
/// section the renderer writes. Widths are in twentieths of a point (dxa).
struct PageSetup {
    /// Serialised `w:pgSz` + `w:pgMar`, then `w:cols` + `w:docGrid`: a section's `w:pgNumType`
    /// goes between the two in the schema.
    var sizeAndMargins: String
    var columnsAndGrid: String
    var width: Int
    var height: Int
    var marginLeft: Int
    var marginRight: Int
    var marginTop: Int
    var marginBottom: Int

    /// Width available to text, tables and images.
    var textWidth: Int { max(width - marginLeft - marginRight, 1440) }
    var textHeight: Int { max(height - marginTop - marginBottom, 1440) }

    /// The same paper turned (A4 landscape), for a schedule too wide for the portrait page: the
    /// reference's margins, header and footer distances, columns and grid kept; nil when the page
    /// is not portrait or has no `w:pgSz` to turn.
    var landscape: PageSetup? {
        guard width < height, let start = sizeAndMargins.range(of: "<w:pgSz"),
              let end = sizeAndMargins[start.lowerBound...].range(of: "/>") else { return nil }
        var margins = sizeAndMargins
        margins.removeSubrange(start.lowerBound..<end.upperBound)
        return PageSetup(sizeAndMargins: "<w:pgSz w:w=\"\(height)\" w:h=\"\(width)\" w:orient=\"landscape\"/>" + margins,
                         columnsAndGrid: columnsAndGrid, width: height, height: width, marginLeft: marginLeft,
                         marginRight: marginRight, marginTop: marginTop, marginBottom: marginBottom)
    }

    /// A4 with Word's Chinese-edition default margins, for references without a section.
    static let a4 = PageSetup(
        sizeAndMargins: "<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1800\" w:bottom=\"1440\" w:left=\"1800\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/>",
        columnsAndGrid: "<w:cols w:space=\"425\"/>",
        width: 11906, height: 16838, marginLeft: 1800, marginRight: 1800, marginTop: 1440, marginBottom: 1440)

    static func read(from document: XMLTree) -> PageSetup? {
        guard let sect = document.nodes("/w:document/w:body/w:sectPr").last ?? document.nodes("//w:sectPr").last else {
            return nil
        }
        func elements(_ names: [String]) -> String {
            names.compactMap { document.first("w:\($0)", at: sect).map(document.serialize) }.joined()
        }
        // Page sizes and margins are at most 31,680 dxa (Word's 22 inches; margins may be negative):
        // a hostile value outside is not used, so the arithmetic below and in the body cannot overflow.
        func int(_ element: String, _ attr: String, _ fallback: Int) -> Int {
            document.first("w:\(element)", at: sect).flatMap { document.integer($0, attr, in: -31_680...31_680) } ?? fallback
        }
        let a4 = PageSetup.a4
        guard document.first("w:pgSz", at: sect) != nil else { return nil }
        return PageSetup(
            sizeAndMargins: elements(["pgSz", "pgMar"]), columnsAndGrid: elements(["cols", "docGrid"]), width: int("pgSz", "w", a4.width), height: int("pgSz", "h", a4.height),
            marginLeft: int("pgMar", "left", a4.marginLeft) + int("pgMar", "gutter", 0),
            marginRight: int("pgMar", "right", a4.marginRight),
            marginTop: int("pgMar", "top", a4.marginTop), marginBottom: int("pgMar", "bottom", a4.marginBottom))
    }
}
