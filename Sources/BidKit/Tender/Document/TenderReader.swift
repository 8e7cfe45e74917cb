import Foundation

/// Opens a tender by its kind: .docx through the hardened OOXML reader, .pdf through pdftotext.
public enum TenderReader {
    /// Larger files are refused before they are read: a real tender, drawings aside, is a few MiB.
    public static let maxFileSize = 128 << 20

    public static func read(_ path: String) throws -> TenderDocument {
        let url = URL(fileURLWithPath: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw LoadError(SourceLocation(file: path), "no such file")
        }
        guard !isDirectory.boolValue else { throw LoadError(SourceLocation(file: path), "is a folder, expected a .docx or .pdf tender") }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= maxFileSize else {
            throw LoadError(SourceLocation(file: path), "is larger than \(maxFileSize >> 20) MiB; a tender document is not read at that size")
        }
        switch url.pathExtension.lowercased() {
        case "docx":
            let bytes: [UInt8]
            do { bytes = [UInt8](try Data(contentsOf: url)) } catch {
                throw LoadError(SourceLocation(file: path), "cannot read file: \(YAMLDocument.reason(error))")
            }
            return try DocxTenderReader.read(bytes, display: path)
        case "pdf":
            return try PdfTenderReader.read(url, display: path)
        case "doc":
            throw LoadError(SourceLocation(file: path), "is a Word 97-2003 document; save it as .docx (or print it to PDF) and import that")
        default:
            throw LoadError(SourceLocation(file: path), "is neither a .docx nor a .pdf tender")
        }
    }
}
