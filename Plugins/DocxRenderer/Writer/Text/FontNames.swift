/// The font families WordprocessingML parts name in `w:rFonts` (ascii, hAnsi, eastAsia, cs).
///
/// Scans the parts' UTF-8 bytes: the body is many megabytes, and searching it as a String with
/// `range(of:)` cost more than writing it.
enum FontNames {
    private static let tag = Array("<w:rFonts ".utf8)
    private static let attributes = ["w:ascii=\"", "w:hAnsi=\"", "w:eastAsia=\"", "w:cs=\""].map { Array($0.utf8) }

    static func named(in parts: [[UInt8]]) -> Set<String> {
        var out: Set<String> = []
        for part in parts {
            part.withUnsafeBufferPointer { bytes in
                var i = 0
                while let start = find(tag, in: bytes, from: i) {
                    let tail = start + tag.count
                    guard let end = bytes[tail...].firstIndex(of: UInt8(ascii: ">")) else { break }
                    for attribute in attributes {
                        guard let a = find(attribute, in: bytes, from: tail, before: end),
                              let q = bytes[(a + attribute.count)..<end].firstIndex(of: UInt8(ascii: "\"")) else { continue }
                        let name = bytes[(a + attribute.count)..<q]
                        if !name.isEmpty, !name.contains(UInt8(ascii: "&")) { out.insert(String(decoding: name, as: UTF8.self)) }
                    }
                    i = end
                }
            }
        }
        return out
    }

    /// Where `needle` starts in `bytes[from..<before]`.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from: Int, before: Int? = nil) -> Int? {
        let limit = (before ?? bytes.count) - needle.count
        guard let first = needle.first, from <= limit else { return nil }
        var i = from
        while i <= limit {
            if bytes[i] == first {
                var k = 1
                while k < needle.count, bytes[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
