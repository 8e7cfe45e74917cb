import Foundation

/// Opens a tender by its kind: .docx through the hardened OOXML reader, .pdf through pdftotext.
public enum TenderReader {
    public static func read(_ path: String) throws -> TenderDocument {
        let url = URL(fileURLWithPath: path)
        let location = SourceLocation(file: path)
        switch url.pathExtension.lowercased() {
        case "docx":
            // The loaders' file reader: permission, folder and FIFO told apart, 128 MiB read at most.
            let bytes = try FileReader.open(path, relative: path, as: .tender, at: location).readAll()
            return try DocxTenderReader.read(bytes, display: path)
        case "pdf":
            try FileReader.open(path, relative: path, as: .tender, at: location).close()  // readable, within the limit
            return try PdfTenderReader.read(url, display: path)
        case "doc":
            throw LoadError(SourceLocation(file: path), "is a Word 97-2003 document; save it as .docx (or print it to PDF) and import that")
        default:
            throw LoadError(SourceLocation(file: path), "is neither a .docx nor a .pdf tender")
        }
    }
}
