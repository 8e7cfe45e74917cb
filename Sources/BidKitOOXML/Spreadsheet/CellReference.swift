/// A cell's address in A1 notation ("D7": column 4, row 7), as SpreadsheetML's `r` attributes write
/// it and as messages name a cell (`prices.xlsx:报价表!D7`).
public struct CellReference: Hashable, Sendable, CustomStringConvertible {
    /// 1-based; Excel's last column is XFD (16,384).
    public var column: Int
    /// 1-based; Excel's last row is 1,048,576.
    public var row: Int

    public static let maxColumn = 16_384
    public static let maxRow = 1_048_576

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// "D7", "$D$7" or "d7"; nil for anything else or past Excel's grid.
    public init?(_ text: String) {
        var letters = 0, digits = 0, column = 0, row = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                guard digits == 0, letters < 3 else { return nil }
                letters += 1
                column = column * 26 + Int((byte & 0xDF) - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                guard letters > 0, digits < 7 else { return nil }
                digits += 1
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
            default:
                return nil
            }
        }
        guard letters > 0, digits > 0, (1...Self.maxColumn).contains(column), (1...Self.maxRow).contains(row) else { return nil }
        self.init(column: column, row: row)
    }

    /// "A", "Z", "AA", "XFD".
    public static func columnName(_ column: Int) -> String {
        var n = column
        var out: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            out.insert(Character(Unicode.Scalar(UInt8(ascii: "A") + UInt8(remainder))), at: 0)
            n = (n - 1) / 26
        }
        return String(out)
    }

    public var description: String { Self.columnName(column) + String(row) }
}
