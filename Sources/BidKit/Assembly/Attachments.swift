import BidKitExternalTools
import Foundation

/// Scanned certificates and other attachments (PDF, PNG, JPEG) placed inside the bid, each under a
/// caption heading ("附件：营业执照（91330108573126481K）") whose anchor the table of contents, the
/// page map and the qualification list's attachment column refer to.
///
/// PDF attachments become one picture a page, rasterised with poppler's `pdftoppm` at `dpi` (150:
/// sharp on paper at the size an A4 page shows them, a few hundred KB a page, where a 600 dpi scan
/// embedded as-is would weigh megabytes), which DOCX and HTML show; the PDF file itself travels
/// with them (`AttachmentPages`), and the PDF renderer places its original pages instead.
/// PNG and JPEG files holding more pixels than such a page (or weighing more than
/// `maxImageBytes`) are downsampled with GraphicsMagick; smaller ones are embedded as they are.
struct Attachments {
    static let dpi = 150
    static let maxPages = 40
    static let maxFileBytes = InputKind.attachment.byteLimit
    /// The pixels a print needs: an A4 page at `dpi` (1240 × 1754), the size a PDF page's picture has.
    static let maxPixels = 1240 * 1754
    /// A picture heavier than this is re-encoded (a PNG photo becomes a JPEG) even when it is small enough.
    static let maxImageBytes = 2 << 20
    /// Larger pictures are refused before any tool decodes them (A0 at 300 dpi is 139 megapixels).
    static let maxSourcePixels = 150_000_000

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
        var resources: [Resource] = []
        switch kind {
        case .png, .jpeg:
            pages = [try printSized(bytes, kind: kind, file: file, at: location)]
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
        for (i, page) in pages.enumerated() {
            let id = kind == .pdf ? AttachmentPages.imageID(pdf: file, page: i + 1) : file
            resources.append(Resource(id: id, mediaType: page.type, data: page.data))
            let alt = pages.count == 1 ? name : name + (zh ? " 第 \(i + 1) 页" : ", page \(i + 1)")
            blocks.append(.image(Image(resource: id, alt: alt)))
        }
        // The PDF itself, for the PDF renderer (its pages in place of the pictures).
        if kind == .pdf { resources.append(Resource(id: file, mediaType: AttachmentPages.pdfMediaType, data: bytes)) }
        return (blocks, resources)
    }

    /// A PNG or JPEG as it is when it is no larger than a print needs, else downsampled to
    /// `maxPixels` (GraphicsMagick, upright, metadata stripped, stated at `dpi`); a PNG still over
    /// `maxImageBytes` (a photograph) becomes a JPEG.
    private func printSized(_ bytes: [UInt8], kind: Kind, file: String, at location: SourceLocation) throws -> (data: [UInt8], type: String) {
        let type = kind == .png ? "image/png" : "image/jpeg"
        guard let size = PixelSize.of(bytes) else {
            throw LoadError(location, "attachment '\(file)' is a \(kind == .png ? "PNG" : "JPEG") file whose picture size cannot be read")
        }
        guard size.pixels <= Self.maxSourcePixels else {
            throw LoadError(location, "attachment '\(file)' is a \(size) pixel picture (limit \(Self.maxSourcePixels / 1_000_000) megapixels); scan it at 150–300 dpi")
        }
        guard size.pixels > Self.maxPixels || bytes.count > Self.maxImageBytes else { return (bytes, type) }
        let magick = GraphicsMagick()
        do {
            var out = try magick.downsample(bytes, to: kind == .png ? .png : .jpeg, maxPixels: Self.maxPixels, dpi: Self.dpi)
            if kind == .png, out.count > Self.maxImageBytes {
                out = try magick.downsample(out, to: .jpeg, maxPixels: Self.maxPixels, dpi: Self.dpi)
                return (out, "image/jpeg")
            }
            return (out, type)
        } catch let missing as MissingTool {
            throw LoadError(location, "attachment '\(file)' is a \(size) pixel picture of \(InputKind.size(bytes.count)), more than a print needs; "
                                      + "it is downsampled with \(missing)")
        } catch {
            throw LoadError(location, "attachment '\(file)' could not be downsampled: \(error)")
        }
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
