import BidKitPluginSDK

/// Inline content: text runs, emphasis, code, links and line breaks.
enum InlineWriter {
    static func write(_ inlines: [Inline], to out: inout HtmlOutput) {
        for (i, inline) in inlines.enumerated() {
            switch inline {
            case .text(let s):
                out.text(s)
            case .strong(let c):
                wrap("strong", c, &out)
            case .emphasis(let c):
                wrap("em", c, &out)
            case .underline(let c):
                wrap("u", c, &out)
            case .strikethrough(let c):
                wrap("s", c, &out)
            case .code(let s):
                out.element("code", text: s)
            case .link(let url, let content):
                writeLink(url: url, content: content, to: &out)
            case .lineBreak:
                out.markup("<br>\n")
            case .softBreak:
                let before = i > 0 ? inlines[i - 1].lastScalar : nil
                let after = i + 1 < inlines.count ? inlines[i + 1].firstScalar : nil
                out.text(SoftBreak.replacement(between: before, and: after))
            case .footnote(let content):
                Footnotes.writeReference(content, to: &out)
            case .reference(let r):
                out.open("a", [("class", "xref"), ("href", Anchors.href(for: Anchors.sanitize(r.anchor)))])
                out.text(r.text)
                out.close("a")
            }
        }
    }

    private static func wrap(_ tag: StaticString, _ content: [Inline], _ out: inout HtmlOutput) {
        out.open(tag)
        write(content, to: &out)
        out.close(tag)
    }

    /// A link whose target `LinkPolicy` refuses keeps its text, in a span so it can be styled,
    /// and never becomes clickable.
    private static func writeLink(url: String, content: [Inline], to out: inout HtmlOutput) {
        let shown = content.isEmpty ? [Inline.text(url)] : content
        if let href = LinkPolicy.href(for: url) {
            out.open("a", [("href", href)])
            write(shown, to: &out)
            out.close("a")
        } else {
            out.open("span", [("class", "unsafe-link")])
            write(shown, to: &out)
            out.close("span")
        }
    }
}

/// What a Markdown soft line break becomes.
///
/// cmark keeps the source's line breaks inside a paragraph. Between Latin words that is a space;
/// between two Chinese characters a space is wrong (browsers do not drop it: Chrome renders
/// "投标\n文件" as "投标 文件"), so it becomes nothing.
enum SoftBreak {
    static func replacement(between before: Unicode.Scalar?, and after: Unicode.Scalar?) -> String {
        guard let before, let after else { return " " }
        return isWide(before) && isWide(after) ? "" : " "
    }

    /// Han, kana, CJK punctuation and full-width forms: the scripts written without spaces.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x2FDF,  // CJK radicals, Kangxi radicals
             0x3000...0x303F,  // CJK symbols and punctuation
             0x3040...0x30FF,  // Hiragana, Katakana
             0x3100...0x312F,  // Bopomofo
             0x31C0...0x31EF,  // CJK strokes
             0x3400...0x4DBF,  // CJK extension A
             0x4E00...0x9FFF,  // CJK unified ideographs
             0xF900...0xFAFF,  // CJK compatibility ideographs
             0xFE30...0xFE4F,  // CJK compatibility forms
             0xFF00...0xFF60, 0xFFE0...0xFFE6,  // full-width forms
             0x20000...0x3FFFF:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }
}

extension Inline {
    /// The first character this inline shows, looking into nested runs.
    var firstScalar: Unicode.Scalar? {
        switch self {
        case .text(let s), .code(let s): return s.unicodeScalars.first
        case .reference(let r): return r.text.unicodeScalars.first
        case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .link(_, let c):
            for inline in c { if let s = inline.firstScalar { return s } }
            return nil
        case .lineBreak, .softBreak, .footnote: return nil
        }
    }

    /// The last character this inline shows, looking into nested runs.
    var lastScalar: Unicode.Scalar? {
        switch self {
        case .text(let s), .code(let s): return s.unicodeScalars.last
        case .reference(let r): return r.text.unicodeScalars.last
        case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .link(_, let c):
            for inline in c.reversed() { if let s = inline.lastScalar { return s } }
            return nil
        case .lineBreak, .softBreak, .footnote: return nil
        }
    }
}
