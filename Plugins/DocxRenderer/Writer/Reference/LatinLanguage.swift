import BidKitOOXML

/// The language of Latin-script text (`w:lang/@w:val`), which Chinese references get wrong.
///
/// `w:lang` has three slots: `w:val` for Latin text (the ascii/hAnsi fonts), `w:eastAsia` for CJK
/// and `w:bidi` for right-to-left scripts. A reference saved by a Chinese Word often sets
/// `w:val="zh-CN"`, which makes LibreOffice (and WPS) break Latin runs as if they were Chinese, one
/// character at a time: `¥1,872,` / `941.80`, `201/6年`, `G/B/T 28181`. Chinese text keeps its own
/// slot (`w:eastAsia="zh-CN"`), so Latin text is marked as English in every bid, whatever its language.
enum LatinLanguage {
    static let tag = "en-US"

    /// Sets `w:val` to en-US on every `w:lang` (and the settings' `w:themeFontLang`) that marks Latin text as Chinese, Japanese or Korean,
    /// keeping (or, when absent, adding) the East Asian slot with the language that was there.
    static func fix(_ tree: XMLTree) {
        for node in tree.nodes("//w:lang | //w:themeFontLang") {
            guard let value = tree.attribute(node, "val"), isEastAsian(value) else { continue }
            if tree.attribute(node, "eastAsia") == nil { tree.setAttribute(node, "eastAsia", value) }
            tree.setAttribute(node, "val", tag)
        }
    }

    static func isEastAsian(_ tag: String) -> Bool {
        let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
        return ["zh", "ja", "ko"].contains(primary)
    }
}
