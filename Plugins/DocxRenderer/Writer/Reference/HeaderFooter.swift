import BidKitOOXML
import BidKitPluginSDK

/// Fills the reference header and footer with the bid's facts. The design stays the template's;
/// placeholders named like the Markdown fields (`{{project.name}}`, `{{tender.number}}`,
/// `{{tender.buyer}}`, `{{bidder.name}}`, `{{project.date}}`) are replaced in every `w:t`, and
/// so are the package's words: `{{tender.reference}}` ("招标编号：…" / "Tender number: …") and
/// `{{page.before}}` / `{{page.after}}`, what stands before and after the page number ("第 ", " 页").
/// Values join the text as the Markdown fields do (`FieldJoin`: "RFP {{tender.number}}" with the number
/// "RFP-…" prints the number once). A placeholder must sit inside one run (type it in one go in Word,
/// or edit the XML).
enum HeaderFooter {
    /// Placeholder → text, from the package (the date as its cover prints it).
    struct Values {
        var pairs: [(String, String)]

        init(package: BidPackage) {
            let m = package.metadata, labels = package.frontMatter.labels
            let page = labels.pageAffixes
            pairs = [
                ("{{project.name}}", m.title), ("{{tender.number}}", m.tenderNumber),
                ("{{tender.reference}}", m.tenderNumber.isEmpty ? "" : labels.labelled(labels[Labels.Key.tenderNumber], m.tenderNumber)),
                ("{{tender.buyer}}", m.buyer), ("{{bidder.name}}", m.bidder),
                ("{{project.date}}", package.frontMatter.cover.value(Cover.Key.date) ?? m.date),
                ("{{page.before}}", page.before), ("{{page.after}}", page.after),
            ]
        }
    }

    static func fill(_ tree: XMLTree, with values: Values) -> [UInt8] {
        for node in tree.nodes("//w:t") {
            let text = tree.text(node)
            guard text.contains("{{") else { continue }
            var filled = text
            for (key, value) in values.pairs { filled = FieldJoin.replace(key, with: value, in: filled) }
            tree.setText(node, filled)
        }
        return tree.serialize()
    }
}
