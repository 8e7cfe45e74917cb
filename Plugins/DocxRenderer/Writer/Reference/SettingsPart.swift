import BidKitOOXML

/// The settings part from the reference, made safe and told to refresh fields on open.
enum SettingsPart {
    /// Elements that point at parts or behaviours this document does not have: an attached
    /// template (a relationship we do not write), footnote/endnote separators (no notes part),
    /// even/odd headers (only a default header is written), mail merge data sources.
    private static let dropped = ["attachedTemplate", "footnotePr", "endnotePr", "evenAndOddHeaders", "mailMerge"]

    /// CT_Settings children that come after `w:updateFields`; it is inserted before the first present.
    private static let after = ["hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids", "mathPr",
                                "attachedSchema", "themeFontLang", "clrSchemeMapping", "doNotIncludeSubdocsInStats",
                                "doNotAutoCompressPictures", "forceUpgrade", "captions", "readModeInkLockDown", "smartTagType",
                                "schemaLibrary", "shapeDefaults", "doNotEmbedSmartTags", "decimalSymbol", "listSeparator"]

    /// `w:updateFields` makes Word refresh the TOC (page numbers) and other fields when it opens the file.
    static func finish(_ tree: XMLTree) throws -> [UInt8] {
        guard let root = tree.root else { return tree.serialize() }
        for name in dropped {
            for node in tree.nodes("/w:settings/w:\(name)") { tree.remove(node) }
        }
        if let existing = tree.first("/w:settings/w:updateFields") {
            tree.setAttribute(existing, "val", "true")
        } else {
            let next = tree.children(root).first { after.contains(tree.localName($0)) }
            try tree.insert(fragment: "<w:updateFields w:val=\"true\"/>", into: root, before: next)
        }
        return tree.serialize()
    }
}
