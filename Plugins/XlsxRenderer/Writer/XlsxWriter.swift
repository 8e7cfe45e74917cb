import BidKitOOXML
// Re-exported: the writer's API speaks the model's types (`BidPackage`, `RenderOptions`).
@_exported import BidKitPluginSDK

/// Writes the tables reviewers and buyers ask for as a SpreadsheetML workbook (.xlsx): the price
/// schedule, the compliance matrix, the technical and commercial deviation tables (and a check
/// report's findings), one sheet each, with a frozen header row, column widths that fit the text
/// (display width: CJK = 2), money as numbers with two decimals, line amounts as formulas with
/// BidKit's figures cached, totals and the amount in words as printed.
///
/// Phases: 1. pick the tables (`SheetPlan.sheets`), 2. type their cells (`CellValue`), 3. write
/// the parts (`WorkbookParts`, `SheetXML`), 4. zip them in a fixed order with fixed timestamps.
/// No clock, no dictionary order: the same package gives the same bytes.
public struct XlsxWriter: BidRenderer {
    public init() {}
    public var name: String { "xlsx" }
    public var version: String { "0.1.0" }
    public var formats: [OutputFormat] {
        [OutputFormat(name: "xlsx", fileExtension: "xlsx", mediaType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    }

    public func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        guard format == "xlsx" else { throw RenderError("the xlsx renderer renders format 'xlsx', not '\(format)'") }
        // 1–2. The sheets, their cells typed.
        let sheets = SheetPlan.sheets(of: package)
        guard !sheets.isEmpty else {
            throw RenderError("the bid has no table a workbook holds (price schedule, compliance matrix, deviation tables, findings); add the generated sections to bid.yaml")
        }
        // 3. The parts, in the order OPC readers expect ([Content_Types].xml first).
        var entries = WorkbookParts.parts(sheets: sheets, metadata: package.metadata)
        for (i, sheet) in sheets.enumerated() {
            entries.append(.init(name: "xl/worksheets/sheet\(i + 1).xml", data: Array(SheetXML.sheet(sheet).utf8)))
        }
        // 4. The package.
        return try ZipWriter.write(entries)
    }
}
