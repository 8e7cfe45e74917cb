import BidKitDocxReader
import BidKitOOXML
import Foundation
import Harness

/// The buyer-form reader: BidKitOOXML's zip and XML hardening, the body reader with its limits and the
/// placeholder filler. Any bytes must give blocks or a `DocxReadError`; a trap, a hang or a blow-up
/// past libFuzzer's memory limit is a finding. The document properties reader runs on the same bytes.
///
/// Input: a .docx as it is, or — when the first byte is 0x01…0x03 — the rest is one part's XML
/// (document.xml, styles.xml, document.xml.rels) zipped here with valid checksums, so mutations reach
/// the XML reader instead of dying at the zip's CRC check.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = package(Array(UnsafeBufferPointer(start: data, count: size)), parts: [
        "word/document.xml", "word/styles.xml", "word/_rels/document.xml.rels",
    ], base: [
        ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
        ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>{{bidder.name}}</w:t></w:r></w:p></w:body></w:document>"),
    ])
    do {
        let form = try DocxForm(bytes: bytes, file: "forms/x.docx")
        let values = ["bidder.name": "某某科技有限公司", "tender.number": "ZB-1\n第二行", "x": ""]
        let filled = form.fill { values[$0] }
        _ = (filled.blocks.count, filled.unresolved.count, form.placeholders.count)
    } catch let error as DocxReadError {
        precondition(error.file == "forms/x.docx")
    } catch {
        fatalError("not a DocxReadError: \(type(of: error)): \(error)")
    }
    do {
        _ = try DocxProperties(bytes: bytes, file: "forms/x.docx").named
    } catch is DocxReadError {
    } catch {
        fatalError("not a DocxReadError: \(type(of: error)): \(error)")
    }
    return 0
}

/// `input` as a package: as it is, or, when its first byte is 1…`parts.count`, the rest as that part's
/// XML zipped with `base` (the part replaced or added) by BidKitOOXML's writer.
func package(_ input: [UInt8], parts: [String], base: [(String, String)]) -> [UInt8] {
    guard let mode = input.first, (1...parts.count).contains(Int(mode)) else { return input }
    let part = parts[Int(mode) - 1]
    var entries = base.filter { $0.0 != part }.map { ZipWriter.Entry(name: $0.0, data: Array($0.1.utf8)) }
    entries.append(ZipWriter.Entry(name: part, data: Array(input.dropFirst())))
    return (try? ZipWriter.write(entries)) ?? input
}

// libFuzzer takes over from here (see Fuzz/Package.swift).
Harness.run(fuzz)
