import BidKitOOXML
import BidKitPluginSDK

/// Page references after cross-references (issue 12 item 7): in the compliance matrix and the
/// deviation tables, a link to a section (the core writes "第一章 商务部分 / 七、资格证明文件" linked to
/// `#section-id`) is followed by a `PAGEREF` field to the section heading's bookmark — （第 12 页）,
/// "(p. 12)" — that Word and LibreOffice compute when they lay the document out. Its cached result
/// is the page the layout pass found for the heading (`--paginate`, the table of contents' pages),
/// "?" when there was none.
extension DocumentBuilder {
    /// Tables whose links to sections are cross-references a reader looks up on paper.
    static let crossReferenceRoles: Set<String> = ["compliance-matrix", "technical-deviations", "commercial-deviations"]

    func pageReference(to anchor: String, format: RunFormat) -> String {
        let bookmark = bookmarks.name(for: anchor)
        let cached = tocPages[anchor].flatMap { $0.isEmpty ? nil : $0 } ?? "?"
        let rPr = runProperties(format, linked: false)
        func field(_ type: String) -> String { "<w:r>\(rPr)<w:fldChar w:fldCharType=\"\(type)\"/></w:r>" }
        let pageField = field("begin")
            + "<w:r>\(rPr)<w:instrText xml:space=\"preserve\"> PAGEREF \(bookmark) \\h </w:instrText></w:r>"
            + field("separate") + "<w:r>\(rPr)<w:t>\(XMLText.escape(cached))</w:t></w:r>" + field("end")
        return run(text: zh ? "（第" : " (p. ", format: format) + pageField + run(text: zh ? "页）" : ")", format: format)
    }
}
