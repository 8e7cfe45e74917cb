import CLibZip
import Foundation

/// Builds .docx files for tests: zips the given parts with libzip (stored in a temporary file,
/// returned as bytes). Only the parts a test names are written — a minimal Word package.
enum DocxFixture {
    static let namespaces = """
        xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        """

    /// `word/document.xml` with `body` inside `w:body`.
    static func document(_ body: String) -> String {
        """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document \(namespaces)><w:body>\(body)<w:sectPr/></w:body></w:document>
        """
    }

    static func relationships(_ entries: [(id: String, type: String, target: String, external: Bool)]) -> String {
        let rels = entries.map { e in
            #"<Relationship Id="\#(e.id)" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/\#(e.type)" Target="\#(e.target)"\#(e.external ? #" TargetMode="External""# : "")/>"#
        }.joined()
        return #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\#(rels)</Relationships>"#
    }

    static let contentTypes = """
        <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        </Types>
        """

    static let packageRels = relationships([(id: "rId1", type: "officeDocument", target: "word/document.xml", external: false)])

    /// A complete small package around `body`, plus any extra parts (name → XML).
    static func docx(body: String, extra: [String: String] = [:]) throws -> [UInt8] {
        var parts: [(String, [UInt8])] = [
            ("[Content_Types].xml", Array(contentTypes.utf8)),
            ("_rels/.rels", Array(packageRels.utf8)),
            ("word/document.xml", Array(document(body).utf8)),
        ]
        for (name, xml) in extra.sorted(by: { $0.key < $1.key }) { parts.append((name, Array(xml.utf8))) }
        return try zip(parts)
    }

    /// Zips `parts` in order.
    static func zip(_ parts: [(name: String, data: [UInt8])]) throws -> [UInt8] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("docx-fixture-\(UUID().uuidString).zip").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        var error: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &error) else { throw FixtureError("zip_open failed (\(error))") }
        for part in parts {
            // libzip reads the buffer at zip_close: hand it a malloc'd copy that it frees.
            let copy = malloc(max(part.data.count, 1))!
            part.data.withUnsafeBytes { if let base = $0.baseAddress { copy.copyMemory(from: base, byteCount: part.data.count) } }
            guard let source = zip_source_buffer(archive, copy, zip_uint64_t(part.data.count), 1) else {
                free(copy)
                zip_discard(archive)
                throw FixtureError("zip_source_buffer failed")
            }
            guard zip_file_add(archive, part.name, source, ZIP_FL_ENC_UTF_8) >= 0 else {
                zip_source_free(source)
                zip_discard(archive)
                throw FixtureError("zip_file_add \(part.name) failed")
            }
        }
        guard zip_close(archive) == 0 else {
            zip_discard(archive)
            throw FixtureError("zip_close failed")
        }
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    struct FixtureError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

// Word-style markup helpers, so fixtures read like what Word writes.

/// A run with optional properties: `run("{{bid", "<w:b/>")`.
func run(_ text: String, _ rPr: String = "") -> String {
    let props = rPr.isEmpty ? "" : "<w:rPr>\(rPr)</w:rPr>"
    return #"<w:r w:rsidR="00A1B2C3">\#(props)<w:t xml:space="preserve">\#(text)</w:t></w:r>"#
}

/// A paragraph of runs with optional paragraph properties.
func para(_ runs: String..., pPr: String = "") -> String {
    let props = pPr.isEmpty ? "" : "<w:pPr>\(pPr)</w:pPr>"
    return "<w:p>\(props)\(runs.joined())</w:p>"
}

/// A table cell holding one paragraph of plain text.
func cell(_ text: String, _ tcPr: String = "") -> String {
    let props = tcPr.isEmpty ? "" : "<w:tcPr>\(tcPr)</w:tcPr>"
    return "<w:tc>\(props)\(text.isEmpty ? "<w:p/>" : para(run(text)))</w:tc>"
}
