/// How much of an OOXML package (.docx, .xlsx) a reader takes before it refuses the file.
///
/// Every package BidKit opens is hostile input — a buyer's form, a reference document, a tender, a
/// price list from a supplier — so every cost it can drive is capped, and the caps are checked while
/// the work happens, not taken from the file's own headers: the uncompressed bytes counted as they are
/// inflated, the XML nodes as they are parsed. The presets are documented in docs/bid-project.md
/// ("Limits on Word files"); a new reader picks a preset or defines its own.
public struct OOXMLLimits: Hashable, Sendable {
    /// What the limits are for, as messages name them: "Word forms".
    public var purpose: String
    /// The package file itself (the zip, as stored on disk).
    public var maxPackageBytes: Int
    /// Entries in the zip's central directory (POI's ZipSecureFile default is the same 1,000).
    public var maxEntries: Int
    /// One part, uncompressed.
    public var maxPartBytes: Int
    /// All parts read from one package, uncompressed.
    public var maxTotalBytes: Int
    /// Element nesting in one XML part (libxml2's own default without XML_PARSE_HUGE is 256).
    public var maxXMLDepth: Int
    /// Nodes in one XML part: elements, attributes, namespace declarations, text, comments, processing
    /// instructions. The parsed tree costs about 100–200 bytes a node, so this bounds its memory.
    public var maxXMLNodes: Int

    public init(purpose: String, maxPackageBytes: Int, maxEntries: Int, maxPartBytes: Int, maxTotalBytes: Int,
                maxXMLDepth: Int, maxXMLNodes: Int) {
        self.purpose = purpose
        self.maxPackageBytes = maxPackageBytes
        self.maxEntries = maxEntries
        self.maxPartBytes = maxPartBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxXMLDepth = maxXMLDepth
        self.maxXMLNodes = maxXMLNodes
    }

    /// Buyer forms (`source: forms/x.docx`): a few pages of paragraphs and tables. A 40-page form's
    /// document.xml is about 1 MiB and 50,000 nodes; the caps leave room for ten times that.
    public static let wordForm = OOXMLLimits(
        purpose: "Word forms", maxPackageBytes: 64 << 20, maxEntries: 1_000, maxPartBytes: 16 << 20,
        maxTotalBytes: 24 << 20, maxXMLDepth: 256, maxXMLNodes: 500_000)

    /// Reference documents (a template's `docx/reference/` or a project's `reference_docx`): styles,
    /// numbering, settings, theme, header and footer, and the document part for its page setup, which
    /// may be a whole earlier bid.
    public static let referenceDocument = OOXMLLimits(
        purpose: "reference documents", maxPackageBytes: 64 << 20, maxEntries: 1_000, maxPartBytes: 16 << 20,
        maxTotalBytes: 48 << 20, maxXMLDepth: 256, maxXMLNodes: 1_000_000)

    /// The document properties of any .docx (`docProps/core.xml`, `docProps/app.xml`), including a whole
    /// rendered bid with its pictures: a large package, but only two small parts are read.
    public static let documentProperties = OOXMLLimits(
        purpose: "document properties", maxPackageBytes: 1 << 30, maxEntries: 10_000, maxPartBytes: 1 << 20,
        maxTotalBytes: 2 << 20, maxXMLDepth: 64, maxXMLNodes: 20_000)

    /// Spreadsheets (an `.xlsx` price list): the workbook, shared strings and one worksheet. A
    /// 10,000-line bill of quantities is about 8 MiB of sheet XML and 700,000 nodes.
    public static let spreadsheet = OOXMLLimits(
        purpose: "spreadsheets", maxPackageBytes: 32 << 20, maxEntries: 1_000, maxPartBytes: 64 << 20,
        maxTotalBytes: 128 << 20, maxXMLDepth: 64, maxXMLNodes: 4_000_000)

    /// Text parsed from BidKit's own sources (built-in parts, generated fragments): still bounded.
    public static let builtIn = OOXMLLimits(
        purpose: "built-in parts", maxPackageBytes: 64 << 20, maxEntries: 1_000, maxPartBytes: 64 << 20,
        maxTotalBytes: 64 << 20, maxXMLDepth: 256, maxXMLNodes: 4_000_000)
}

/// A byte count for messages: "16 MiB", "900 KiB", "12 bytes".
func byteCount(_ n: Int) -> String {
    if n >= 1 << 20, n % (1 << 20) == 0 { return "\(n >> 20) MiB" }
    if n >= 1 << 20 {
        let tenths = (n / 1024 * 10) >> 10
        return "\(tenths / 10).\(tenths % 10) MiB"
    }
    if n >= 1 << 10, n % (1 << 10) == 0 { return "\(n >> 10) KiB" }
    return n == 1 ? "1 byte" : "\(grouped(n)) bytes"
}

/// A count for messages with thousands separators: "1,000,000".
func grouped(_ n: Int) -> String {
    let digits = Array(String(n.magnitude))
    var out = ""
    for (i, d) in digits.enumerated() {
        if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
        out.append(d)
    }
    return n < 0 ? "-" + out : out
}
