/// Namespace URIs of the parts BidKit reads and writes, in both conformance classes where they
/// differ (transitional, which Word writes, and strict, `purl.oclc.org`).
public enum OOXMLNamespace {
    /// WordprocessingML main (`w:`).
    public static let w = [
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
        "http://purl.oclc.org/ooxml/wordprocessingml/main",
    ]
    /// SpreadsheetML main.
    public static let x = [
        "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
        "http://purl.oclc.org/ooxml/spreadsheetml/main",
    ]
    /// Relationship references inside parts (`r:id`).
    public static let r = [
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
        "http://purl.oclc.org/ooxml/officeDocument/relationships",
    ]
    /// The `.rels` parts themselves (the same URI in both classes).
    public static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// Prefixes bound in `XMLTree.nodes` (transitional URIs, the ones Word writes).
    public static let xpathPrefixes: [(prefix: String, uri: String)] = [
        ("w", w[0]), ("r", r[0]), ("rel", packageRelationships), ("x", x[0]),
    ]
}
