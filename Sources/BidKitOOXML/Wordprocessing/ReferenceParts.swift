/// The parts of a reference document (pandoc's reference.docx idea) that a DOCX writer reuses, found
/// through the document's relationships (falling back to Word's usual names) and each parsed under
/// the package's limits.
///
/// One reading serves two callers: the core reads a project's reference this way before rendering, so
/// a hostile or broken reference is a load error naming the file (exit status 2) rather than a failed
/// render, and the DOCX writer reads it again to copy styles, numbering and page setup from it.
public struct ReferenceParts {
    /// `word/document.xml`: the page setup of its last section and its header/footer references.
    public var document: XMLTree?
    public var styles: XMLTree
    public var numbering: XMLTree?
    public var settings: XMLTree?
    /// Copied as they are, after the check that they are well-formed XML under the limits.
    public var theme: [UInt8]?
    public var fontTable: [UInt8]?
    /// The default header and footer of the last section. One with relationships of its own (a logo)
    /// would need those copied too, so it is left out and the writer's built-in one used.
    public var header: XMLTree?
    public var footer: XMLTree?

    public init(_ package: OOXMLPackage) throws {
        let main = "word/document.xml"
        let rels = try PackageRelationships.read(for: main, in: package) ?? PackageRelationships()
        func part(_ kind: String, _ fallback: String) -> String { rels.target(kind: kind) ?? fallback }

        document = try package.xml(main)
        let stylesPart = part("styles", "word/styles.xml")
        guard let styles = try package.xml(stylesPart) else {
            throw OOXMLError(file: package.file, message: "has no \(stylesPart), which a reference document needs for its styles")
        }
        self.styles = styles
        numbering = try package.xml(part("numbering", "word/numbering.xml"))
        settings = try package.xml(part("settings", "word/settings.xml"))
        theme = try package.checkedXMLBytes(part("theme", "word/theme/theme1.xml"))
        fontTable = try package.checkedXMLBytes(part("fontTable", "word/fontTable.xml"))
        guard let document else { return }
        for kind in ["header", "footer"] {
            guard let reference = document.nodes("/w:document/w:body/w:sectPr/w:\(kind)Reference[@w:type='default']").first,
                  let id = reference.attribute("id", namespace: OOXMLNamespace.r[0]),
                  let path = rels.target(kind: kind, id: id),
                  !package.contains(PackageRelationships.relationshipsPart(of: path)),
                  let tree = try package.xml(path) else { continue }
            if kind == "header" { header = tree } else { footer = tree }
        }
    }
}
