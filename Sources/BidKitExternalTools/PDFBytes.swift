/// The few facts about a PDF file BidKit needs, read from its bytes, and the one edit it makes.
///
/// Hand-written because the need is tiny and byte-exact: no PDF library on the allowed list, and
/// a rewrite through one would renumber objects. LibreOffice's output differs between two runs
/// only in the trailer and the Info dictionary: `/CreationDate` (the clock), `/ID` and LibreOffice's
/// own `/DocChecksum` (both derived from the clock). `reproducible` overwrites exactly those three
/// values **in place, with strings of the same length**, so every byte offset in the cross-reference
/// table stays right and nothing else in the file changes.
public enum PDFBytes {
    /// Starts with `%PDF-` and has `%%EOF` in its last 1 KiB: what a finished write looks like.
    public static func isComplete(_ bytes: [UInt8]) -> Bool {
        guard bytes.count > 16, bytes.starts(with: Array("%PDF-".utf8)) else { return false }
        return lastRange(of: Array("%%EOF".utf8), in: bytes, from: max(0, bytes.count - 1024)) != nil
    }

    /// The PDF with its creation date set to `date` (`yyyy-MM-dd`, midnight UTC, as the DOCX core
    /// properties say) and its `/ID` and `/DocChecksum` replaced by a digest of the rest of the file.
    public static func reproducible(_ input: [UInt8], date: String) throws -> [UInt8] {
        var bytes = input
        let digits = date.filter(\.isNumber)
        guard digits.count == 8 else { throw PDFEditError("the bid's date '\(date)' is not yyyy-MM-dd") }
        if let value = stringValue(after: "/CreationDate(", close: UInt8(ascii: ")"), in: bytes) {
            let stamp = try dateString("D:" + digits + "000000", length: value.count)
            bytes.replaceSubrange(value, with: Array(stamp.utf8))
        }
        // The digest covers the file with the ID and checksum blanked, so it does not depend on them.
        let idValues = hexStrings(after: "/ID", count: 2, in: bytes)
        let checksum = stringValue(after: "/DocChecksum /", close: UInt8(ascii: "\n"), in: bytes)
        var blanked = bytes
        for range in idValues + (checksum.map { [$0] } ?? []) { blanked.replaceSubrange(range, with: repeatElement(UInt8(ascii: "0"), count: range.count)) }
        let digest = Digest.hex128(blanked)
        for range in idValues where range.count == 32 { bytes.replaceSubrange(range, with: Array(digest.utf8)) }
        if let checksum, checksum.count == 32 { bytes.replaceSubrange(checksum, with: Array(digest.utf8)) }
        return bytes
    }

    /// A PDF date of exactly `length` characters: "D:yyyyMMddHHmmss" and a UTC marker in one of
    /// the shapes writers use (LibreOffice 7.4 writes `Z'`).
    static func dateString(_ base: String, length: Int) throws -> String {
        let zones = [0: "", 1: "Z", 2: "Z'", 6: "+00'00", 7: "+00'00'"]
        guard let zone = zones[length - base.count] else {
            throw PDFEditError("unexpected /CreationDate of \(length) characters; not rewritten")
        }
        return base + zone
    }

    /// The bytes between `key` (its last occurrence) and the next `close` byte.
    static func stringValue(after key: String, close: UInt8, in bytes: [UInt8]) -> Range<Int>? {
        guard let start = lastRange(of: Array(key.utf8), in: bytes, from: 0)?.upperBound,
              let end = bytes[start...].firstIndex(of: close) else { return nil }
        return start..<end
    }

    /// The insides of the `count` `<hex>` strings after the last `key`.
    static func hexStrings(after key: String, count: Int, in bytes: [UInt8]) -> [Range<Int>] {
        guard var i = lastRange(of: Array(key.utf8), in: bytes, from: 0)?.upperBound else { return [] }
        var out: [Range<Int>] = []
        while out.count < count, let open = bytes[i...].prefix(200).firstIndex(of: UInt8(ascii: "<")),
              let close = bytes[(open + 1)...].prefix(200).firstIndex(of: UInt8(ascii: ">")) {
            out.append((open + 1)..<close)
            i = close + 1
        }
        return out
    }

    static func lastRange(of needle: [UInt8], in bytes: [UInt8], from lower: Int) -> Range<Int>? {
        guard !needle.isEmpty, bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= lower {
            if bytes[i] == needle[0], bytes[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i -= 1
        }
        return nil
    }
}

/// 128-bit FNV-1a (two 64-bit lanes with different offsets): a stable document id, not a security measure.
enum Digest {
    static func hex128(_ bytes: [UInt8]) -> String {
        var a: UInt64 = 0xcbf2_9ce4_8422_2325, b: UInt64 = 0x6c62_272e_07bb_0142
        for byte in bytes {
            a = (a ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            b = (b ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 ^ (b >> 29)
        }
        func hex(_ v: UInt64) -> String {
            let s = String(v, radix: 16, uppercase: true)
            return String(repeating: "0", count: 16 - s.count) + s
        }
        return hex(a) + hex(b)
    }
}

public struct PDFEditError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ description: String) { self.description = description }
}
