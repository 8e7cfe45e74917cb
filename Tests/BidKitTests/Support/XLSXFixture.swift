import BidKitOOXML
import Foundation

/// Small .xlsx workbooks for the price-list tests, written part by part as Excel lays them out
/// (workbook, its relationships, shared strings, one worksheet per sheet), zipped by `ZipWriter`.
enum XLSXFixture {
    enum Value {
        /// A number cell: `<v>` as Excel saves it ("1234.5", "1.5E-3"); `style` as a formatted cell has.
        case number(String, style: Int? = nil)
        /// A shared string.
        case text(String)
        case inline(String)
        /// A formula and its saved result (nil: never calculated).
        case formula(String, result: String?)
        case error(String)
        case empty
    }

    struct Sheet {
        var name: String
        var rows: [[Value]]
        var hidden = false
        /// Row number of the first row (rows before it are absent).
        var firstRow = 1
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    static func workbook(_ sheets: [Sheet]) throws -> [UInt8] {
        var strings: [String] = []
        func shared(_ s: String) -> Int {
            if let i = strings.firstIndex(of: s) { return i }
            strings.append(s)
            return strings.count - 1
        }
        func esc(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
        }
        var parts: [(String, String)] = []
        for (n, sheet) in sheets.enumerated() {
            var xml = "<worksheet xmlns=\"\(main)\"><sheetData>"
            for (r, row) in sheet.rows.enumerated() {
                let number = sheet.firstRow + r
                xml += "<row r=\"\(number)\">"
                for (c, value) in row.enumerated() {
                    let ref = CellReference(column: c + 1, row: number).description
                    switch value {
                    case .number(let v, let style): xml += "<c r=\"\(ref)\"\(style.map { " s=\"\($0)\"" } ?? "")><v>\(v)</v></c>"
                    case .text(let s): xml += "<c r=\"\(ref)\" t=\"s\"><v>\(shared(s))</v></c>"
                    case .inline(let s): xml += "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(esc(s))</t></is></c>"
                    case .formula(let f, let result): xml += "<c r=\"\(ref)\"><f>\(esc(f))</f>\(result.map { "<v>\($0)</v>" } ?? "")</c>"
                    case .error(let e): xml += "<c r=\"\(ref)\" t=\"e\"><v>\(esc(e))</v></c>"
                    case .empty: break
                    }
                }
                xml += "</row>"
            }
            parts.append(("xl/worksheets/sheet\(n + 1).xml", xml + "</sheetData></worksheet>"))
        }
        let sheetList = sheets.enumerated().map { n, s in
            "<sheet name=\"\(esc(s.name))\" sheetId=\"\(n + 1)\" r:id=\"rId\(n + 1)\"\(s.hidden ? " state=\"hidden\"" : "")/>"
        }.joined()
        let rels = sheets.indices.map { n in
            "<Relationship Id=\"rId\(n + 1)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\(n + 1).xml\"/>"
        }.joined() + "<Relationship Id=\"rIdS\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/>"
        let sst = "<sst xmlns=\"\(main)\" count=\"\(strings.count)\">" + strings.map { "<si><t>\(esc($0))</t></si>" }.joined() + "</sst>"
        let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
        let files: [(String, String)] = [
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", "<Relationships xmlns=\"\(pkg)\"><Relationship Id=\"r1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(rel)\"><sheets>\(sheetList)</sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(pkg)\">\(rels)</Relationships>"),
            ("xl/sharedStrings.xml", sst),
        ] + parts
        return try ZipWriter.write(files.map { ZipWriter.Entry(name: $0.0, data: Array($0.1.utf8)) })
    }
}
