import Testing
@testable import BidKitOOXML

@Suite("Spreadsheet workbooks")
struct SpreadsheetTests {
    static let x = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let r = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let pkg = "http://schemas.openxmlformats.org/package/2006/relationships"

    private func book(sheet: String, strings: String = "<sst xmlns=\"\(x)\"/>", workbook: String? = nil) throws -> SpreadsheetWorkbook {
        let wb = workbook ?? "<workbook xmlns=\"\(Self.x)\" xmlns:r=\"\(Self.r)\"><sheets><sheet name=\"S1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
        let bytes = try Fixtures.zip([
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"\(Self.pkg)\"><Relationship Id=\"rId1\" Type=\"\(Self.r)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
             + "<Relationship Id=\"rId2\" Type=\"\(Self.r)/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>"),
            ("xl/sharedStrings.xml", strings),
            ("xl/worksheets/sheet1.xml", "<worksheet xmlns=\"\(Self.x)\"><sheetData>\(sheet)</sheetData></worksheet>"),
        ])
        return try SpreadsheetWorkbook(zip: bytes, file: "p.xlsx")
    }

    @Test func cellReferences() {
        #expect(CellReference("D7") == CellReference(column: 4, row: 7))
        #expect(CellReference("$AA$10")?.column == 27)
        #expect(CellReference("XFD1048576") != nil && CellReference("XFE1") == nil && CellReference("A0") == nil && CellReference("7D") == nil)
        #expect(CellReference(column: 16_384, row: 3).description == "XFD3")
    }

    @Test func valuesByKindWithSharedAndRichStrings() throws {
        let strings = "<sst xmlns=\"\(Self.x)\"><si><t>名称</t></si><si><r><t>摄</t></r><r><t>像机</t></r><rPh><t>she</t></rPh></si></sst>"
        let b = try book(sheet: """
            <row r="2"><c r="A2" t="s"><v>0</v></c><c r="C2" t="s" s="4"><v>1</v></c><c r="D2" s="9"><v>0.13</v></c></row>
            <row><c t="inlineStr"><is><t>x</t></is></c><c t="b"><v>1</v></c><c t="e"><v>#REF!</v></c><c><f>A1*2</f></c><c t="str"><f>A1</f><v>t</v></c></row>
            """, strings: strings)
        let cells = try b.cells(of: b.sheets[0])
        #expect(cells.map(\.reference.description) == ["A2", "C2", "D2", "A3", "B3", "C3", "D3", "E3"])
        #expect(cells.map(\.text) == ["名称", "摄像机", "0.13", "x", "TRUE", "#REF!", "A1*2", "t"])
        #expect(cells.map(\.kind) == [.text, .text, .number, .text, .boolean, .error, .unsavedFormula, .text])
    }

    @Test func hostileSheetsAreRefusedWithTheCell() throws {
        let outOfRange = try book(sheet: "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>")
        #expect(Fixtures.error { _ = try outOfRange.cells(of: outOfRange.sheets[0]) }?.message.contains("cell A1 refers to shared string '5'") == true)
        let twice = try book(sheet: "<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"A1\"><v>2</v></c></row>")
        #expect(Fixtures.error { _ = try twice.cells(of: twice.sheets[0]) }?.message.contains("holds cell A1 twice") == true)
        let wrongRow = try book(sheet: "<row r=\"1\"><c r=\"A2\"><v>1</v></c></row>")
        #expect(Fixtures.error { _ = try wrongRow.cells(of: wrongRow.sheets[0]) }?.message.contains("not in that row") == true)
        let backwards = try book(sheet: "<row r=\"5\"/><row r=\"3\"/>")
        #expect(Fixtures.error { _ = try backwards.cells(of: backwards.sheets[0]) } != nil)
        let dtd = "<!DOCTYPE x [<!ENTITY a \"b\">]><workbook xmlns=\"\(Self.x)\"/>"
        #expect(Fixtures.error { _ = try book(sheet: "", workbook: dtd) }?.message.contains("declares a DTD") == true)
        let noSheets = "<workbook xmlns=\"\(Self.x)\"><sheets/></workbook>"
        #expect(Fixtures.error { _ = try book(sheet: "", workbook: noSheets) }?.message == "has no worksheets")
    }
}
