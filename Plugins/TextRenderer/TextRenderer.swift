import BidKitPluginSDK

/// The plain-text renderer: a bid as a readable UTF-8 `.txt` file, 80 columns by default,
/// for e-mail bodies, quick review in a terminal, and diffing two versions of a bid.
///
/// Everything layout-related (display width, wrapping, tables) comes from BidKitTextLayout,
/// so Chinese text lines up the same way here as in the CLI's own reports.
struct TextRenderer: BidRenderer {
    var name: String { "text" }
    var version: String { "0.1.0" }
    var formats: [OutputFormat] {
        [OutputFormat(name: "txt", fileExtension: "txt", mediaType: "text/plain; charset=utf-8")]
    }

    /// Options: `width=NN` sets the line width in display columns (default 80); `ambiguous_width=1|2`
    /// how many columns East Asian Ambiguous characters (★ × ℃ “ ” —) count (default 2 for Chinese,
    /// Japanese and Korean bids, 1 otherwise; with 2, tables and rules are drawn in ASCII).
    func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        guard format == "txt" else {
            throw RenderError("the text renderer produces \"txt\", not \"\(format)\"")
        }
        let settings = try TextSettings(options: options, labels: package.frontMatter.labels, language: package.metadata.language)
        return Array(DocumentText.render(package, settings: settings).utf8)
    }
}

/// What every part of the renderer needs to know: the page width and the package's labels.
struct TextSettings: Sendable {
    static let defaultWidth = 80
    /// Narrower than this, list markers and table frames leave no room for text.
    static let widthRange = 20...1000

    var width: Int
    /// The fixed words to print (figure marks, colons), from the package's front matter.
    var labels: Labels
    /// How the reader's font draws ambiguous characters: two columns in a Chinese font (宋体 in
    /// Notepad), one in a Western terminal.
    var ambiguous: AmbiguousWidth

    init(width: Int = defaultWidth, labels: Labels, ambiguous: AmbiguousWidth = .narrow) {
        self.width = width
        self.labels = labels
        self.ambiguous = ambiguous
    }

    init(options: RenderOptions, labels: Labels, language: String) throws {
        var width = Self.defaultWidth
        if let text = options["width"] {
            guard let value = Int(text), Self.widthRange.contains(value) else {
                throw RenderError("width must be a whole number of columns from \(Self.widthRange.lowerBound) to \(Self.widthRange.upperBound), got \"\(text)\"")
            }
            width = value
        }
        var ambiguous = AmbiguousWidth(language: language)
        switch options["ambiguous_width"] {
        case nil: break
        case "1": ambiguous = .narrow
        case "2": ambiguous = .wide
        case let other?: throw RenderError("ambiguous_width must be 1 or 2, got \"\(other)\"")
        }
        self.init(width: width, labels: labels, ambiguous: ambiguous)
    }
}

@_cdecl("bidkit_plugin_entry")
public func bidkitPluginEntry() -> UnsafeRawPointer {
    PluginExport.descriptor(for: TextRenderer())
}

/// Measuring and placing text the way the reader's font draws it (`ambiguous`), and the rule
/// characters that suit it: box drawing where ambiguous characters are one column, ASCII where a
/// Chinese font would draw ─ and │ two columns wide.
extension TextSettings {
    func width(of s: String) -> Int { DisplayWidth.of(s, ambiguous: ambiguous) }

    /// Strict kinsoku: a text file's right margin is the reader's window edge.
    func wrap(_ text: String, width: Int) -> [String] {
        TextWrap.wrap(text, width: width, kinsoku: .strict, ambiguous: ambiguous)
    }

    func center(_ s: String, in width: Int) -> String { TextPad.center(s, in: width, ambiguous: ambiguous) }
    func right(_ s: String, in width: Int) -> String { TextPad.right(s, in: width, ambiguous: ambiguous) }
    func pad(_ s: String, to width: Int, alignment: TextAlignment) -> String {
        TextPad.pad(s, to: width, alignment: alignment, ambiguous: ambiguous)
    }

    /// Under a part title.
    var partRule: Character { ambiguous == .wide ? "=" : "═" }
    /// Under a section title.
    var sectionRule: Character { ambiguous == .wide ? "-" : "─" }
    /// Before each line of a block quote.
    var quoteBar: String { ambiguous == .wide ? "| " : "│ " }
}
