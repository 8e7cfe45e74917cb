/// A CSV price list read on its own, without a project: the same reader, checks and messages as
/// `pricing.items_file`. Public as an entry point for tools and the `FuzzCSV` fuzz target.
public enum PriceListCSV {
    /// The items of a CSV price list given as the file's bytes; `file` names it in messages.
    public static func read(_ bytes: [UInt8], file: String) throws -> [PriceItem] {
        try PricingLoader.readCSV(String(decoding: bytes, as: UTF8.self), file: file)
    }
}
