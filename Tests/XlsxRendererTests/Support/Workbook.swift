import BidKitOOXML
import BidKitTestSupport
import Foundation
@testable import BidKit
@testable import XlsxWriter

/// A rendered workbook read back through the shared OOXML reader (the same hardened zip and XML
/// code every BidKit reader uses): parts as XML trees, worksheet cells by reference.
struct Workbook {
    let package: OOXMLPackage

    init(_ bytes: [UInt8]) throws { package = try OOXMLPackage(zip: bytes, file: "rendered.xlsx", kind: ".xlsx", limits: .builtIn) }

    func tree(_ part: String) throws -> XMLTree {
        guard let tree = try package.xml(part) else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: part]) }
        return tree
    }

    func text(_ part: String) throws -> String {
        guard let data = try package.read(part) else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: part]) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Every SpreadsheetML element `name` of `part`, in document order.
    func elements(_ name: String, in part: String) throws -> [XMLTree.Node] { try tree(part).nodes("//x:\(name)") }

    func sheetNames() throws -> [String] { try elements("sheet", in: "xl/workbook.xml").compactMap { $0["name"] } }

    struct Cell {
        var text: String?
        var value: String?
        var formula: String?
        var style: String?
    }

    /// Every cell of sheet n (1-based) by reference ("H2").
    func cells(sheet n: Int) throws -> [String: Cell] {
        let sheet = try tree("xl/worksheets/sheet\(n).xml")
        var out: [String: Cell] = [:]
        for c in sheet.nodes("//x:c") {
            guard let ref = c["r"] else { continue }
            out[ref] = Cell(text: sheet.first("x:is/x:t", at: c)?.text, value: sheet.first("x:v", at: c)?.text,
                            formula: sheet.first("x:f", at: c)?.text, style: c["s"])
        }
        return out
    }

    static func sample(_ name: String) throws -> (bid: AssembledBid, bytes: [UInt8]) {
        let bid = try Assembler.assemble(try ProjectLoader.load(folder: TestPaths.packageRoot + "/Samples/" + name))
        return (bid, try XlsxWriter().render(bid.package, format: "xlsx", options: [:]))
    }
}

extension XMLTree.Node {
    /// An unqualified attribute, as SpreadsheetML writes them.
    subscript(_ name: String) -> String? { attribute(name, namespace: nil) }
}
