/// Which zip entry names an OOXML package may hold (ECMA-376 Part 2, §6.2.2 and §7.3.1 on part names).
///
/// BidKit never writes entries to disk, but a name with path tricks in it is still refused: no OPC
/// producer writes one, so it is an attack or a broken tool, and a later reader (or the user's unzip)
/// may resolve it. Refused: empty names, absolute paths, backslashes, `.` and `..` segments, empty
/// segments, drive letters, control characters, and names longer than 1,024 bytes.
enum EntryName {
    static let maxLength = 1024

    /// Why `name` cannot be an entry of a package, or nil when it is fine. A trailing `/` marks a folder entry.
    static func problem(_ name: String) -> String? {
        if name.isEmpty { return "an entry with an empty name" }
        if name.utf8.count > maxLength { return "an entry name longer than \(maxLength) bytes" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "an entry name with control characters"
        }
        if name.hasPrefix("/") || name.contains("\\") { return "an entry name that is an absolute or Windows path" }
        let path = name.hasSuffix("/") ? String(name.dropLast()) : name
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if segments.contains(where: { $0.isEmpty }) { return "an entry name with an empty path segment" }
        if segments.contains("..") { return "an entry name that climbs out of the package ('..')" }
        if segments.contains(".") { return "an entry name with a '.' path segment" }
        if let first = segments.first, first.count == 2, first.last == ":" { return "an entry name with a drive letter" }
        return nil
    }

    /// OPC part names compare case-insensitively (ASCII), so "Word/Styles.xml" and "word/styles.xml" are one part.
    static func key(_ name: String) -> String {
        String(String.UnicodeScalarView(name.unicodeScalars.map { s in
            ("A"..."Z").contains(s) ? Unicode.Scalar(s.value + 32) ?? s : s
        }))
    }
}
