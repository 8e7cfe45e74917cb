internal import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an OOXML package (a zip archive) in memory with libzip, deterministically: the same entries
/// always give the same bytes.
///
/// Entries are written in the order given (OPC readers want `[Content_Types].xml` first), every entry
/// gets the same fixed DOS timestamp (1980-01-01 00:00, set with `zip_file_set_dostime`, which unlike
/// `zip_file_set_mtime` does not go through the local time zone), compression is deflate at libzip's
/// default level or none per entry, and no extra fields or comments are written.
public enum ZipWriter {
    /// One file inside the package.
    public struct Entry: Sendable {
        public var name: String
        public var data: [UInt8]
        /// Media (PNG, JPEG) is already compressed; deflating it again only costs time.
        public var compress: Bool

        public init(name: String, data: [UInt8], compress: Bool = true) {
            self.name = name
            self.data = data
            self.compress = compress
        }
    }

    /// DOS date 1980-01-01 (year 0 since 1980, month 1, day 1) and time 00:00:00.
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    private static let dosTime: UInt16 = 0

    /// The archive's bytes. Entry names must be valid part names (`EntryName`) and distinct.
    /// Each entry's bytes are released once libzip has its copy, so a caller that hands over the
    /// only reference (a DOCX's many-megabyte `document.xml`) does not hold the part twice.
    public static func write(_ entries: consuming [Entry]) throws -> [UInt8] {
        var entries = entries
        func fail(_ message: String) -> OOXMLError { OOXMLError(file: "the package being written", message: message) }
        var seen = Set<String>()
        for entry in entries {
            if let problem = EntryName.problem(entry.name) { throw fail("\(problem): \(quoted(entry.name))") }
            guard seen.insert(EntryName.key(entry.name)).inserted else { throw fail("two entries named \(quoted(entry.name))") }
        }
        // libzip writes nothing at all for an archive without entries; the empty zip is its end record.
        if entries.isEmpty { return [0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18) }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }

        // The archive is written into this in-memory source; we keep a reference of our own so it
        // survives zip_close and we can read the finished bytes back out of it.
        guard let target = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw fail("cannot create the zip buffer (\(ZipErrorText.describe(zip_error_code_zip(&error))))")
        }
        zip_source_keep(target)
        defer { zip_source_free(target) }
        guard let archive = zip_open_from_source(target, ZIP_TRUNCATE, &error) else {
            zip_source_free(target)  // the reference zip_open_from_source would have taken over
            throw fail("cannot open the zip buffer (\(ZipErrorText.describe(zip_error_code_zip(&error))))")
        }
        func abandon(_ what: String) -> OOXMLError {
            let text = ZipErrorText.describe(zip_error_code_zip(zip_get_error(archive)))
            zip_discard(archive)
            return fail("\(what) (\(text))")
        }
        for e in entries.indices {
            let entry = entries[e]
            defer { entries[e].data = [] }
            // zip_source_buffer does not copy: hand it malloc'd memory that libzip frees (freep = 1)
            // once the entry is written, so no Swift buffer has to outlive this loop.
            guard let memory = malloc(max(entry.data.count, 1)) else {
                zip_discard(archive)
                throw fail("out of memory for \(entry.name)")
            }
            entry.data.withUnsafeBytes { raw in
                if let base = raw.baseAddress { memcpy(memory, base, raw.count) }
            }
            guard let source = zip_source_buffer(archive, memory, UInt64(entry.data.count), 1) else {
                free(memory)
                throw abandon("cannot add \(entry.name)")
            }
            let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(source)
                throw abandon("cannot add \(entry.name)")
            }
            let i = UInt64(index)
            let method = entry.compress ? Int32(ZIP_CM_DEFLATE) : Int32(ZIP_CM_STORE)
            guard zip_file_set_dostime(archive, i, dosTime, dosDate, 0) == 0,
                  zip_set_file_compression(archive, i, method, 0) == 0 else {
                throw abandon("cannot set up \(entry.name)")
            }
        }
        guard zip_close(archive) == 0 else { throw abandon("cannot write the archive") }
        return try readAll(of: target)
    }

    /// The bytes held by an in-memory source.
    private static func readAll(of source: OpaquePointer) throws -> [UInt8] {
        let failure = OOXMLError(file: "the package being written", message: "cannot read back the finished archive")
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0, stat.size <= UInt64(Int.max), zip_source_open(source) == 0 else { throw failure }
        defer { zip_source_close(source) }
        var out = [UInt8](repeating: 0, count: Int(stat.size))
        let count = out.withUnsafeMutableBytes { raw in zip_source_read(source, raw.baseAddress, stat.size) }
        guard count == Int64(stat.size) else { throw failure }
        return out
    }
}
