import BidKitOOXML
import BidKitPluginSDK

/// Fills the reference header and footer with the bid's facts. The design stays the template's;
/// placeholders named like the Markdown fields (`{{project.name}}`, `{{tender.number}}`,
/// `{{tender.buyer}}`, `{{bidder.name}}`, `{{project.date}}`) are replaced in every `w:t`.
/// A placeholder must sit inside one run (type it in one go in Word, or edit the XML).
enum HeaderFooter {
    static func fill(_ tree: XMLTree, metadata: Metadata, date: String) -> [UInt8] {
        let values = [
            ("{{project.name}}", metadata.title), ("{{tender.number}}", metadata.tenderNumber),
            ("{{tender.buyer}}", metadata.buyer), ("{{bidder.name}}", metadata.bidder), ("{{project.date}}", date),
        ]
        for node in tree.nodes("//w:t") {
            let text = tree.text(node)
            guard text.contains("{{") else { continue }
            var filled = text
            for (key, value) in values { filled = filled.replacing(key, with: value) }
            tree.setText(node, filled)
        }
        return tree.serialize()
    }
}
