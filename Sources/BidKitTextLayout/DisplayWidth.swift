// Temporary stand-in until the text-layout branch lands.
public enum TextTable {
    public static func plain(_ rows: [[String]], flagLastColumn: (String) -> String) -> String {
        rows.map { $0.joined(separator: "  ") }.joined(separator: "\n") + "\n"
    }
}
