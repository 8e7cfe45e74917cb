import BidKitOOXML
import BidKitPluginSDK
import DocxWriter
import Foundation
import Harness

/// The reference-DOCX reader, end to end: the input is written as the project's `reference_docx` and a
/// small bid (headings, nested lists, a table, a header and footer with fields) is rendered with it, so
/// BidKitOOXML's hardening, `ReferenceParts`, and everything the DOCX writer takes from a reference
/// (styles, numbering models and ids, page setup arithmetic, settings, header and footer) see hostile
/// parts. The core's own check (`ReferenceParts` under the same limits) runs on the same bytes. Any
/// bytes must render or give a `RenderError` / `OOXMLError`; a trap or a hang is a finding.
///
/// Input: a .docx as it is, or — when the first byte is 0x01…0x06 — the rest is one part's XML (styles,
/// numbering, document, settings, header, document relationships) zipped here with valid checksums
/// beside minimal other parts, so mutations reach the XML and the writer instead of the zip's CRC check.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    let bytes = package(Array(UnsafeBufferPointer(start: data, count: size)), parts: [
        "word/styles.xml", "word/numbering.xml", "word/document.xml", "word/settings.xml", "word/header1.xml",
        "word/_rels/document.xml.rels",
    ], base: [
        ("word/styles.xml", "<w:styles \(w)><w:style w:type=\"paragraph\" w:styleId=\"Heading3\"><w:name w:val=\"heading 3\"/></w:style></w:styles>"),
        ("word/document.xml", "<w:document \(w) xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><w:body>"
            + "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rId1\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"),
        ("word/_rels/document.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
            + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/></Relationships>"),
    ])
    do {
        _ = try ReferenceParts(OOXMLPackage(zip: bytes, file: "ref.docx", limits: .referenceDocument))
    } catch is OOXMLError {
    } catch {
        fatalError("not an OOXMLError: \(type(of: error)): \(error)")
    }
    guard (try? Data(bytes).write(to: URL(fileURLWithPath: referencePath))) != nil else { fatalError("cannot write \(referencePath)") }
    do {
        let output = try DocxWriter().renderDocx(package, options: ["reference_docx": referencePath])
        precondition(output.bytes.starts(with: [0x50, 0x4B]))
    } catch is RenderError {
    } catch {
        fatalError("not a RenderError: \(type(of: error)): \(error)")
    }
    return 0
}

let referencePath = NSTemporaryDirectory() + "/bidkit-fuzz-reference-\(ProcessInfo.processInfo.processIdentifier).docx"

/// A small bid touching what the writer takes from a reference.
let package: BidPackage = {
    func p(_ text: String) -> Block { .paragraph(Paragraph([.text(text)])) }
    let metadata = Metadata(projectID: "fuzz", title: "项目", language: "zh", template: "", tenderNumber: "ZB-1", buyer: "某公司",
                            bidder: "某某科技有限公司", date: "2026-12-08")
    let blocks: [Block] = [
        .heading(Heading(level: 3, number: "1.1", anchor: "s-1", content: [.text("三级标题")])),
        p("正文"),
        .list(ListBlock(ordered: true, start: 2, items: [[p("一"), .list(ListBlock(ordered: false, items: [[p("二")]]))]])),
        .list(ListBlock(ordered: false, items: [[p("三")]])),
        .table(Table(columns: [Table.Column(weight: 1), Table.Column(weight: 2)],
                     header: [Table.Row([Table.Cell("甲"), Table.Cell("乙")])], body: [Table.Row([Table.Cell("1"), Table.Cell("2")])])),
    ]
    let section = Section(id: "s", title: "章节", number: "一、", kind: "markdown", blocks: blocks)
    return BidPackage(metadata: metadata, parts: [Part(id: "p", title: "商务部分", number: "第一章", sections: [section])], resources: [])
}()

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
