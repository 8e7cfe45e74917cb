internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A zip archive held in memory, read with libzip under `OOXMLLimits`.
///
/// Opening checks the container: its size, libzip's consistency check of local against central headers
/// (`ZIP_CHECKCONS`), the number of entries and every entry name (`EntryName`), and that no two entries
/// name the same part. Reading an entry refuses encryption and compression methods other than store and
/// deflate before inflating, and counts the bytes as they are inflated: the sizes in the headers are the
/// attacker's to choose, so a lying header ends at the cap like an honest one.
final class ZipReader {
    private let archive: OpaquePointer
    private let file: String
    private let kind: String
    private let limits: OOXMLLimits
    /// Entry index by exact name, and by OPC key (ASCII case folded) for names written in another case.
    private var byName: [String: UInt64] = [:]
    private var byKey: [String: UInt64] = [:]
    private(set) var names: [String] = []

    init(_ bytes: [UInt8], file: String, kind: String, limits: OOXMLLimits) throws {
        self.file = file
        self.kind = kind
        self.limits = limits
        func fail(_ message: String) -> OOXMLError { OOXMLError(file: file, message: message) }
        if bytes.isEmpty { throw fail("is empty, not a \(kind) file") }
        if bytes.count > limits.maxPackageBytes {
            throw fail("is \(byteCount(bytes.count)), larger than the \(byteCount(limits.maxPackageBytes)) allowed for \(limits.purpose)")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw fail("is an Office 97-2003 file (.doc, .xls) or a password-protected document, not a \(kind) file; "
                + "save it as an unprotected \(kind)")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else { throw fail("is not a \(kind) file (not a zip archive)") }

        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        // libzip gets its own copy, freed with the source (freep = 1): no Swift buffer has to outlive the archive.
        guard let memory = malloc(bytes.count) else { throw fail("is too large to read (out of memory)") }
        bytes.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(memory, base, raw.count) } }
        guard let source = zip_source_buffer_create(memory, zip_uint64_t(bytes.count), 1, &error) else {
            free(memory)
            throw fail("is not a \(kind) file (\(ZipErrorText.describe(zip_error_code_zip(&error))))")
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw fail("is not a \(kind) file (damaged zip archive: \(ZipErrorText.describe(zip_error_code_zip(&error))))")
        }
        self.archive = archive

        let count = zip_get_num_entries(archive, 0)
        guard count >= 0 else { throw fail("is not a \(kind) file (damaged zip archive: unreadable central directory)") }
        if count > Int64(limits.maxEntries) {
            throw fail("holds \(grouped(Int(count))) zip entries, more than the \(grouped(limits.maxEntries)) allowed for \(limits.purpose)")
        }
        for index in 0..<UInt64(count) {
            guard let cName = zip_get_name(archive, index, zip_flags_t(ZIP_FL_ENC_GUESS)) else {
                throw fail("is not a \(kind) file (damaged zip archive: entry \(index + 1) has no name)")
            }
            let name = String(decoding: UnsafeRawBufferPointer(start: cName, count: strlen(cName)), as: UTF8.self)
            if let problem = EntryName.problem(name) {
                throw fail("holds \(problem), \(quoted(name)), which no \(kind) file has; the file is not read")
            }
            if name.hasSuffix("/") { continue }  // a folder entry: nothing to read
            let key = EntryName.key(name)
            if byKey[key] != nil {
                throw fail("holds two zip entries for the part \(quoted(name)); the file is not read")
            }
            byKey[key] = index
            byName[name] = index
            names.append(name)
        }
    }

    deinit { zip_discard(archive) }

    func contains(_ name: String) -> Bool { index(of: name) != nil }

    private func index(of name: String) -> UInt64? { byName[name] ?? byKey[EntryName.key(name)] }

    /// The bytes of entry `name`, or nil when there is none; at most `budget` bytes may be inflated.
    func read(_ name: String, budget: Int) throws -> [UInt8]? {
        guard let index = index(of: name) else { return nil }
        func fail(_ message: String) -> OOXMLError { OOXMLError(file: file, message: message) }
        let tooLarge = fail("\(name) is larger than \(byteCount(limits.maxPartBytes)) uncompressed, the limit for \(limits.purpose)")
        let overBudget = fail("holds more than \(byteCount(limits.maxTotalBytes)) of uncompressed parts, the limit for \(limits.purpose)")

        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, index, 0, &stat) == 0 else {
            throw fail("cannot read \(name) (\(ZipErrorText.describe(zip_error_code_zip(zip_get_error(archive)))))")
        }
        if stat.valid & zip_uint64_t(ZIP_STAT_ENCRYPTION_METHOD) != 0, stat.encryption_method != UInt16(ZIP_EM_NONE) {
            throw fail("is password-protected (\(name) is encrypted); save it as an unprotected \(kind)")
        }
        if stat.valid & zip_uint64_t(ZIP_STAT_COMP_METHOD) != 0,
           stat.comp_method != UInt16(ZIP_CM_STORE), stat.comp_method != UInt16(ZIP_CM_DEFLATE) {
            throw fail("\(name) is compressed with zip method \(stat.comp_method); \(kind) files use deflate or no compression")
        }
        let cap = min(limits.maxPartBytes, budget)
        if stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0, stat.size > zip_uint64_t(cap) {
            throw stat.size > zip_uint64_t(limits.maxPartBytes) ? tooLarge : overBudget
        }
        guard let entry = zip_fopen_index(archive, index, 0) else {
            throw fail("cannot read \(name) (\(ZipErrorText.describe(zip_error_code_zip(zip_get_error(archive)))))")
        }
        defer { zip_fclose(entry) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = chunk.withUnsafeMutableBytes { raw -> Int64 in
                guard let base = raw.baseAddress else { return -1 }
                return zip_fread(entry, base, zip_uint64_t(raw.count))
            }
            if n < 0 {
                throw fail("cannot read \(name) (\(ZipErrorText.describe(zip_error_code_zip(zip_file_get_error(entry)))))")
            }
            if n == 0 { break }
            guard out.count + Int(n) <= cap else { throw out.count + Int(n) > limits.maxPartBytes ? tooLarge : overBudget }
            out.append(contentsOf: chunk[0..<Int(n)])
        }
        return out
    }
}

/// libzip's error codes in BidKit's words (libzip's own strings are not shown: they are terse and
/// sometimes carry system error text).
enum ZipErrorText {
    static func describe(_ code: Int32) -> String {
        switch code {
        case ZIP_ER_NOZIP: return "not a zip archive"
        case ZIP_ER_INCONS: return "its headers contradict each other"
        case ZIP_ER_EOF, ZIP_ER_READ, ZIP_ER_SEEK: return "it ends before its data does (truncated)"
        case ZIP_ER_CRC: return "checksum mismatch, the data is damaged"
        case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA: return "the compressed data is damaged"
        case ZIP_ER_MULTIDISK: return "a split (multi-volume) archive"
        case ZIP_ER_EXISTS: return "two of its entries have the same name"
        case ZIP_ER_COMPNOTSUPP: return "an unsupported compression method"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "encrypted"
        case ZIP_ER_MEMORY: return "out of memory"
        default: return "zip error \(code)"
        }
    }
}
