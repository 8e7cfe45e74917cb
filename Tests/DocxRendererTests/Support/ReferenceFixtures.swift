import BidKitOOXML
import BidKitTestSupport
@testable import DocxWriter
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Real reference .docx files made from a template's committed parts (as the template README's
/// `zip -X` one-liner does), optionally with another page setup.
enum ReferenceFixtures {
    static let a3Landscape = "<w:pgSz w:w=\"23811\" w:h=\"16838\" w:orient=\"landscape\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"720\" w:footer=\"720\" w:gutter=\"0\"/>"

    /// A reference file; `dir` owns it and removes it when released.
    struct File {
        let dir: TemporaryDirectory
        let path: String
    }

    /// A committed part of a template's reference, as text.
    static func part(_ template: String, _ name: String) throws -> String {
        let path = Fixtures.templates + "/" + template + "/docx/reference/" + name
        return String(decoding: try LocalFile.read(path, file: name, what: "a template part", limit: 1 << 20), as: UTF8.self)
    }

    static func docx(from template: String, page: String? = nil, dropping: Set<String> = [],
                     replacing: [String: [UInt8]] = [:]) throws -> File {
        let root = Fixtures.templates + "/" + template + "/docx/reference/"
        let parts = ["[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
                     "word/styles.xml", "word/numbering.xml", "word/settings.xml", "word/fontTable.xml",
                     "word/theme/theme1.xml", "word/header1.xml", "word/footer1.xml"]
        var entries: [ZipWriter.Entry] = []
        for name in parts where !dropping.contains(name) {
            var data = try replacing[name] ?? LocalFile.read(root + name, file: name, what: "a template part", limit: 1 << 20)
            if name == "word/document.xml", let page {
                var text = String(decoding: data, as: UTF8.self)
                let start = try require(text.range(of: "<w:pgSz"))
                let end = try require(text.range(of: "<w:cols"))
                text.replaceSubrange(start.lowerBound..<end.lowerBound, with: page)
                data = Array(text.utf8)
            }
            entries.append(ZipWriter.Entry(name: name, data: data))
        }
        let dir = try TemporaryDirectory()
        let path = dir.path + "/reference.docx"
        try write(try ZipWriter.write(entries), to: path)
        return File(dir: dir, path: path)
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        guard let file = fopen(path, "wb") else { throw DocxError(description: "cannot create \(path)") }
        defer { fclose(file) }
        let n = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard n == bytes.count else { throw DocxError(description: "cannot write \(path)") }
    }
}

private func require<T>(_ value: T?) throws -> T {
    guard let value else { throw DocxError(description: "unexpected template layout") }
    return value
}
