/// A buyer's tender document as the importer reads it: paragraphs and tables in reading order, each
/// with the place a reviewer finds it again (paragraph number in word/document.xml, or page of a PDF).
/// Readers (.docx, pdftotext) produce it; the classifier reads nothing else.
public struct TenderDocument: Sendable {
    public var file: String
    public var blocks: [TenderBlock]

    public init(file: String, blocks: [TenderBlock]) {
        self.file = file
        self.blocks = blocks
    }
}

public enum TenderBlock: Sendable {
    case paragraph(TenderParagraph)
    case table(TenderTable)
}

/// Where an item was found: the paragraph number (docx: the n-th `w:p` of the body, table cells
/// included, as the form reader counts them) or the page (PDF), and the text as printed.
public struct TenderPlace: Hashable, Sendable, Codable {
    public var paragraph: Int?
    public var page: Int?

    public init(paragraph: Int? = nil, page: Int? = nil) {
        self.paragraph = paragraph
        self.page = page
    }

    /// "¶112" or "p. 7", for messages and YAML comments.
    public var label: String {
        if let paragraph { return "¶\(paragraph)" }
        if let page { return "p. \(page)" }
        return "?"
    }
}

public struct TenderParagraph: Sendable {
    public var text: String
    /// Outline level from a heading style (0 = Heading 1), nil for body text.
    public var headingLevel: Int?
    /// Every visible run is bold: the way chapter titles are typed when no heading style is used.
    public var bold: Bool
    public var centered: Bool
    public var place: TenderPlace

    public init(text: String, headingLevel: Int? = nil, bold: Bool = false, centered: Bool = false, place: TenderPlace) {
        self.text = text
        self.headingLevel = headingLevel
        self.bold = bold
        self.centered = centered
        self.place = place
    }
}

public struct TenderTable: Sendable {
    /// Rows of cells; a merged cell's text is repeated in every grid position it covers (a vertical
    /// merge's continuation carries the first cell's text), so each row reads whole.
    public var rows: [[TenderCell]]

    public init(rows: [[TenderCell]]) { self.rows = rows }
}

public struct TenderCell: Sendable {
    public var text: String
    public var place: TenderPlace
    /// True for a vertical-merge continuation or a repeated span: its text belongs to another cell.
    public var continued: Bool

    public init(text: String, place: TenderPlace, continued: Bool = false) {
        self.text = text
        self.place = place
        self.continued = continued
    }
}
