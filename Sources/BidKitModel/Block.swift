/// Block-level content of a section.
public indirect enum Block: Codable, Hashable, Sendable {
    case heading(Heading)
    case paragraph(Paragraph)
    case list(ListBlock)
    case table(Table)
    case image(Image)
    case quote([Block])
    case code(CodeBlock)
    case thematicBreak
    case pageBreak
    case signature(Signature)
    case toc([TocEntry])
}

/// A heading inside a section. Levels 1 and 2 belong to parts and sections; content headings start at 3.
public struct Heading: Codable, Hashable, Sendable {
    public var level: Int
    /// Display number, e.g. "（一）" or "1.2.1"; empty when unnumbered.
    public var number: String
    /// Stable, unique anchor id.
    public var anchor: String
    public var content: [Inline]

    public init(level: Int, number: String, anchor: String, content: [Inline]) {
        self.level = level
        self.number = number
        self.anchor = anchor
        self.content = content
    }

    /// Chinese numbers that end in punctuation ("一、", "（一）") take no space before the title.
    public static func join(number: String, title: String) -> String {
        guard let last = number.last else { return title }
        return "、）)".contains(last) ? number + title : number + " " + title
    }
}

public enum Alignment: String, Codable, Hashable, Sendable {
    case none, left, center, right
}

public struct Paragraph: Codable, Hashable, Sendable {
    public var content: [Inline]
    public var alignment: Alignment
    /// The indents and spacing of a paragraph from a buyer's form; nil lays it out as the template says.
    public var format: ParagraphFormat?

    public init(_ content: [Inline], alignment: Alignment = .none, format: ParagraphFormat? = nil) {
        self.content = content
        self.alignment = alignment
        self.format = format
    }
}

public struct ListBlock: Codable, Hashable, Sendable {
    public var ordered: Bool
    /// First number of an ordered list.
    public var start: Int
    /// Each item is a sequence of blocks (nested lists live inside items).
    public var items: [[Block]]

    public init(ordered: Bool, start: Int = 1, items: [[Block]]) {
        self.ordered = ordered
        self.start = start
        self.items = items
    }
}

public struct Table: Codable, Hashable, Sendable {
    public var columns: [Column]
    public var header: [Row]
    public var body: [Row]
    /// Totals rows (subtotal, tax, total) kept apart so renderers can style them.
    public var footer: [Row]
    public var caption: String
    /// What the table is, for renderers and checks: "", "price-schedule", "opening-summary", …
    public var role: String
    /// The caption's number as printed before it, finished by the core: "表 2", "Table 2"; "" = unnumbered.
    public var label: String = ""
    /// The anchor cross-references to the table point at (a bookmark or id on its caption); "" = none.
    public var anchor: String = ""

    public init(columns: [Column], header: [Row] = [], body: [Row] = [], footer: [Row] = [], caption: String = "", role: String = "",
                label: String = "", anchor: String = "") {
        self.columns = columns
        self.header = header
        self.body = body
        self.footer = footer
        self.caption = caption
        self.role = role
        self.label = label
        self.anchor = anchor
    }

    /// "表 2 分项报价": the label and the caption as one line, as renderers print them.
    public var captionLine: String {
        label.isEmpty ? caption : caption.isEmpty ? label : label + " " + caption
    }

    public struct Column: Codable, Hashable, Sendable {
        public var alignment: Alignment
        /// Relative width weight; 0 = let the renderer decide.
        public var weight: Int
        /// The width a buyer's form gives the column, in twips (`SourceFormatting.swift`); nil when the
        /// renderer sizes it (from the weight or the content).
        public var width: Int?
        /// The column's cells are never broken across lines (a finding's `requirements.yaml:4:5`):
        /// a renderer that wraps text to a width widens this column, or stacks the table, instead.
        public var noWrap: Bool
        public init(alignment: Alignment = .none, weight: Int = 0, width: Int? = nil, noWrap: Bool = false) {
            self.alignment = alignment
            self.weight = weight
            self.width = width
            self.noWrap = noWrap
        }
    }

    public struct Row: Codable, Hashable, Sendable {
        public var cells: [Cell]
        /// The height a buyer's form gives the row; nil when the content decides.
        public var height: RowHeight?
        public init(_ cells: [Cell], height: RowHeight? = nil) {
            self.cells = cells
            self.height = height
        }
    }

    public struct Cell: Codable, Hashable, Sendable {
        public var blocks: [Block]
        public var colspan: Int
        public var rowspan: Int
        /// A buyer's form's fill for the cell: "RRGGBB", or "" for none. nil leaves the renderer's
        /// default look (a shaded header row); set, it wins over it.
        public var fill: String?

        public init(blocks: [Block], colspan: Int = 1, rowspan: Int = 1, fill: String? = nil) {
            self.blocks = blocks
            self.colspan = colspan
            self.rowspan = rowspan
            self.fill = fill
        }

        public init(_ text: String, colspan: Int = 1) {
            self.init(blocks: text.isEmpty ? [] : [.paragraph(Paragraph([.text(text)]))], colspan: colspan)
        }

        public init(inlines: [Inline]) {
            self.init(blocks: inlines.isEmpty ? [] : [.paragraph(Paragraph(inlines))])
        }
    }
}

