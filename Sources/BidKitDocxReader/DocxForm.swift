import BidKitModel
import BidKitOOXML

/// A buyer-supplied Word form (投标函, 授权委托书 …) read from a .docx file: the body of
/// `word/document.xml` — paragraphs with their direct run formatting, tables with merged cells, page
/// breaks and hyperlinks — ready to have its `{{field}}` placeholders filled and become model blocks.
///
/// ```swift
/// let form = try DocxForm(bytes: data, file: "forms/power-of-attorney.docx")
/// let filled = form.fill { name in values[name] }   // nil: unknown field, left as written
/// filled.blocks        // [Block] for the section
/// filled.unresolved    // every unknown {{field}} with its paragraph number
/// ```
public struct DocxForm: Hashable, Sendable {
    /// How the file is named in errors.
    public let file: String
    /// The zip entry the body was read from (normally `word/document.xml`).
    public let part: String
    let body: [FormBlock]

    /// The limits a form is read under: `OOXMLLimits.wordForm` for the package and its XML, and these
    /// for its content (documented in docs/bid-project.md, "Limits on Word files").
    public static let maxParagraphs = 20_000
    public static let maxTableDepth = 16
    public static let maxTableColumns = 1_024

    /// Reads a .docx from memory. Never traps on malformed input: a damaged zip, a missing
    /// document part, malformed XML or a form past the limits is a `DocxReadError` naming `file`.
    public init(bytes: [UInt8], file: String) throws {
        try self.init(OOXMLPackage(zip: bytes, file: file, limits: .wordForm))
    }

    /// Reads the .docx at `path` (named `file` in messages), refusing files larger than the form limit
    /// before reading them whole.
    public init(contentsOf path: String, file: String) throws {
        try self.init(OOXMLPackage(zipFile: path, file: file, limits: .wordForm))
    }

    private init(_ package: OOXMLPackage) throws {
        let file = package.file
        self.file = file
        part = try PackageRelationships.mainPart(of: package, fallback: "word/document.xml")
        guard let tree = try package.xml(part) else {
            throw DocxReadError(file: file, message: "has no \(part); is it a Word document?")
        }
        let rels = try PackageRelationships.read(for: part, in: package) ?? PackageRelationships()
        var styles = StyleSheet()
        if let stylesPart = rels.target(kind: "styles") ?? (package.contains("word/styles.xml") ? "word/styles.xml" : nil),
           let stylesTree = try package.xml(stylesPart) {
            styles = StyleSheet(stylesTree)
        }
        guard let root = tree.root, root.isW("document") else {
            throw DocxReadError(file: file, message: "\(part) is not a WordprocessingML document (no w:document element)")
        }
        guard let bodyNode = root.firstW("body") else {
            throw DocxReadError(file: file, message: "\(part) has no w:body")
        }
        var reader = BodyReader(relationships: rels, styles: styles, file: file, part: part)
        body = try reader.blocks(in: bodyNode, inTable: false)
    }

    /// Every `{{…}}` in the form, in reading order, as written (nothing filled).
    public var placeholders: [FormPlaceholder] { fill { _ in nil }.unresolved }

    /// The form as model blocks, with every placeholder whose name `value` knows replaced by its value.
    ///
    /// Placeholders are found in the text of a whole paragraph, so one that Word split over several
    /// runs (`{{bid` + bold `der.` + `name}}`) is still found. The replacement takes the formatting of
    /// the run holding the name's first character (not the `{{`, which Word often keeps apart); the rest
    /// of the placeholder's text is removed from whichever runs held it, and text around it keeps its
    /// own runs' formatting.
    /// Names are trimmed of spaces before `value` sees them; `nil` leaves the placeholder as written.
    public func fill(_ value: (String) -> String?) -> FilledForm {
        withoutActuallyEscaping(value) { value in
            var filler = Filler(value: value)
            let blocks = filler.blocks(body)
            return FilledForm(blocks: blocks, unresolved: filler.unresolved)
        }
    }
}

/// The filled form.
public struct FilledForm: Hashable, Sendable {
    public var blocks: [Block]
    /// Placeholders `value` did not know, one per occurrence, in reading order.
    public var unresolved: [FormPlaceholder]
}

/// One `{{name}}` occurrence in a form.
public struct FormPlaceholder: Hashable, Sendable {
    /// The field name, trimmed of spaces: "bidder.name".
    public var name: String
    /// 1-based number of the `w:p` element holding it, counting every paragraph of the document body in
    /// reading order — table-cell paragraphs included — the way `word/document.xml` lists them.
    public var paragraph: Int

    public init(name: String, paragraph: Int) {
        self.name = name
        self.paragraph = paragraph
    }
}

/// A .docx that cannot be read; `description` is "file: message". The same error as every OOXML
/// reader's (`OOXMLError`), so zip, XML and form problems read alike.
public typealias DocxReadError = OOXMLError
