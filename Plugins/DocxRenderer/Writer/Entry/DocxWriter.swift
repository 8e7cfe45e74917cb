import BidKitPluginSDK

/// The .docx bytes and what the renderer had to change to write them.
public struct DocxOutput: Sendable {
    public var bytes: [UInt8]
    /// Human-readable warnings naming the section (e.g. characters XML cannot carry that were
    /// removed). The plugin ABI has no warning channel yet, so `render` drops them; callers that
    /// link DocxWriter directly (tests, a future host API) get them here.
    public var warnings: [String]
    /// Model anchor → Word bookmark name, for every bookmark placed (headings, signature blocks):
    /// what a PDF made from this DOCX calls its named destinations.
    public var bookmarks: [String: String] = [:]
    /// Every font family the styles and runs name (`w:rFonts`), so a converter can make sure each is installed.
    public var fonts: Set<String> = []
}

/// Writes a bid package as a WordprocessingML (.docx) file.
public struct DocxWriter: BidRenderer {
    public init() {}
    public var name: String { "docx" }
    public var version: String { "1.0.0" }
    public var formats: [OutputFormat] {
        [OutputFormat(name: "docx", fileExtension: "docx",
                      mediaType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    }

    public func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        guard format == "docx" else { throw RenderError("the DOCX renderer does not write format '\(format)'") }
        return try renderDocx(package, options: options).bytes
    }

    /// Renders the package; the same package and options always give the same bytes.
    public func renderDocx(_ package: BidPackage, options: RenderOptions) throws -> DocxOutput {
        // The parts are made in a function of their own so the builder, its body and the cleaned
        // package are gone before zipping, which holds a copy of every part at once.
        var (parts, output) = try self.parts(of: package, options: options)
        output.bytes = try parts.zip()
        return output
    }

    private func parts(of package: BidPackage, options: RenderOptions) throws -> (PackageAssembler, DocxOutput) {
        // The core already cleaned its sections; a package from another host may not be.
        let (clean, warnings) = XMLCharacters.clean(package)
        let reference = try ReferenceDocument.load(options: options, language: clean.metadata.language)
        let builder = try DocumentBuilder(package: clean, reference: reference)
        let document = try builder.documentXML()
        let footnotes = builder.footnotesPart()
        let filling = HeaderFooter.Values(package: clean)
        let styles = reference.styles.serialize()
        let fonts = FontNames.named(in: [styles, document])

        var parts = PackageAssembler()
        parts.add("docProps/core.xml", contentType: ContentType.core, DocProps.core(clean.metadata))
        parts.add("docProps/app.xml", contentType: ContentType.app, DocProps.app(clean.metadata))
        parts.add("word/document.xml", contentType: ContentType.document, document)
        parts.add("word/_rels/document.xml.rels", contentType: nil, builder.relationships.xml)
        parts.add("word/styles.xml", contentType: ContentType.styles, styles)
        parts.add("word/numbering.xml", contentType: ContentType.numbering, builder.numbering.serialize())
        parts.add("word/settings.xml", contentType: ContentType.settings, try SettingsPart.finish(reference.settings))
        if let fonts = reference.fontTable { parts.add("word/fontTable.xml", contentType: ContentType.fontTable, fonts) }
        if let theme = reference.theme { parts.add("word/theme/theme1.xml", contentType: ContentType.theme, theme) }
        let header = HeaderFooter.fill(reference.header, with: filling), footer = HeaderFooter.fill(reference.footer, with: filling)
        parts.add("word/header1.xml", contentType: ContentType.header, header)
        parts.add("word/footer1.xml", contentType: ContentType.footer, footer)
        if builder.turnedRelIDs != nil, let turned = reference.page.landscape {
            // The landscape sections' copies, their tab stops moved to the wider text (`TurnedHeaderFooter`).
            let gained = turned.textWidth - reference.page.textWidth
            parts.add("word/header2.xml", contentType: ContentType.header, try TurnedHeaderFooter.turn(header, part: "header2.xml", styles: reference.styles, gained: gained))
            parts.add("word/footer2.xml", contentType: ContentType.footer, try TurnedHeaderFooter.turn(footer, part: "footer2.xml", styles: reference.styles, gained: gained))
        }
        if let footnotes { parts.add("word/footnotes.xml", contentType: ContentType.footnotes, footnotes) }
        for item in builder.media { parts.add(item.name, contentType: nil, item.data, compress: false) }
        return (parts, DocxOutput(bytes: [], warnings: warnings + builder.warnings, bookmarks: builder.placedBookmarkNames, fonts: fonts))
    }
}
