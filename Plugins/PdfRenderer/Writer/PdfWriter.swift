import Foundation
import BidKitExternalTools
import BidKitPluginSDK
import DocxWriter

/// Writes a bid package as PDF: the DOCX renderer's document (same cover, headers and footers,
/// numbering, tables) converted by LibreOffice headless, then made reproducible (`PDFBytes`).
///
/// Phases of a render: 1. DOCX bytes from `DocxWriter` (linked as a library, not as a plugin);
/// 2. every font the DOCX names is checked to be installed or mapped (`FontCheck`); 3. LibreOffice
/// converts with a private profile and a time limit (`LibreOffice`); 4. creation date, `/ID` and
/// checksum are rewritten in place from the bid's date and the content; 5. the pictures of PDF
/// attachment pages are replaced by the attachments' own pages (`VectorPages`, qpdf).
public struct PdfWriter: BidRenderer {
    /// Where the engines are looked for: the process environment, or a given one (tests).
    let environment: [String: String]?
    public init(environment: [String: String]? = nil) { self.environment = environment }
    private var env: [String: String] { environment ?? PdfEngines.environment }
    public var name: String { "pdf" }
    public var version: String { "1.0.0" }
    public var formats: [OutputFormat] { [OutputFormat(name: "pdf", fileExtension: "pdf", mediaType: "application/pdf")] }
    public var paginates: Bool { true }

    /// LibreOffice renders, poppler reads pages and images back, fontconfig checks fonts, qpdf places
    /// the attachments' own pages: all must be there.
    public func unavailableReason(format: String) -> String? {
        let missing = PdfEngines.missing(environment: env)
        return missing.isEmpty ? nil : missing.map(\.description).joined(separator: "; ")
    }

    public func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        guard format == "pdf" else { throw RenderError("the PDF renderer does not write format '\(format)'") }
        let pdf = try convert(package, options: options).pdf
        do {
            let fixed = try PDFBytes.reproducible(pdf, date: package.metadata.date)
            return try VectorPages(environment: env).place(into: fixed, package: package)
        } catch let error as RenderError {
            throw error
        } catch {
            throw RenderError("\(error)")
        }
    }

    /// Converts once and reads back the page of every bookmarked anchor (headings, parts, signature blocks).
    public func paginate(_ package: BidPackage, format: String, options: RenderOptions) throws -> PageMap {
        let (pdf, docx) = try convert(package, options: options)
        let read: (pages: Int, destinations: [Poppler.Destination])
        do { read = try Poppler(environment: env).destinations(of: pdf) } catch { throw RenderError("\(error)") }
        return PageLabels.map(pages: read.pages, destinations: read.destinations, bookmarks: docx.bookmarks,
                              firstPart: package.parts.first?.id)
    }

    private func convert(_ package: BidPackage, options: RenderOptions) throws -> (pdf: [UInt8], docx: DocxOutput) {
        if let reason = unavailableReason(format: "pdf") { throw RenderError(reason) }
        let docx = try DocxWriter().renderDocx(package, options: options)
        let timeout = try PdfOptions.timeout(options)
        do {
            try FontCheck(environment: env).requireInstalled(docx.fonts)
            let office = try LibreOffice.locate(environment: env).get()
            var engine = office
            engine.timeout = timeout
            return (try engine.convert(docx: docx.bytes), docx)
        } catch let error as RenderError {
            throw error
        } catch {
            throw RenderError("\(error)")
        }
    }
}

/// What the PDF renderer needs installed.
enum PdfEngines {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// One entry per missing package set (poppler's three programs come together).
    static func missing(environment: [String: String]) -> [MissingTool] {
        var seen = Set<[String]>()
        return [ExternalTool.libreOffice, .pdfinfo, .pdfimages, .pdffonts, .fcMatch, .qpdf].compactMap { tool in
            guard case .failure(let missing) = tool.locate(environment: environment), seen.insert(tool.packages).inserted else { return nil }
            return missing
        }
    }
}

/// `--option pdf_timeout=SECONDS` (default 180): how long one LibreOffice conversion may take.
enum PdfOptions {
    static let defaultTimeout: Double = 180

    static func timeout(_ options: RenderOptions) throws -> Double {
        guard let text = options["pdf_timeout"] else { return defaultTimeout }
        guard let seconds = Double(text), seconds > 0, seconds <= 3600 else {
            throw RenderError("option pdf_timeout must be a number of seconds between 0 and 3600, got '\(text)'")
        }
        return seconds
    }
}
