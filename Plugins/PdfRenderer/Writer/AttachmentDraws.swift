import Foundation
import BidKitExternalTools
import BidKitPluginSDK

/// Which image objects of LibreOffice's PDF are the pictures of PDF attachment pages.
///
/// LibreOffice draws the document's pictures in reading order (body pictures are inline, the DOCX
/// writer floats none); header and footer pictures come in between on every page. So the pictures
/// the package shows, in reading order with their pixel sizes, are looked for in that order among
/// the images `pdfimages` lists: each takes the next image of its size. An image object is taken
/// as an attachment page only when every time it is drawn was matched to that same page, so a
/// header logo that happens to have a certificate's size is never replaced.
enum AttachmentDraws {
    /// An attachment page: the PDF resource and the 1-based page.
    struct Source: Hashable, Sendable {
        var pdf: String
        var page: Int
    }

    /// A picture the document shows: its pixel size, and the attachment page it is, if it is one.
    struct Expected: Hashable, Sendable {
        var size: PixelSize
        var source: Source?
    }

    /// The package's pictures in reading order. One the DOCX writer cannot read (it shows the alt
    /// text instead) is left out: nothing is drawn for it.
    static func expected(in package: BidPackage) -> [Expected] {
        let byID = Dictionary(package.resources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return package.sections.flatMap { Block.resourceIDs(in: $0.blocks) }.compactMap { id in
            guard let resource = byID[id], let size = PixelSize.of(resource.data) else { return nil }
            let source = AttachmentPages.source(ofImage: id).flatMap { s -> Source? in
                byID[s.pdf]?.mediaType == AttachmentPages.pdfMediaType ? Source(pdf: s.pdf, page: s.page) : nil
            }
            return Expected(size: size, source: source)
        }
    }

    /// Image object number → the attachment page it shows.
    static func match(_ expected: [Expected], draws: [Poppler.ImageDraw]) -> [Int: Source] {
        var next = 0
        var claims: [Int: [Source?]] = [:]
        for e in expected {
            // A picture LibreOffice turned upright by its EXIF orientation has its sides swapped.
            guard next < draws.count,
                  let j = draws[next...].firstIndex(where: { $0.size == e.size || $0.size == e.size.turned }) else { continue }
            claims[draws[j].object, default: []].append(e.source)
            next = j + 1
        }
        var drawn: [Int: Int] = [:]
        for d in draws { drawn[d.object, default: 0] += 1 }
        var out: [Int: Source] = [:]
        for (object, sources) in claims {
            guard let first = sources.first, let source = first, sources.allSatisfy({ $0 == source }),
                  drawn[object] == sources.count else { continue }
            out[object] = source
        }
        return out
    }

    /// The content stream of the form that replaces a picture: LibreOffice draws the picture as
    /// the unit square scaled to its place, so this maps the attachment page's form (its `box`,
    /// after its own `matrix`, which carries the page's rotation) into that square, keeping the
    /// page's proportions (the picture's are `aspect` = width / height) and centring it.
    static func placement(box: [Double], matrix: [Double]?, aspect: Double, form: String) -> String? {
        guard box.count == 4, aspect.isFinite, aspect > 0 else { return nil }
        let m = matrix?.count == 6 ? matrix ?? [] : [1, 0, 0, 1, 0, 0]
        let corners = [(box[0], box[1]), (box[2], box[1]), (box[0], box[3]), (box[2], box[3])]
        let xs = corners.map { m[0] * $0.0 + m[2] * $0.1 + m[4] }, ys = corners.map { m[1] * $0.0 + m[3] * $0.1 + m[5] }
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return nil }
        let w = maxX - minX, h = maxY - minY
        guard w > 0, h > 0, w.isFinite, h.isFinite else { return nil }
        // In the picture's space (height 1, width `aspect`), one scale for both directions.
        let scale = min(aspect / w, 1 / h)
        let sx = scale / aspect, sy = scale
        let tx = (1 - sx * w) / 2 - sx * minX, ty = (1 - sy * h) / 2 - sy * minY
        let numbers = [sx, 0, 0, sy, tx, ty].map { String(format: "%.9f", $0) }.joined(separator: " ")
        return "q \(numbers) cm \(form) Do Q\n"
    }
}
