import BidKitOOXML
/// The package parts around the worksheets: content types, relationships, the workbook with its
/// sheet names, the styles (header, text, money "#,##0.00", totals) and the document properties.
/// Properties carry the bid's title and bidder, never a date from the clock.
enum WorkbookParts {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    private static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    private static let declaration = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"

    static func parts(sheets: [SheetPlan], metadata: Metadata) -> [ZipWriter.Entry] {
        [
            .init(name: "[Content_Types].xml", data: Array(contentTypes(sheets.count).utf8)),
            .init(name: "_rels/.rels", data: Array(rootRelationships.utf8)),
            .init(name: "docProps/core.xml", data: Array(core(metadata).utf8)),
            .init(name: "docProps/app.xml", data: Array(app.utf8)),
            .init(name: "xl/workbook.xml", data: Array(workbook(sheets).utf8)),
            .init(name: "xl/_rels/workbook.xml.rels", data: Array(workbookRelationships(sheets.count).utf8)),
            .init(name: "xl/styles.xml", data: Array(styles(language: metadata.language).utf8)),
        ]
    }

    static func contentTypes(_ count: Int) -> String {
        let ct = "application/vnd.openxmlformats-officedocument.spreadsheetml"
        var x = declaration + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        x += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        x += #"<Default Extension="xml" ContentType="application/xml"/>"#
        x += #"<Override PartName="/xl/workbook.xml" ContentType="\#(ct).sheet.main+xml"/>"#
        for i in stride(from: 1, through: count, by: 1) {
            x += #"<Override PartName="/xl/worksheets/sheet\#(i).xml" ContentType="\#(ct).worksheet+xml"/>"#
        }
        x += #"<Override PartName="/xl/styles.xml" ContentType="\#(ct).styles+xml"/>"#
        x += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        x += #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        return x + "</Types>"
    }

    static let rootRelationships = declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        + #"<Relationship Id="rId1" Type="\#(officeRelationships)/officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="\#(packageRelationships)/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="\#(officeRelationships)/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    static func core(_ m: Metadata) -> String {
        declaration + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" "#
            + #"xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>\#(XMLText.escape(m.title))</dc:title>"#
            + #"<dc:creator>\#(XMLText.escape(m.bidder))</dc:creator><dc:language>\#(XMLText.escape(m.language))</dc:language></cp:coreProperties>"#
    }

    static let app = declaration + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        + "<Application>BidKit</Application></Properties>"

    static func workbook(_ sheets: [SheetPlan]) -> String {
        var x = declaration + #"<workbook xmlns="\#(main)" xmlns:r="\#(officeRelationships)"><bookViews><workbookView/></bookViews><sheets>"#
        for (i, s) in sheets.enumerated() {
            x += #"<sheet name="\#(XMLText.attribute(s.name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return x + "</sheets></workbook>"
    }

    static func workbookRelationships(_ count: Int) -> String {
        var x = declaration + #"<Relationships xmlns="\#(packageRelationships)">"#
        for i in 0..<count {
            x += #"<Relationship Id="rId\#(i + 1)" Type="\#(officeRelationships)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        x += #"<Relationship Id="rId\#(count + 1)" Type="\#(officeRelationships)/styles" Target="styles.xml"/>"#
        return x + "</Relationships>"
    }

    /// cellXfs: 0 default, 1 header, 2 text, 3 money, 4 number, 5 total text, 6 total money (see `Style`).
    static func styles(language: String) -> String {
        let font = language == "zh" ? "宋体" : "Calibri"
        let border = #"<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border>"#
        let wrap = #"<alignment vertical="top" wrapText="1"/>"#
        return declaration + #"<styleSheet xmlns="\#(main)">"#
            + ##"<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00"/></numFmts>"##
            + #"<fonts count="2"><font><sz val="11"/><name val="\#(font)"/></font><font><b/><sz val="11"/><name val="\#(font)"/></font></fonts>"#
            + #"<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>"#
            + #"<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill></fills>"#
            + #"<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>\#(border)</borders>"#
            + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
            + #"<cellXfs count="7"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
            + #"<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>"#
            + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1" applyAlignment="1">\#(wrap)</xf>"#
            + #"<xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1"/>"#
            + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>"#
            + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1" applyAlignment="1">\#(wrap)</xf>"#
            + #"<xf numFmtId="164" fontId="1" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyFont="1" applyBorder="1"/>"#
            + "</cellXfs>"
            + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>"#
    }
}
