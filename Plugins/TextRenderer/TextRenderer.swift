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

    /// Options: `width=NN` sets the line width in display columns (default 80).
    func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        guard format == "txt" else {
            throw RenderError("the text renderer produces \"txt\", not \"\(format)\"")
        }
        let settings = try TextSettings(options: options, labels: package.frontMatter.labels)
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

    init(width: Int = defaultWidth, labels: Labels) {
        self.width = width
        self.labels = labels
    }

    init(options: RenderOptions, labels: Labels) throws {
        var width = Self.defaultWidth
        if let text = options["width"] {
            guard let value = Int(text), Self.widthRange.contains(value) else {
                throw RenderError("width must be a whole number of columns from \(Self.widthRange.lowerBound) to \(Self.widthRange.upperBound), got \"\(text)\"")
            }
            width = value
        }
        self.init(width: width, labels: labels)
    }
}

@_cdecl("bidkit_plugin_entry")
public func bidkitPluginEntry() -> UnsafeRawPointer {
    PluginExport.descriptor(for: TextRenderer())
}
