import BidKitPluginSDK

/// The parts of a reference document the renderer copies: styles, numbering definitions, theme,
/// settings, font table, page setup and the header/footer design (pandoc's reference.docx idea).
///
/// Resolution order: the `reference_docx` option (a real .docx, read with libzip), else the
/// template's `docx/reference/` folder under `template_dir` (the same parts as committed XML
/// source). Parts a reference lacks are written from built-in defaults (`DefaultParts`).
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
        if let file = options["reference_docx"], !file.isEmpty {
            return try load(from: try PartSource.docx(file), language: language)
        }
        if let dir = options["template_dir"], !dir.isEmpty {
            let reference = FileIO.join(dir, "docx/reference")
            if FileIO.isDirectory(reference) {
                return try load(from: .directory(reference), language: language)
            }
        }
        return try builtIn(language: language)
    }

    /// Built-in defaults only: a project without a template still gets a sound document.
    static func builtIn(language: String) throws -> ReferenceDocument {
        ReferenceDocument(
            origin: "built-in defaults",
            styles: try XMLTree(Array(DefaultParts.styles(language: language).utf8), origin: "built-in styles.xml"),
            numbering: try XMLTree(Array(DefaultParts.numbering.utf8), origin: "built-in numbering.xml"),
            settings: try XMLTree(Array(DefaultParts.settings(language: language).utf8), origin: "built-in settings.xml"),
            theme: nil, fontTable: nil,
            header: try XMLTree(Array(DefaultParts.header.utf8), origin: "built-in header"),
            footer: try XMLTree(Array(DefaultParts.footer.utf8), origin: "built-in footer"),
            page: .a4)
    }

    static func load(from source: PartSource, language: String) throws -> ReferenceDocument {
        let origin = source.origin
        func tree(_ path: String) throws -> XMLTree? {
            try source.part(path).map { try XMLTree($0, origin: "\(origin): \(path)") }
        }
        // Part names come from the document's relationships; fall back to the usual names.
        let rels = try tree("word/_rels/document.xml.rels")
        func target(ofType suffix: String, id: String? = nil) -> String? {
            guard let rels else { return nil }
            for rel in rels.nodes("/rel:Relationships/rel:Relationship") {
                let type = rels.attribute(rel, "Type", namespace: nil) ?? ""
                if let id, rels.attribute(rel, "Id", namespace: nil) != id { continue }
                if type.hasSuffix("/" + suffix), let t = rels.attribute(rel, "Target", namespace: nil),
                   rels.attribute(rel, "TargetMode", namespace: nil) != "External" {
                    return t.hasPrefix("/") ? String(t.dropFirst()) : "word/" + t
                }
            }
            return nil
        }
        let document = try tree("word/document.xml")
        guard let styles = try tree(target(ofType: "styles") ?? "word/styles.xml") else {
            throw RenderError("\(origin): reference has no word/styles.xml")
        }
        var reference = try builtIn(language: language)
        reference.origin = origin
        reference.styles = styles
        if let numbering = try tree(target(ofType: "numbering") ?? "word/numbering.xml") { reference.numbering = numbering }
        if let settings = try tree(target(ofType: "settings") ?? "word/settings.xml") { reference.settings = settings }
        reference.theme = try source.part(target(ofType: "theme") ?? "word/theme/theme1.xml")
        reference.fontTable = try source.part(target(ofType: "fontTable") ?? "word/fontTable.xml")
        if let document {
            if let page = PageSetup.read(from: document) { reference.page = page }
            // The default header and footer of the last section are the design to reuse. A header
            // that has relationships of its own (a logo) would need them copied too; until then the
            // built-in header is used instead of writing dangling references.
            for kind in ["header", "footer"] {
                guard let ref = document.nodes("/w:document/w:body/w:sectPr/w:\(kind)Reference[@w:type='default']").first,
                      let id = document.attribute(ref, "id", namespace: NS.r),
                      let path = target(ofType: kind, id: id),
                      try source.part(relsPath(of: path)) == nil,
                      let part = try tree(path) else { continue }
                if kind == "header" { reference.header = part } else { reference.footer = part }
            }
        }
        return reference
    }

    private static func relsPath(of part: String) -> String {
        FileIO.directory(of: part) + "/_rels/" + FileIO.fileName(of: part) + ".rels"
    }
}
