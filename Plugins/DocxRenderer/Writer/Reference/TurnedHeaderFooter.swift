import BidKitOOXML

/// The header and footer of a landscape section (a turned price schedule).
///
/// The reference's header puts the tender number on a right tab stop at the portrait text width
/// (the Header style's `w:tab w:val="right" w:pos="8504"`); a landscape section sharing that part
/// printed it about 60 % across the page (issue 12). Tab stops are absolute, so the turned section
/// gets its own copy of the filled parts in which every right (end) and centre tab stop, the
/// style's and the paragraph's own, moves by the width the page gained: a right tab keeps its
/// distance from the right margin, a centre tab stays centred. The style's stop is cleared in the
/// paragraph (`w:val="clear"`) so Word, WPS and LibreOffice see only the moved one. Left tabs,
/// alignment (`w:jc`) and everything else stay the template's; the PAGE field runs on.
enum TurnedHeaderFooter {
    /// `filled` (a header or footer part as written) with its tab stops moved by `gained` dxa.
    static func turn(_ filled: [UInt8], part: String, styles: XMLTree, gained: Int) throws -> [UInt8] {
        let tree = try XMLTree.builtIn(String(decoding: filled, as: UTF8.self), part)
        for p in tree.nodes("//w:p") { try turn(p, in: tree, styles: styles, gained: gained) }
        return tree.serialize()
    }

    private struct Stop: Equatable { var kind: String; var pos: Int }

    private static func turn(_ p: XMLTree.Node, in tree: XMLTree, styles: XMLTree, gained: Int) throws {
        let styleID = tree.first("w:pPr/w:pStyle", at: p).flatMap { tree.attribute($0, "val") }
        var inherited = styleStops(styleID, styles)
        // The paragraph's own stops apply over the style's: a clear removes one, others add or replace.
        let own = tree.nodes("w:pPr/w:tabs/w:tab", at: p).compactMap { stop($0, tree) }
        var effective = inherited
        merge(own, into: &effective)
        inherited.removeAll { style in own.contains { $0.pos == style.pos } }
        let moved = effective.filter { $0.kind != "clear" }.map { s -> Stop in
            switch s.kind {
            case "right", "end": return Stop(kind: s.kind, pos: s.pos + gained)
            case "center": return Stop(kind: s.kind, pos: s.pos + gained / 2)
            default: return s
            }
        }
        guard moved != effective.filter({ $0.kind != "clear" }) else { return }
        // Clear the style's stops that moved; write the moved set as the paragraph's own.
        let clears = inherited.filter { s in !moved.contains(s) }.map { Stop(kind: "clear", pos: $0.pos) }
        let tabs = "<w:tabs>" + (clears + moved).sorted { ($0.pos, $0.kind) < ($1.pos, $1.kind) }
            .map { "<w:tab w:val=\"\($0.kind)\" w:pos=\"\($0.pos)\"/>" }.joined() + "</w:tabs>"
        for old in tree.nodes("w:pPr/w:tabs", at: p) { tree.remove(old) }
        if tree.first("w:pPr", at: p) == nil { try tree.insert(fragment: "<w:pPr/>", into: p, before: p.children.first) }
        guard let pPr = tree.first("w:pPr", at: p) else { return }
        let after = pPr.children.first { laterThanTabs.contains($0.name) }
        try tree.insert(fragment: tabs, into: pPr, before: after)
    }

    /// The stops style `id` gives, through the styles it is based on (the default paragraph style
    /// when nil); at most 16 levels, so a cycle in a hostile reference ends.
    private static func styleStops(_ id: String?, _ styles: XMLTree) -> [Stop] {
        var chain: [XMLTree.Node] = []
        var next = id.flatMap { styles.first("/w:styles/w:style[@w:styleId=\(XPath.literal($0))]") }
            ?? styles.first("/w:styles/w:style[@w:type='paragraph'][@w:default='1']")
        while let style = next, chain.count < 16 {
            chain.append(style)
            next = styles.first("w:basedOn", at: style).flatMap { styles.attribute($0, "val") }
                .flatMap { styles.first("/w:styles/w:style[@w:styleId=\(XPath.literal($0))]") }
        }
        var stops: [Stop] = []
        for style in chain.reversed() { merge(styles.nodes("w:pPr/w:tabs/w:tab", at: style).compactMap { stop($0, styles) }, into: &stops) }
        return stops
    }

    private static func merge(_ stops: [Stop], into list: inout [Stop]) {
        for s in stops {
            list.removeAll { $0.pos == s.pos }
            if s.kind != "clear" { list.append(s) }
        }
    }

    private static func stop(_ node: XMLTree.Node, _ tree: XMLTree) -> Stop? {
        guard let kind = tree.attribute(node, "val"), let pos = tree.integer(node, "pos", in: -31_680...31_680) else { return nil }
        return Stop(kind: kind, pos: pos)
    }

    /// `w:pPr` children that come after `w:tabs` in the schema's sequence.
    private static let laterThanTabs: Set<String> = [
        "suppressAutoHyphens", "kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN",
        "bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents", "suppressOverlap",
        "jc", "textDirection", "textAlignment", "textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
    ]
}
