/// An Excel workbook (.xlsx) opened for reading values: its sheets in workbook order, and each sheet's
/// cells with shared strings resolved. Read through `OOXMLPackage`, so the package and every part get
/// the hardened parser and the limits of `OOXMLLimits.spreadsheet`.
///
/// ```swift
/// let book = try SpreadsheetWorkbook(zip: bytes, file: "prices.xlsx")
/// let sheet = book.sheets.first { !$0.hidden }
/// let cells = try book.cells(of: sheet)      // row by row, left to right
/// ```
///
/// Values only: styles and number formats are not read, so a cell formatted "¥#,##0.00" or "0%" gives
/// the number Excel stored (`1234.5`, `0.13`). Not thread-safe, like the package it reads.
public final class SpreadsheetWorkbook {
    public struct Sheet: Hashable, Sendable {
        public var name: String
        /// The worksheet part ("xl/worksheets/sheet1.xml").
        public var part: String
        /// `state="hidden"` or `"veryHidden"` in the workbook.
        public var hidden: Bool
    }

    public let file: String
    /// Worksheets in workbook order (chart sheets and dialog sheets left out: they hold no cells).
    public let sheets: [Sheet]
    private let package: OOXMLPackage
    private let sharedStringsPart: String?
    private var sharedStrings: [String]?

    /// Cells read from one sheet at most: far above a price list, and a bound on the memory a sheet
    /// of empty-but-present cells can take.
    public static let maxCells = 2_000_000

    public convenience init(zip bytes: [UInt8], file: String, limits: OOXMLLimits = .spreadsheet) throws {
        try self.init(OOXMLPackage(zip: bytes, file: file, kind: ".xlsx", limits: limits))
    }

    public init(_ package: OOXMLPackage) throws {
        self.package = package
        file = package.file
        let main = try PackageRelationships.mainPart(of: package, fallback: "xl/workbook.xml")
        guard let workbook = try package.xml(main) else {
            throw OOXMLError(file: file, message: "has no \(main); is it an Excel workbook (.xlsx)?")
        }
        guard let root = workbook.root, root.is("workbook", in: OOXMLNamespace.x) else {
            throw OOXMLError(file: file, message: "\(main) is not a SpreadsheetML workbook (no workbook element)")
        }
        let rels = try PackageRelationships.read(for: main, in: package) ?? PackageRelationships()
        var sheets: [Sheet] = []
        for node in root.first("sheets", in: OOXMLNamespace.x)?.children ?? [] where node.is("sheet", in: OOXMLNamespace.x) {
            guard let name = node.attribute("name", in: []),
                  let id = OOXMLNamespace.r.lazy.compactMap({ node.attribute("id", namespace: $0) }).first,
                  let relationship = rels.relationship(id: id), !relationship.external, relationship.kind == "worksheet" else { continue }
            let state = node.attribute("state", in: [])
            sheets.append(Sheet(name: name, part: relationship.target, hidden: state == "hidden" || state == "veryHidden"))
        }
        guard !sheets.isEmpty else { throw OOXMLError(file: file, message: "has no worksheets") }
        self.sheets = sheets
        sharedStringsPart = rels.target(kind: "sharedStrings") ?? (package.contains("xl/sharedStrings.xml") ? "xl/sharedStrings.xml" : nil)
    }

    /// The sheet's cells that hold something, row by row and left to right within a row.
    public func cells(of sheet: Sheet) throws -> [SheetCell] {
        guard let tree = try package.xml(sheet.part) else {
            throw OOXMLError(file: file, message: "has no \(sheet.part), the part of sheet \(quoted(sheet.name))")
        }
        guard let data = tree.root?.first("sheetData", in: OOXMLNamespace.x) else { return [] }
        var out: [SheetCell] = []
        var seen = Set<CellReference>()
        var rowNumber = 0
        for row in data.children where row.is("row", in: OOXMLNamespace.x) {
            rowNumber = try number(row.attribute("r", in: []), after: rowNumber, sheet: sheet, what: "row")
            var column = 0
            for cell in row.children where cell.is("c", in: OOXMLNamespace.x) {
                let reference = try self.reference(cell.attribute("r", in: []), row: rowNumber, after: column, sheet: sheet)
                column = reference.column
                guard seen.insert(reference).inserted else {
                    throw OOXMLError(file: file, message: "sheet \(quoted(sheet.name)) holds cell \(reference) twice")
                }
                guard out.count < Self.maxCells else {
                    throw OOXMLError(file: file, message: "sheet \(quoted(sheet.name)) holds more than \(grouped(Self.maxCells)) cells, the limit for \(package.limits.purpose)")
                }
                if let value = try value(of: cell, at: reference, sheet: sheet) { out.append(value) }
            }
        }
        return out.sorted { ($0.reference.row, $0.reference.column) < ($1.reference.row, $1.reference.column) }
    }

