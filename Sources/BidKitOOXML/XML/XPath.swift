/// Building XPath expressions from values read out of a package.
public enum XPath {
    /// `value` as an XPath 1.0 string literal. A value from a hostile part (a style id, a numId) may
    /// hold quotes; spliced in raw it would change the query (or break it).
    public static func literal(_ value: String) -> String {
        if !value.contains("'") { return "'" + value + "'" }
        if !value.contains("\"") { return "\"" + value + "\"" }
        let pieces = value.split(separator: "'", omittingEmptySubsequences: false).map { "'" + $0 + "'" }
        return "concat(" + pieces.joined(separator: ", \"'\", ") + ")"
    }
}
