import BidKitMoney
import Foundation

/// A CSV price list: the header names columns (`PriceListColumns`: BidKit's names, or Chinese and
/// English headings), each row below it is a line.
/// Hand-written over `CSVReader` (RFC 4180) because every cell must carry its line and column for
/// error messages, which the listed CSV packages do not report.
///
/// Public as an entry point for tools and the `FuzzCSV` fuzz target: the same reader, checks and
/// messages as `pricing.items_file`, without a project.
public enum PriceListCSV {
    /// The items of a CSV price list given as the file's bytes; `file` names it in messages.
    public static func read(_ bytes: [UInt8], file: String, encoding: TextEncoding = .utf8) throws -> [PriceItem] {
        try items(try TextDecoding.decode(bytes, file: file, encoding: encoding), file: file)
    }

    /// The delimiter is detected (`CSVReader.delimiter(of:)`), the header row found (`PriceListTable`).
    static func items(_ text: String, file: String) throws -> [PriceItem] {
        let rows = try CSVReader.parse(text, file: file, delimiter: CSVReader.delimiter(of: text))
        return try PriceListTable.items(rows, file: file, ragged: false)
    }
}