    private func value(of cell: XMLTree.Node, at reference: CellReference, sheet: Sheet) throws -> SheetCell? {
        let type = cell.attribute("t", in: []) ?? "n"
        let saved = cell.first("v", in: OOXMLNamespace.x)?.text
        let formula = cell.first("f", in: OOXMLNamespace.x)?.text
        func make(_ kind: SheetCell.Kind, _ text: String) -> SheetCell { SheetCell(reference: reference, kind: kind, text: text) }
        switch type {
        case "inlineStr":
            return cell.first("is", in: OOXMLNamespace.x).map { make(.text, Self.richText($0)) }
        case "s":
            guard let saved else { return nil }
            let strings = try loadSharedStrings()
            guard let index = Int(saved), strings.indices.contains(index) else {
                throw OOXMLError(file: file, message: "sheet \(quoted(sheet.name)) cell \(reference) refers to shared string \(quoted(saved)), "
                                 + "but the workbook has \(strings.count)")
            }
            return make(.text, strings[index])
        default:
            guard let saved else { return formula.map { make(.unsavedFormula, $0) } }
            switch type {
            case "str": return make(.text, saved)
            case "b": return make(.boolean, saved == "1" || saved.lowercased() == "true" ? "TRUE" : "FALSE")
            case "e": return make(.error, saved)
            default: return make(.number, saved)  // "n", and "d" (ISO dates, rare) read as written
            }
        }
    }

    /// `<si>` or `<is>`: plain `<t>`, or rich-text runs `<r><t>`; phonetic guides (`<rPh>`) are not text.
    private static func richText(_ node: XMLTree.Node) -> String {
        var out = ""
        for child in node.children {
            if child.is("t", in: OOXMLNamespace.x) {
                out += child.text
            } else if child.is("r", in: OOXMLNamespace.x), let t = child.first("t", in: OOXMLNamespace.x) {
                out += t.text
            }
        }
        return out
    }

    private func loadSharedStrings() throws -> [String] {
        if let sharedStrings { return sharedStrings }
        var strings: [String] = []
        if let part = sharedStringsPart, let tree = try package.xml(part), let root = tree.root {
            strings = root.children.filter { $0.is("si", in: OOXMLNamespace.x) }.map(Self.richText)
        }
        sharedStrings = strings
        return strings
    }

    private func number(_ attribute: String?, after previous: Int, sheet: Sheet, what: String) throws -> Int {
        guard let attribute else { return previous + 1 }
        guard let n = Int(attribute), (1...CellReference.maxRow).contains(n), n > previous else {
            throw OOXMLError(file: file, message: "sheet \(quoted(sheet.name)) has a \(what) numbered \(quoted(attribute)) after \(what) \(previous)")
        }
        return n
    }

    private func reference(_ attribute: String?, row: Int, after column: Int, sheet: Sheet) throws -> CellReference {
        guard let attribute else {
            guard column < CellReference.maxColumn else {
                throw OOXMLError(file: file, message: "sheet \(quoted(sheet.name)) row \(row) has more than \(grouped(CellReference.maxColumn)) cells")
            }
            return CellReference(column: column + 1, row: row)
        }
        guard let reference = CellReference(attribute), reference.row == row else {
            throw OOXMLError(file: file, message: "sheet \(quoted(sheet.name)) row \(row) holds a cell at \(quoted(attribute)), which is not in that row")
        }
        return reference
    }
}
