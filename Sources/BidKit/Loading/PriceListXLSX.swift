import BidKitOOXML
import Foundation

/// An Excel price list (`pricing.items_file: prices.xlsx`): one sheet — `pricing.items_sheet`, or the
/// first sheet that is not hidden — read through `BidKitOOXML` (the one hardened zip/XML reader) and
/// handed to `PriceListTable` like a CSV file's rows. Numbers are the values Excel stored, not their
/// display (`SpreadsheetNumber`); every message names its cell: `prices.xlsx:报价表!D7`.
///
/// Public, like `PriceListCSV`, for tools and fuzzing: the same reader and messages as a project uses.
public enum PriceListXLSX {
    /// The items of the workbook given as bytes; `file` names it in messages.
    public static func read(_ bytes: [UInt8], file: String, sheet name: String? = nil) throws -> [PriceItem] {
        try items(bytes, file: file, sheet: name, sheetLocation: SourceLocation(file: file))
    }

    /// `sheetLocation` is where `items_sheet` was written, for an unknown sheet name.
    static func items(_ bytes: [UInt8], file: String, sheet name: String?, sheetLocation: SourceLocation) throws -> [PriceItem] {
        let book: SpreadsheetWorkbook
        let cells: [SheetCell]
        let sheet: SpreadsheetWorkbook.Sheet
        do {
            book = try SpreadsheetWorkbook(zip: bytes, file: file)
            sheet = try choose(name, in: book, at: sheetLocation)
            cells = try book.cells(of: sheet)
        } catch let error as OOXMLError {
            throw LoadError(SourceLocation(file: file), error.message)
        }
        return try PriceListTable.items(rows(cells, file: file, sheet: sheet.name), file: "\(file):\(sheet.name)", ragged: true)
    }

    /// `file:sheet!D7`, as messages name a cell (a `SourceLocation` without a line prints its file as is).
    static func location(file: String, sheet: String, _ reference: CellReference) -> SourceLocation {
        SourceLocation(file: "\(file):\(sheet)!\(reference)")
    }

    private static func choose(_ name: String?, in book: SpreadsheetWorkbook, at location: SourceLocation) throws -> SpreadsheetWorkbook.Sheet {
        let names = book.sheets.map(\.name)
        guard let name else {
            guard let visible = book.sheets.first(where: { !$0.hidden }) else {
                throw LoadError(location, "every sheet of '\(book.file)' is hidden; name one with 'pricing.items_sheet' (sheets: \(names.joined(separator: ", ")))")
            }
            return visible
        }
        guard let sheet = book.sheets.first(where: { $0.name == name }) else {
            throw LoadError(location, "no sheet '\(name)' in '\(book.file)'" + DidYouMean.hint(for: name, among: names))
        }
        return sheet
    }

    /// Dense rows from the sheet's cells, each cell at its own address; an error value or a formula
    /// never calculated is refused at its cell, as no price can be read from it.
    private static func rows(_ cells: [SheetCell], file: String, sheet: String) throws -> [PriceListTable.Row] {
        var rows: [PriceListTable.Row] = []
        var current: [PriceListTable.Cell] = []
        var row = 0
        func flush() {
            if row > 0 { rows.append(PriceListTable.Row(cells: current, location: location(file: file, sheet: sheet, CellReference(column: 1, row: row)))) }
            current = []
        }
        for cell in cells {
            if cell.reference.row != row {
                flush()
                row = cell.reference.row
            }
            while current.count < cell.reference.column - 1 {
                current.append(PriceListTable.Cell(text: "", location: location(file: file, sheet: sheet, CellReference(column: current.count + 1, row: row))))
            }
            let at = location(file: file, sheet: sheet, cell.reference)
            switch cell.kind {
            case .error:
                throw LoadError(at, "the cell holds the error \(cell.text); fix the formula in the workbook")
            case .unsavedFormula:
                throw LoadError(at, "the cell holds a formula (=\(cell.text)) whose value was never saved; open the workbook in Excel or LibreOffice and save it")
            case .number, .text, .boolean:
                current.append(PriceListTable.Cell(text: cell.text, location: at, isSpreadsheetNumber: cell.kind == .number))
            }
        }
        flush()
        return rows
    }
}