public struct Image: Codable, Hashable, Sendable {
    /// Id of a `Resource` in the package.
    public var resource: String
    public var alt: String
    /// The caption printed under the picture ("" = none).
    public var title: String
    /// The caption's number as printed before it, finished by the core: "图 1", "Figure 1"; "" = unnumbered.
    public var label: String = ""
    /// The anchor cross-references to the figure point at; "" = none.
    public var anchor: String = ""
    /// The width the author asked for (`{width=60%}`); `.natural` = the picture's own size, fitted to the page.
    public var width: ImageWidth = .natural
    /// A raster copy of the resource (a PNG made from an SVG or WebP) for formats that cannot show the
    /// original: its resource id, "" = none.
    public var fallback: String = ""

    public init(resource: String, alt: String, title: String = "", label: String = "", anchor: String = "",
                width: ImageWidth = .natural, fallback: String = "") {
        self.resource = resource
        self.alt = alt
        self.title = title
        self.label = label
        self.anchor = anchor
        self.width = width
        self.fallback = fallback
    }

    /// "图 1 网络拓扑": the label and the caption as one line, as renderers print them.
    public var captionLine: String {
        label.isEmpty ? title : title.isEmpty ? label : label + " " + title
    }
}

/// How wide a picture is to be printed.
public enum ImageWidth: Codable, Hashable, Sendable {
    case natural
    /// A share of the text width, 1 to 100.
    case percent(Int)
    /// An absolute width in micrometres (`{width=8cm}` is 80,000).
    case micrometres(Int)
}

public struct CodeBlock: Codable, Hashable, Sendable {
    public var language: String
    public var text: String
    public init(language: String = "", text: String) {
        self.language = language
        self.text = text
    }
}

/// A seal / signature / date block, laid out by each renderer as its template defines.
public struct Signature: Codable, Hashable, Sendable {
    public var slots: [Slot]
    public init(slots: [Slot]) { self.slots = slots }

    /// The anchor of the n-th (1-based) signature block in reading order (`BidPackage.signatureBlocks`),
    /// which paged renderers bookmark so the signing map can say on which page each one is.
    public static func anchor(_ n: Int) -> String { "signature-\(n)" }

    public struct Slot: Codable, Hashable, Sendable {
        public enum Kind: String, Codable, Hashable, Sendable { case seal, signature, date }
        public var kind: Kind
        /// Printed label, e.g. "投标人（盖章）".
        public var label: String
        /// Pre-filled value (the bidder's name, the signer's name, the date); empty = left for ink.
        public var value: String
        public init(kind: Kind, label: String, value: String = "") {
            self.kind = kind
            self.label = label
            self.value = value
        }
    }
}

public struct TocEntry: Codable, Hashable, Sendable {
    public var level: Int
    public var number: String
    public var title: String
    public var anchor: String
    /// The printed page number where the entry's heading is, once a paged layout is known; empty before.
    public var page: String
    public init(level: Int, number: String, title: String, anchor: String, page: String = "") {
        self.level = level
        self.number = number
        self.title = title
        self.anchor = anchor
        self.page = page
    }
}

/// Inline content of paragraphs, headings and cells.
public indirect enum Inline: Codable, Hashable, Sendable {
    case text(String)
    case strong([Inline])
    case emphasis([Inline])
    case underline([Inline])
    case strikethrough([Inline])
    case code(String)
    case link(url: String, content: [Inline])
    case lineBreak
    /// A soft line break from the source: a space for Latin text, nothing between CJK characters.
    case softBreak
    /// A footnote at this point: renderers number footnotes in reading order and print the text at the
    /// foot of the page (DOCX, PDF) or of the section (HTML, text).
    case footnote([Inline])
    /// A reference to a numbered thing elsewhere in the bid (a section, figure or table).
    case reference(CrossReference)
}

/// A cross-reference, finished by the core: the text to print ("图 2", "Table 3", "1.2 技术方案") and
/// the anchor it points at, so a renderer links it and a paged renderer can add the page.
public struct CrossReference: Codable, Hashable, Sendable {
    public var anchor: String
    public var text: String
    /// What paged renderers print after the text, `{n}` standing for the page number
    /// ("（第 {n} 页）", " (page {n})"); "" = no page.
    public var page: String

    public init(anchor: String, text: String, page: String = "") {
        self.anchor = anchor
        self.text = text
        self.page = page
    }
}

extension Array where Element == Inline {
    /// The plain text of inline content (soft breaks become spaces).
    public var plainText: String {
        var out = ""
        for inline in self { inline.appendPlainText(to: &out) }
        return out
    }
}

extension Inline {
    func appendPlainText(to out: inout String) {
        switch self {
        case .text(let s), .code(let s): out += s
        case .strong(let c), .emphasis(let c), .underline(let c), .strikethrough(let c), .link(_, let c):
            for i in c { i.appendPlainText(to: &out) }
        case .lineBreak: out += "\n"
        case .softBreak: out += " "
        case .footnote: break  // printed elsewhere; not part of the sentence's text
        case .reference(let r): out += r.text
        }
    }
}
