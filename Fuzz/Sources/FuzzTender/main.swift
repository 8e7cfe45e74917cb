import BidKit
import Foundation
import Harness

/// The tender reader and classifier (`bidkit tender import`, `tender amend`): the .docx path through
/// BidKitOOXML's hardened package reader and the tender walker, the PDF path from the text pdftotext
/// prints, then the importer (outline, clauses, tables, facts, bounds), the amendment reader and the
/// files the import writes. Any bytes must give an import or a load error; the draft requirements
/// file an import writes must load back (it is what `init --from-tender` hands the checker), and the
/// same document must give the same bytes twice.
///
/// Input: a .docx as it is; or, by its first byte, 0x01 the rest as word/document.xml, 0x02 as
/// word/styles.xml (zipped here with valid checksums), 0x03 the rest as `pdftotext -layout` text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let input = Array(UnsafeBufferPointer(start: data, count: size))
    Harness.expectingLoadErrors {
        let document: TenderDocument
        if input.first == 3 {
            document = try TenderReader.read(pdfLayoutText: String(decoding: input.dropFirst(), as: UTF8.self), display: "t.pdf")
        } else {
            let bytes = Harness.package(input, parts: ["word/document.xml", "word/styles.xml"], base: FuzzTender.base)
            document = try TenderReader.read(docx: bytes, display: "t.docx")
        }
        let result = TenderImporter.importTender(document)
        let text = TenderYAML.requirementsText(result, sourceName: "t")
        precondition(text == TenderYAML.requirementsText(TenderImporter.importTender(document), sourceName: "t"), "import not deterministic")
        _ = TenderYAML.recordText(result, sourceName: "t", generated: [("requirements.yaml", "x")])
        _ = AmendmentReader.read(document).changes.map(\.line)
        FuzzTender.loadsBack(text)
    }
    return 0
}

// libFuzzer takes over from here (see Fuzz/Package.swift).
Harness.run(fuzz)

enum FuzzTender {
    /// The package the 0x01/0x02 inputs go into: a heading style and a ★ clause to classify.
    static let base: [(String, String)] = [
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("word/document.xml", """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\
            <w:p><w:pPr><w:pStyle w:val="1"/></w:pPr><w:r><w:t>第三章 采购需求</w:t></w:r></w:p>\
            <w:p><w:r><w:t>★2.1 摄像机有效像素不低于 400 万</w:t></w:r></w:p></w:body></w:document>
            """),
        ("word/styles.xml", """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style></w:styles>
            """),
    ]

    static let folder: String = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("bidkit-fuzz-tender-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()

    /// The draft must load as a requirements file: a load error on what the import wrote is a finding.
    static func loadsBack(_ text: String) {
        let path = folder + "/requirements.yaml"
        guard (try? Data(text.utf8).write(to: URL(fileURLWithPath: path))) != nil else { return }
        do {
            _ = try TenderDiff.requirementsFile(path)
        } catch {
            preconditionFailure("the import's requirements file does not load: \(error)\n\(text)")
        }
    }
}
