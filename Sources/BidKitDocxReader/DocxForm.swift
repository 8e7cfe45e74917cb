import BidKitModel

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

    /// Reads a .docx from memory. Never traps on malformed input: a damaged zip, a missing
    /// document part or malformed XML is a `DocxReadError` naming `file`.
    public init(bytes: [UInt8], file: String) throws {
        self.file = file
        (part, body) = try ZipArchive.withArchive(bytes, file: file) { zip in
            let part = try Self.mainPart(zip)
            guard let xml = try zip.read(part) else {
                throw DocxReadError(file: file, message: "has no \(part); is it a Word document?")
            }
            let tree = try XMLTree(xml, part: part, file: file)
            let relsPart = Self.relationshipsPart(of: part)
            let rels = try zip.read(relsPart).map { try Relationships(XMLTree($0, part: relsPart, file: file), base: Self.directory(of: part)) }
                ?? Relationships()
            var styles = StyleSheet()
            if let stylesPart = rels.first(ofType: Namespace.styles) ?? (zip.contains("word/styles.xml") ? "word/styles.xml" : nil),
               let data = try zip.read(stylesPart) {
                styles = StyleSheet(try XMLTree(data, part: stylesPart, file: file))
            }
            guard let root = tree.root, root.isW("document") else {
                throw DocxReadError(file: file, message: "\(part) is not a WordprocessingML document (no w:document element)")
            }
            guard let bodyNode = root.firstW("body") else {
                throw DocxReadError(file: file, message: "\(part) has no w:body")
            }
            var reader = BodyReader(relationships: rels, styles: styles)
            return (part, reader.blocks(in: bodyNode, inTable: false))
        }
    }

    /// Every `{{…}}` in the form, in reading order, as written (nothing filled).
    public var placeholders: [FormPlaceholder] { fill { _ in nil }.unresolved }

    /// The form as model blocks, with every placeholder whose name `value` knows replaced by its value.
    ///
    /// Placeholders are found in the text of a whole paragraph, so one that Word split over several
    /// runs (`{{bid` + bold `der.` + `name}}`) is still found. The replacement takes the formatting of
    /// the run where the placeholder starts (its `{{`); the rest of the placeholder's text is removed
    /// from whichever runs held it, and text around it keeps its own runs' formatting.
    /// Names are trimmed of spaces before `value` sees them; `nil` leaves the placeholder as written.
    public func fill(_ value: (String) -> String?) -> FilledForm {
        withoutActuallyEscaping(value) { value in
            var filler = Filler(value: value)
            let blocks = filler.blocks(body)
            return FilledForm(blocks: blocks, unresolved: filler.unresolved)
        }
    }

    // MARK: Package structure

    /// The main document part named by `_rels/.rels` (officeDocument), or `word/document.xml`.
    private static func mainPart(_ zip: ZipArchive) throws -> String {
        if let data = try zip.read("_rels/.rels"),
           let rels = try? Relationships(XMLTree(data, part: "_rels/.rels", file: zip.file), base: ""),
           let target = rels.first(ofType: Namespace.officeDocument), zip.contains(target) {
            return target
        }
        return "word/document.xml"
    }

    static func directory(of part: String) -> String {
        part.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// `word/document.xml` → `word/_rels/document.xml.rels`.
    static func relationshipsPart(of part: String) -> String {
        let dir = directory(of: part)
        let name = part.split(separator: "/").last.map(String.init) ?? part
        return (dir.isEmpty ? "" : dir + "/") + "_rels/" + name + ".rels"
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

/// A .docx that cannot be read; `description` is "file: message".
public struct DocxReadError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var message: String

    public init(file: String, message: String) {
        self.file = file
        self.message = message
    }

    public var description: String { "\(file): \(message)" }
}
