import BidKitPluginSDK

/// Inline content as plain text.
///
/// Strong, emphasis and underline have no plain-text form worth the noise, so their text
/// stands as is; strikethrough keeps `~~` because deleted text read as live text would
/// change the meaning; code keeps backticks; links show their address.
enum InlineText {
    static func render(_ inlines: [Inline]) -> String {
        var builder = Builder()
        builder.add(inlines)
        return builder.text
    }

    /// Accumulates text and decides what a soft break becomes once the next character is known.
    struct Builder {
        private(set) var text = ""
        private var pendingSoftBreak = false

        mutating func add(_ inlines: [Inline]) {
            for inline in inlines { add(inline) }
        }

        mutating func add(_ inline: Inline) {
            switch inline {
            case .text(let s):
                append(s)
            case .strong(let content), .emphasis(let content), .underline(let content):
                add(content)
            case .strikethrough(let content):
                append("~~")
                add(content)
                append("~~")
            case .code(let s):
                append("`" + s + "`")
            case .link(let url, let content):
                // A target the shared LinkPolicy refuses (javascript:, data:, file:, …) is not printed
                // as an address to follow: only its label shows, as in the HTML and DOCX renderers.
                let label = InlineText.render(content)
                if LinkPolicy.href(for: url) == nil {
                    append(label.isEmpty ? url : label)
                } else {
                    append(label.isEmpty || label == url ? url : "\(label) <\(url)>")
                }
            case .lineBreak:
                pendingSoftBreak = false
                text += "\n"
            case .softBreak:
                pendingSoftBreak = !text.isEmpty
            case .footnote:
                break  // numbered and placed after the section by FootnoteText
            case .reference(let r):
                append(r.text)
            }
        }

        /// Appends `s`, first resolving a pending soft break: a space between Latin words,
        /// nothing between two CJK characters (Chinese has no spaces between words, and a
        /// stray one would show in the middle of a sentence).
        private mutating func append(_ s: String) {
            guard let first = s.first else { return }
            if pendingSoftBreak, let last = text.last {
                let joinsTight = DisplayWidth.isWide(last) && DisplayWidth.isWide(first)
                if !joinsTight && last != " " && last != "\n" && first != " " { text += " " }
            }
            pendingSoftBreak = false
            text += s
        }
    }
}
