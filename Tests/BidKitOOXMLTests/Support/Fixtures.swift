@testable import BidKitOOXML

/// Packages for the tests: written with `ZipWriter` (itself under test in ZipWriterTests), then, for
/// hostile cases, with header fields rewritten the way an attacker would.
enum Fixtures {
    static let ns = #"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships""#

    static func zip(_ parts: [(String, String)], compress: Bool = true) throws -> [UInt8] {
        try ZipWriter.write(parts.map { ZipWriter.Entry(name: $0.0, data: Array($0.1.utf8), compress: compress) })
    }

    static func zip(bytes parts: [(String, [UInt8])]) throws -> [UInt8] {
        try ZipWriter.write(parts.map { ZipWriter.Entry(name: $0.0, data: $0.1) })
    }

    /// Small limits, so tests reach every cap with small inputs.
    static let tiny = OOXMLLimits(purpose: "tests", maxPackageBytes: 1 << 20, maxEntries: 4, maxPartBytes: 1000,
                                  maxTotalBytes: 1500, maxXMLDepth: 8, maxXMLNodes: 50)

    static func package(_ parts: [(String, String)], limits: OOXMLLimits = .wordForm) throws -> OOXMLPackage {
        try OOXMLPackage(zip: zip(parts), file: "t.docx", limits: limits)
    }

    /// The error `body` throws (a test failure when it throws none or another kind).
    static func error(_ body: () throws -> Void) -> OOXMLError? {
        do {
            try body()
            return nil
        } catch let error as OOXMLError {
            return error
        } catch {
            return OOXMLError(file: "?", message: "unexpected \(type(of: error)): \(error)")
        }
    }

    static func parse(_ xml: String, limits: OOXMLLimits = .wordForm) throws -> XMLTree {
        try XMLTree(Array(xml.utf8), part: "word/document.xml", file: "t.docx", limits: limits)
    }

    /// Rewrites fields of entry `name` in its local and central headers (libzip checks that they agree).
    static func patch(_ bytes: [UInt8], entry name: String, size: UInt32? = nil, flags: UInt16? = nil, method: UInt16? = nil) -> [UInt8] {
        var out = bytes
        func u16(_ at: Int) -> Int { Int(out[at]) | Int(out[at + 1]) << 8 }
        func put16(_ v: UInt16, _ at: Int) { out[at] = UInt8(v & 0xFF); out[at + 1] = UInt8(v >> 8) }
        func put32(_ v: UInt32, _ at: Int) { for i in 0..<4 { out[at + i] = UInt8((v >> (8 * UInt32(i))) & 0xFF) } }
        let nameBytes = Array(name.utf8)
        var i = 0
        while i + 46 < out.count {
            func named(at start: Int, lengthAt: Int) -> Bool {
                let end = start + u16(lengthAt)
                return end <= out.count && Array(out[start..<end]) == nameBytes
            }
            if out[i...].starts(with: [0x50, 0x4B, 0x03, 0x04]), named(at: i + 30, lengthAt: i + 26) {
                if let size { put32(size, i + 22) }
                if let flags { put16(flags, i + 6) }
                if let method { put16(method, i + 8) }
            }
            if out[i...].starts(with: [0x50, 0x4B, 0x01, 0x02]), named(at: i + 46, lengthAt: i + 28) {
                if let size { put32(size, i + 24) }
                if let flags { put16(flags, i + 8) }
                if let method { put16(method, i + 10) }
            }
            i += 1
        }
        return out
    }

    /// `bytes` with every occurrence of the name `from` (in both headers) replaced by `to`, of the same length.
    static func renamed(_ bytes: [UInt8], from: String, to: String) -> [UInt8] {
        let old = Array(from.utf8), new = Array(to.utf8)
        precondition(old.count == new.count)
        var out = bytes
        var i = 0
        while i + old.count <= out.count {
            if out[i..<(i + old.count)].elementsEqual(old) { out.replaceSubrange(i..<(i + old.count), with: new) }
            i += 1
        }
        return out
    }
}
