import BidKitOOXML
import BidKitPluginSDK

/// The parts of a reference document the renderer copies: styles, numbering definitions, theme,
/// settings, font table, page setup and the header/footer design (pandoc's reference.docx idea).
///
/// Resolution order: the `reference_docx` option (a real .docx), else the template's `docx/reference/`
/// folder under `template_dir` (the same parts as committed XML source). Both are read through
/// BidKitOOXML with `OOXMLLimits.referenceDocument`, the same hardened reading as buyer forms (the
/// core has already read them so before rendering; this reading guards hosts that have not). Parts a
/// reference lacks are written from built-in defaults (`DefaultParts`).
struct ReferenceDocument {
    var origin: String
    var styles: XMLTree
    var numbering: XMLTree
    var settings: XMLTree
    var theme: [UInt8]?
    var fontTable: [UInt8]?
    var header: XMLTree
    var footer: XMLTree
    var page: PageSetup

    static func load(options: RenderOptions, language: String) throws -> ReferenceDocument {
        do {
            if let file = options["reference_docx"], !file.isEmpty {
                let package = try OOXMLPackage(zipFile: file, file: file, limits: .referenceDocument)
                return try load(from: ReferenceParts(package), origin: file, language: language)
            }
            if let dir = options["template_dir"], !dir.isEmpty {
                let reference = (dir.hasSuffix("/") ? dir : dir + "/") + "docx/reference"
                if LocalFile.kind(reference) == .folder {
                    let package = try OOXMLPackage(folder: reference, file: reference, limits: .referenceDocument)
                    return try load(from: ReferenceParts(package), origin: reference, language: language)
                }
            }
        } catch let error as OOXMLError {
            throw RenderError("reference document \(error)")
        }
        return try builtIn(language: language)
    }

    /// Built-in defaults only: a project without a template still gets a sound document.
    static func builtIn(language: String) throws -> ReferenceDocument {
        ReferenceDocument(
            origin: "built-in defaults",
            styles: try .builtIn(DefaultParts.styles(language: language), "styles.xml"),
            numbering: try .builtIn(DefaultParts.numbering, "numbering.xml"),
            settings: try .builtIn(DefaultParts.settings(language: language), "settings.xml"),
            theme: nil, fontTable: nil,
            header: try .builtIn(DefaultParts.header(language: language), "header"),
            footer: try .builtIn(DefaultParts.footer(language: language), "footer"),
            page: .a4)
    }

    static func load(from parts: ReferenceParts, origin: String, language: String) throws -> ReferenceDocument {
        var reference = try builtIn(language: language)
        reference.origin = origin
        reference.styles = parts.styles
        if let numbering = parts.numbering { reference.numbering = numbering }
        if let settings = parts.settings { reference.settings = settings }
        reference.theme = parts.theme
        reference.fontTable = parts.fontTable
        if let document = parts.document, let page = PageSetup.read(from: document) { reference.page = page }
        if let header = parts.header { reference.header = header }
        if let footer = parts.footer { reference.footer = footer }
        for tree in [reference.styles, reference.settings, reference.header, reference.footer] { LatinLanguage.fix(tree) }
        return reference
    }
}
