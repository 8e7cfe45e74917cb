internal import CLibZip

/// A read-only view of a zip archive held in memory (libzip over a buffer source).
///
/// The archive is hostile input: entries are read with a size cap, so a zip bomb ends in an error,
/// not in an exhausted process.
struct ZipArchive {
    /// The largest entry we inflate. Word's document.xml stays far below this even for long bids.
    static let maxEntrySize = 64 << 20

    /// Opens `bytes` and hands the archive to `body`; the archive is discarded afterwards.
    static func withArchive<T>(_ bytes: [UInt8], file: String, _ body: (ZipArchive) throws -> T) throws -> T {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw DocxReadError(file: file, message:
                "is a Word 97-2003 (.doc) or password-protected document, not a .docx; save it as an unprotected .docx")
        }
        guard bytes.starts(with: [0x50, 0x4B]) else {
            throw DocxReadError(file: file, message: "is not a .docx file (not a zip archive)")
        }
        return try bytes.withUnsafeBytes { raw -> T in
            var error = zip_error_t()
            zip_error_init(&error)
            defer { zip_error_fini(&error) }
            // The buffer outlives the archive: both end inside this closure.
            guard let source = zip_source_buffer_create(raw.baseAddress, zip_uint64_t(raw.count), 0, &error) else {
                throw DocxReadError(file: file, message: "cannot read the zip archive: \(Self.message(&error))")
            }
            guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
                zip_source_free(source)
                throw DocxReadError(file: file, message: "is not a .docx file (damaged zip archive: \(Self.message(&error)))")
            }
            defer { zip_discard(archive) }
            return try body(ZipArchive(archive: archive, file: file))
        }
    }

    private let archive: OpaquePointer
    let file: String

    private init(archive: OpaquePointer, file: String) {
        self.archive = archive
        self.file = file
    }

    func contains(_ name: String) -> Bool { zip_name_locate(archive, name, 0) >= 0 }

    /// The bytes of entry `name`, or nil when the archive has no such entry.
    func read(_ name: String) throws -> [UInt8]? {
        let index = zip_name_locate(archive, name, 0)
        guard index >= 0 else { return nil }
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_stat_index(archive, zip_uint64_t(index), 0, &stat) == 0 else {
            throw DocxReadError(file: file, message: "cannot read \(name): \(lastError())")
        }
        if stat.valid & zip_uint64_t(ZIP_STAT_SIZE) != 0, stat.size > zip_uint64_t(Self.maxEntrySize) {
            throw DocxReadError(file: file, message: "\(name) is larger than \(Self.maxEntrySize >> 20) MiB uncompressed")
        }
        guard let entry = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
            throw DocxReadError(file: file, message: "cannot read \(name): \(lastError())")
        }
        defer { zip_fclose(entry) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = chunk.withUnsafeMutableBytes { zip_fread(entry, $0.baseAddress!, zip_uint64_t($0.count)) }
            if n < 0 { throw DocxReadError(file: file, message: "cannot read \(name): \(lastError(entry))") }
            if n == 0 { break }
            // The declared size may lie; the cap holds for what is actually inflated.
            guard out.count + Int(n) <= Self.maxEntrySize else {
                throw DocxReadError(file: file, message: "\(name) is larger than \(Self.maxEntrySize >> 20) MiB uncompressed")
            }
            out.append(contentsOf: chunk[0..<Int(n)])
        }
        return out
    }

    private func lastError() -> String {
        guard let error = zip_get_error(archive), let text = zip_error_strerror(error) else { return "unknown zip error" }
        return String(cString: text)
    }

    private func lastError(_ entry: OpaquePointer) -> String {
        guard let error = zip_file_get_error(entry), let text = zip_error_strerror(error) else { return "unknown zip error" }
        return String(cString: text)
    }

    private static func message(_ error: inout zip_error_t) -> String {
        guard let text = zip_error_strerror(&error) else { return "unknown zip error" }
        return String(cString: text)
    }
}
