import BidKitPluginSDK

/// The `lang` attribute and the words the writer prints itself (colons, the contents heading),
/// all from the package: the labels come finished in its front matter, so the HTML says what the
/// DOCX and the text say.
struct HtmlLabels: Sendable {
    /// The `<html lang>` value: `zh-CN` for Chinese projects (the simplified-Chinese fonts and
    /// punctuation rules), the tag as given otherwise.
    var htmlLang: String
    /// The package's labels (`Labels.Key`).
    var words: Labels
    var colon: String { words.colon }
    var contents: String { words[Labels.Key.contents] }

    init(package: BidPackage) throws {
        let language = package.metadata.language
        let tag = language.trimmingSpaces()
        guard !tag.isEmpty, tag.unicodeScalars.allSatisfy({ $0.isASCIIAlphanumeric || $0 == "-" }) else {
            throw RenderError("the package's language '\(language)' is not a language tag such as 'zh' or 'en'")
        }
        htmlLang = tag.lowercased() == "zh" ? "zh-CN" : tag
        words = package.frontMatter.labels
    }
}

extension Unicode.Scalar {
    var isASCIIAlphanumeric: Bool {
        (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
    }
}

extension String {
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let first = s.first, first.isWhitespace { s.removeFirst() }
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return String(s)
    }
}
