import BidKitTestSupport
import Foundation
@testable import BidKit
@testable import XlsxWriter

/// A rendered workbook read back: the zip's parts (libzip), and the worksheet elements and cells
/// the writer puts in them, read with patterns over the part's text and XML entities decoded.
/// (FoundationXML shares libxml2's global state with the OOXML readers in this test binary and
/// misreads now and then; the shared OOXML module's XPath reader replaces this when it is on main.)
struct Workbook {
    let parts: [String: [UInt8]]

    init(_ bytes: [UInt8]) throws { parts = try ZipParts.read(bytes) }

    func text(_ name: String) throws -> String {
        guard let data = parts[name] else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: name]) }
        return String(decoding: data, as: UTF8.self)
    }

    /// The attributes of every `<name …>` element of `part`, in document order.
    func elements(_ name: String, in part: String) throws -> [[String: String]] {
        try matches(#"<\#(name)((?:\s+[A-Za-z:]+="[^"]*")*)\s*/?>"#, in: text(part)).map { m in
            Dictionary(uniqueKeysWithValues: Self.matches(#"([A-Za-z:]+)="([^"]*)""#, in: m[1]).map { ($0[1], Self.unescape($0[2])) })
        }
    }

    func sheetNames() throws -> [String] { try elements("sheet", in: "xl/workbook.xml").compactMap { $0["name"] } }

    struct Cell {
        var text: String?
        var value: String?
        var formula: String?
        var style: String?
    }

    /// Every cell of sheet n (1-based) by reference ("H2").
    func cells(sheet n: Int) throws -> [String: Cell] {
        var out: [String: Cell] = [:]
        let xml = try text("xl/worksheets/sheet\(n).xml")
        for m in Self.matches(#"<c r="([A-Z]+[0-9]+)"(?: s="([0-9]+)")?(?: t="inlineStr")?(?:/>|>(.*?)</c>)"#, in: xml) {
            func inner(_ tag: String) -> String? {
                Self.matches(#"<\#(tag)(?: [^>]*)?>(.*?)</\#(tag)>"#, in: m[3]).first.map { Self.unescape($0[1]) }
            }
            out[m[1]] = Cell(text: inner("t"), value: inner("v"), formula: inner("f"), style: m[2].isEmpty ? nil : m[2])
        }
        return out
    }

    private func matches(_ pattern: String, in text: String) -> [[String]] { Self.matches(pattern, in: text) }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        let ns = text as NSString
        return re.matches(in: text, range: NSRange(location: 0, length: ns.length)).map { m in
            (0..<m.numberOfRanges).map { m.range(at: $0).location == NSNotFound ? "" : ns.substring(with: m.range(at: $0)) }
        }
    }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#10;", with: "\n").replacingOccurrences(of: "&amp;", with: "&")
    }

    static func sample(_ name: String) throws -> (bid: AssembledBid, bytes: [UInt8]) {
        let bid = try Assembler.assemble(try ProjectLoader.load(folder: TestPaths.packageRoot + "/Samples/" + name))
        return (bid, try XlsxWriter().render(bid.package, format: "xlsx", options: [:]))
    }
}
