import BidKitOOXML
import BidKitPluginSDK

/// `docProps/core.xml` and `docProps/app.xml`: title, creator and company are the bidder, and the
/// dates are the bid's date from the project (never the clock), so rebuilding changes nothing.
enum DocProps {
    static func core(_ m: Metadata) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        out += "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        out += " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
        out += " xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
        out += "<dc:title>\(XMLText.escape(m.title))</dc:title>"
        if !m.tenderNumber.isEmpty { out += "<dc:subject>\(XMLText.escape(m.tenderNumber))</dc:subject>" }
        out += "<dc:creator>\(XMLText.escape(m.bidder))</dc:creator>"
        out += "<cp:lastModifiedBy>\(XMLText.escape(m.bidder))</cp:lastModifiedBy>"
        if let stamp = w3cdtf(m.date) {
            out += "<dcterms:created xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:created>"
            out += "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">\(stamp)</dcterms:modified>"
        }
        out += "<dc:language>\(m.language == "zh" ? "zh-CN" : "en-US")</dc:language>"
        return out + "</cp:coreProperties>"
    }

    static func app(_ m: Metadata) -> String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\""
            + " xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">"
            + "<Application>BidKit</Application><DocSecurity>0</DocSecurity>"
            + "<Company>\(XMLText.escape(m.bidder))</Company></Properties>"
    }

    /// `yyyy-MM-dd` → `yyyy-MM-ddT00:00:00Z`; nil for anything else (the property is then left out).
    static func w3cdtf(_ date: String) -> String? { DateText.parse(date).map { _ in date + "T00:00:00Z" } }
}
