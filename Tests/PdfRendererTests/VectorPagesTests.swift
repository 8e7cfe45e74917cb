import BidKitExternalTools
import BidKitPluginSDK
import BidKitTestSupport
import Foundation
import Testing
@testable import PdfWriter

/// Certificate copies as their own pages: which pictures are attachment pages, where a page's form
/// goes, and the whole render against LibreOffice, poppler and qpdf.
@Suite("PDF attachment pages")
struct VectorPagesTests {
    typealias Draw = Poppler.ImageDraw
    static let a4 = PixelSize(width: 1240, height: 1755)
    static let cert = AttachmentDraws.Source(pdf: "attachments/cert.pdf", page: 1)

    @Test func attachmentPageImageIdsNameTheirPdfAndPage() {
        #expect(AttachmentPages.imageID(pdf: "attachments/a.b.pdf", page: 3) == "attachments/a.b.pdf.page-3.png")
        #expect(AttachmentPages.source(ofImage: "attachments/a.b.pdf.page-3.png")! == ("attachments/a.b.pdf", 3))
        for id in ["images/topo.png", "x.page-0.png", "x.page-01.png", ".page-1.png", "x.page-1.jpg", "x.page-.png"] {
            #expect(AttachmentPages.source(ofImage: id) == nil, "\(id)")
        }
        #expect(AttachmentPages.closure(of: ["a.pdf.page-1.png", "topo.png"]) == ["a.pdf.page-1.png", "a.pdf", "topo.png"])
    }

    /// Pictures are matched in reading order by size: a diagram of a certificate's size before it
    /// is itself, and each certificate page takes the next image of its size.
    @Test func picturesAreMatchedInReadingOrderBySize() {
        let second = AttachmentDraws.Source(pdf: "attachments/cert.pdf", page: 2)
        let expected = [AttachmentDraws.Expected(size: Self.a4, source: nil), .init(size: PixelSize(width: 800, height: 450), source: nil),
                        .init(size: Self.a4, source: Self.cert), .init(size: Self.a4, source: second)]
        let draws = [Draw(page: 3, object: 40, size: Self.a4), Draw(page: 4, object: 41, size: PixelSize(width: 800, height: 450)),
                     Draw(page: 9, object: 52, size: Self.a4), Draw(page: 10, object: 56, size: Self.a4)]
        #expect(AttachmentDraws.match(expected, draws: draws) == [52: Self.cert, 56: second])
        // A picture LibreOffice did not draw (unreadable) is passed over; sides swapped by EXIF still match.
        let turned = [Draw(page: 9, object: 52, size: Self.a4.turned)]
        #expect(AttachmentDraws.match([.init(size: PixelSize(width: 5, height: 5), source: nil), .init(size: Self.a4, source: Self.cert)],
                                      draws: turned) == [52: Self.cert])
    }

    /// A header logo of the same size is drawn on every page: taking it for the certificate would
    /// put the certificate in every header, so an object drawn more often than claimed is left alone.
    @Test func anImageDrawnMoreOftenThanItsAttachmentPageIsNotReplaced() {
        let draws = (1...5).map { Draw(page: $0, object: 7, size: Self.a4) } + [Draw(page: 5, object: 52, size: Self.a4)]
        #expect(AttachmentDraws.match([.init(size: Self.a4, source: Self.cert)], draws: draws).isEmpty)
        // Two pictures of one page (the file listed twice) share one object: both claims agree.
        let twice = [Draw(page: 5, object: 52, size: Self.a4), Draw(page: 6, object: 52, size: Self.a4)]
        let expected = [AttachmentDraws.Expected(size: Self.a4, source: Self.cert), .init(size: Self.a4, source: Self.cert)]
        #expect(AttachmentDraws.match(expected, draws: twice) == [52: Self.cert])
    }

    @Test func aPageFormIsScaledIntoThePictureKeepingItsProportions() throws {
        func numbers(_ box: [Double], _ matrix: [Double]?, _ aspect: Double) throws -> [Double] {
            let content = try #require(AttachmentDraws.placement(box: box, matrix: matrix, aspect: aspect, form: "/Page"))
            #expect(content.hasPrefix("q ") && content.hasSuffix(" cm /Page Do Q\n"))
            return content.split(separator: " ").dropFirst().prefix(6).compactMap { Double($0) }
        }
        // An A4 page into an A4 picture: its box onto the unit square.
        let a4 = try numbers([0, 0, 595, 842], nil, 595.0 / 842)
        for (got, want) in zip(a4, [1.0 / 595, 0, 0, 1.0 / 842, 0, 0]) { #expect(abs(got - want) < 1e-6, "\(a4)") }
        // A landscape page turned by its /Rotate 90 (qpdf gives its form that matrix) into a picture
        // half as wide as tall: 595 wide and 842 tall once turned, it is bound by the width and centred.
        let turned = try numbers([0, 0, 842, 595], [0, -1, 1, 0, 0, 842], 0.5)
        let height = turned[3] * 842
        #expect(abs(turned[0] * 595 - 1) < 1e-6 && abs(height - 0.5 * 842 / 595) < 1e-6)
        #expect(abs(turned[4]) < 1e-6 && abs(turned[5] - (1 - height) / 2) < 1e-6, "\(turned)")
        #expect(AttachmentDraws.placement(box: [0, 0, 0, 842], matrix: nil, aspect: 1, form: "/P") == nil)
    }
}
