import Foundation

/// The text encodings a project file may be declared in (`pricing.items_encoding`); everything else is UTF-8.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    /// GB 18030 (a superset of GBK and GB2312): what Excel on Chinese Windows writes for "CSV".
    case gb18030
}

/// Turns a file's bytes into text, or into an error at the first byte that is not text: its
/// `file:line:col`, what the file looks like instead (UTF-16, GB18030/GBK, Latin-1) and the command
/// that converts it. A NUL byte is reported at its own line. A UTF-8 byte-order mark is dropped.
enum TextDecoding {
    /// `kCFStringEncodingGB_18030_2000` as a `String.Encoding`; Foundation decodes it on Linux and macOS.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

    static func decode(_ bytes: [UInt8], file: String, encoding: TextEncoding = .utf8) throws -> String {
        if let utf16 = utf16Kind(bytes) {
            throw LoadError(SourceLocation(file: file, line: 1, column: 1),
                            "the file is \(utf16.name) text, not UTF-8; save it as UTF-8, e.g. \(convert(file, from: utf16.iconv))")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let text: String
        switch encoding {
        case .utf8:
            if let bad = firstInvalidUTF8(body) {
                throw LoadError(location(of: bad, in: body, file: file), "invalid UTF-8 (byte 0x\(hex(body[bad])))" + guess(Array(body), file: file))
            }
            text = String(decoding: body, as: UTF8.self)
        case .gb18030:
            guard let decoded = String(data: Data(body), encoding: gb18030) else {
                throw LoadError(SourceLocation(file: file, line: 1, column: 1),
                                "the file is declared GB18030 but is not valid GB18030 text; check pricing.items_encoding")
            }
            text = decoded
        }
        if let nul = text.utf8.firstIndex(of: 0) {
            let offset = text.utf8.distance(from: text.utf8.startIndex, to: nul)
            throw LoadError(location(of: body.startIndex + offset, in: body, file: file),
                            "NUL byte: this is not a text file (a binary file, or UTF-16 without a byte-order mark?)")
        }
        return text
    }

    /// UTF-16 by its byte-order mark, or by the NUL bytes every other byte of mostly ASCII text has.
    private static func utf16Kind(_ bytes: [UInt8]) -> (name: String, iconv: String)? {
        if bytes.starts(with: [0xFF, 0xFE]) { return ("UTF-16 LE (byte-order mark FF FE)", "UTF-16") }
        if bytes.starts(with: [0xFE, 0xFF]) { return ("UTF-16 BE (byte-order mark FE FF)", "UTF-16") }
        let sample = bytes.prefix(512)
        guard sample.count >= 4 else { return nil }
        let even = stride(from: 0, to: sample.count - 1, by: 2).filter { sample[$0] == 0 }.count
        let odd = stride(from: 1, to: sample.count, by: 2).filter { sample[$0] == 0 }.count
        let pairs = sample.count / 2
        if odd * 10 >= pairs * 8, even == 0 { return ("UTF-16 LE (no byte-order mark)", "UTF-16LE") }
        if even * 10 >= pairs * 8, odd == 0 { return ("UTF-16 BE (no byte-order mark)", "UTF-16BE") }
        return nil
    }

    /// Index of the first byte that does not belong to a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let length: Int, lowest: UInt8, highest: UInt8
            switch b {
            case 0xC2...0xDF: (length, lowest, highest) = (2, 0x80, 0xBF)
            case 0xE0: (length, lowest, highest) = (3, 0xA0, 0xBF)
            case 0xED: (length, lowest, highest) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (length, lowest, highest) = (3, 0x80, 0xBF)
            case 0xF0: (length, lowest, highest) = (4, 0x90, 0xBF)
            case 0xF4: (length, lowest, highest) = (4, 0x80, 0x8F)
            case 0xF1...0xF3: (length, lowest, highest) = (4, 0x80, 0xBF)
            default: return i
            }
            guard i + length <= bytes.endIndex, (lowest...highest).contains(bytes[i + 1]) else { return i }
            for k in 2..<max(length, 2) where !(0x80...0xBF).contains(bytes[i + k]) { return i }
            i += length
        }
        return nil
    }

    /// Line and column (in characters, as libyaml counts them) of byte `index`; lines end at LF, CRLF or CR.
    static func location(of index: Int, in bytes: ArraySlice<UInt8>, file: String) -> SourceLocation {
        var line = 1
        var lineStart = bytes.startIndex
        var i = bytes.startIndex
        while i < index {
            if bytes[i] == 0x0A || (bytes[i] == 0x0D && (i + 1 >= bytes.endIndex || bytes[i + 1] != 0x0A)) {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        // Characters before the byte: every byte that does not continue a sequence starts one.
        let column = 1 + bytes[lineStart..<index].filter { $0 & 0xC0 != 0x80 }.count
        return SourceLocation(file: file, line: line, column: column)
    }

    /// "; it looks like GB18030 (GBK) text …" with the conversion command.
    private static func guess(_ bytes: [UInt8], file: String) -> String {
        if let text = String(data: Data(bytes), encoding: gb18030),
           text.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
            let hint = file.lowercased().hasSuffix(".csv") ? ", or declare it with 'pricing.items_encoding: gb18030'" : ""
            return "; it looks like GB18030/GBK text (Chinese Windows, Excel's \"CSV\"): convert it with "
                + convert(file, from: "GB18030") + hint
        }
        return "; it looks like Latin-1/Windows-1252 text: convert it with " + convert(file, from: "WINDOWS-1252")
    }

    /// `iconv -f GB18030 -t UTF-8 prices.csv > prices.utf8.csv`
    private static func convert(_ file: String, from encoding: String) -> String {
        let name = (file as NSString).lastPathComponent
        let ext = (name as NSString).pathExtension
        let stem = (name as NSString).deletingPathExtension
        let target = ext.isEmpty ? name + ".utf8" : "\(stem).utf8.\(ext)"
        return "iconv -f \(encoding) -t UTF-8 \(name) > \(target)"
    }

    private static func hex(_ b: UInt8) -> String { String(format: "%02X", b) }
}
