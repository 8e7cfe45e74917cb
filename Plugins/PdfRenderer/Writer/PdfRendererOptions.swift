import BidKitPluginSDK
import DocxWriter

extension PdfWriter {
    /// The DOCX writer's options (its document is what LibreOffice converts) and the conversion's time limit.
    public var options: [RendererOption] {
        DocxWriter().options + [RendererOption("pdf_timeout", .number,
                                               "seconds one LibreOffice conversion may take, above 0 and up to 3600 (default \(Int(PdfOptions.defaultTimeout)))")]
    }
}
