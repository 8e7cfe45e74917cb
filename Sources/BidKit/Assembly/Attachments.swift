import BidKitExternalTools
import Foundation

/// Scanned certificates and other attachments (PDF, PNG, JPEG) placed inside the bid as pictures,
/// each under a caption heading ("附件：营业执照（91330108573126481K）") whose anchor the table of
/// contents, the page map and the qualification list's attachment column refer to.
///
/// PDF attachments are rasterised page by page with poppler's `pdftoppm` at `dpi` (150: sharp on
/// paper at the size an A4 page shows them, a few hundred KB a page, where a 600 dpi scan embedded
/// as-is would weigh megabytes). PNG and JPEG files are embedded as they are, up to `maxImageBytes`.
struct Attachments {
    static let dpi = 150
    static let maxPages = 40
    static let maxFileBytes = InputKind.attachment.byteLimit
    static let maxImageBytes = 12 << 20

    let paths: ProjectPaths
    let language: Language
    /// Place page images (a build); otherwise verify the file and place its caption only (check).
    let rasterize: Bool

    enum Kind { case pdf, png, jpeg }

    /// The anchor of a qualification's attachment heading.
    static func anchor(qualification id: String) -> String { "attachment-\(id)" }

    /// Caption heading and page images of `file`; errors name the file. Sendable: read in parallel.
    func blocks(file: String, caption: String?, anchor: String, at location: SourceLocation) throws -> (blocks: [Block], resources: [Resource]) {
        // Through the project's one gate: real-path confinement, the size limit, errors in words.
        let bytes = try paths.read(file, as: .attachment, referencedAt: location)
        guard let kind = Self.kind(of: bytes) else {
            throw LoadError(location, "attachment '\(file)' is not a PDF, PNG or JPEG file")
        }
        var blocks: [Block] = caption.map { [.heading(Heading(level: 3, number: "", anchor: anchor, content: [.text($0)]))] } ?? []
        let name = caption ?? (file as NSString).lastPathComponent
        guard rasterize else {
            // A section that is only an attachment must not look empty to the checks.
            if caption == nil { blocks.append(.paragraph(Paragraph([.text("[\(name)]")]))) }
            return (blocks, [])
        }
        var pages: [(data: [UInt8], type: String)] = []
        switch kind {
        case .png, .jpeg:
            guard bytes.count <= Self.maxImageBytes else {
                throw LoadError(location, "attachment '\(file)' is a \(bytes.count >> 20) MB picture; scan it at 150–300 dpi or save it as a PDF (limit \(Self.maxImageBytes >> 20) MB)")
            }
            pages = [(bytes, kind == .png ? "image/png" : "image/jpeg")]
        case .pdf:
            do {
                pages = try Poppler().rasterize(bytes, dpi: Self.dpi, maxPages: Self.maxPages).map { ($0, "image/png") }
            } catch let missing as MissingTool {
                throw LoadError(location, "attachment '\(file)': PDF pages are rasterised with \(missing)")
            } catch {
                throw LoadError(location, "attachment '\(file)' could not be read as a PDF: \(error)")
            }
            guard !pages.isEmpty else { throw LoadError(location, "attachment '\(file)' has no pages") }
        }
        let zh = language == .zh
        var resources: [Resource] = []
        for (i, page) in pages.enumerated() {
            let id = pages.count == 1 && kind != .pdf ? file : "\(file).page-\(i + 1).png"
            resources.append(Resource(id: id, mediaType: page.type, data: page.data))
            let alt = pages.count == 1 ? name : name + (zh ? " 第 \(i + 1) 页" : ", page \(i + 1)")
            blocks.append(.image(Image(resource: id, alt: alt)))
        }
        return (blocks, resources)
    }

    /// By content, never by file name: a `.pdf` that is really a Word file is refused.
    static func kind(of bytes: [UInt8]) -> Kind? {
        if bytes.starts(with: Array("%PDF-".utf8)) { return .pdf }
        if bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        return nil
    }

    /// "附件：营业执照（91330108573126481K）" / "Attachment: ISO 9001 certificate (No. Q-123)".
    func caption(name: String, number: String) -> String {
        if language == .zh { return number.isEmpty ? "附件：\(name)" : "附件：\(name)（\(number)）" }
        return number.isEmpty ? "Attachment: \(name)" : "Attachment: \(name) (No. \(number))"
    }
}
