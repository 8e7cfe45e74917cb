/// A PDF attachment (a certificate, a licence) travels in the package twice: as one PNG per page,
/// which the DOCX and HTML renderers embed as pictures, and as the PDF file itself (media type
/// `application/pdf`, id = the attachment's project path, referenced by no block), from which the
/// PDF renderer places the original pages, vector and text intact (docs/pdf.md). A page image's id
/// names its page: `attachments/iso9001.pdf.page-1.png` is page 1 of `attachments/iso9001.pdf`.
public enum AttachmentPages {
    public static let pdfMediaType = "application/pdf"

    /// The id of the picture of `page` (1-based) of the PDF resource `pdf`.
    public static func imageID(pdf: String, page: Int) -> String { "\(pdf).page-\(page).png" }

    /// The PDF resource and page an image id shows, when it is an attachment page's picture.
    public static func source(ofImage id: String) -> (pdf: String, page: Int)? {
        guard id.hasSuffix(".png") else { return nil }
        let stem = id.dropLast(4)
        guard let dot = stem.lastIndex(of: "."), dot > stem.startIndex else { return nil }
        let tail = stem[stem.index(after: dot)...]
        guard tail.hasPrefix("page-"), let page = Int(tail.dropFirst(5)), page >= 1, String(page) == tail.dropFirst(5) else { return nil }
        return (String(stem[..<dot]), page)
    }

    /// The resource ids a set of used images needs: the images and the PDFs their pages come from.
    public static func closure(of used: Set<String>) -> Set<String> {
        used.union(used.compactMap { source(ofImage: $0)?.pdf })
    }
}
