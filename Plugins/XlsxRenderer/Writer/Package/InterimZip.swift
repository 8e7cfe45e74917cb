import BidKitPluginSDK
import CLibZip
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// INTERIM: the DOCX writer's deterministic zip writer, until the shared OOXML module (BidKitOOXML's
// `ZipWriter`, same API) is on main; then this file goes and the target depends on BidKitOOXML.
enum ZipWriter {
    struct Entry {
        var name: String
        var data: [UInt8]
        var compress: Bool = true
    }

    /// DOS date 1980-01-01 (year 0 since 1980, month 1, day 1) and time 00:00:00.
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1
    private static let dosTime: UInt16 = 0

    static func write(_ entries: [Entry]) throws -> [UInt8] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }

        // The archive is written into this in-memory source; we keep a reference of our own so it
        // survives zip_close and we can read the finished bytes back out of it.
        guard let target = zip_source_buffer_create(nil, 0, 0, &error) else {
            throw RenderError("cannot create the zip buffer: \(message(&error))")
        }
        zip_source_keep(target)
        defer { zip_source_free(target) }
        guard let archive = zip_open_from_source(target, ZIP_TRUNCATE, &error) else {
            zip_source_free(target)  // the reference zip_open_from_source would have taken over
            throw RenderError("cannot open the zip buffer: \(message(&error))")
        }

        for entry in entries {
            // zip_source_buffer does not copy: hand it malloc'd memory that libzip frees (freep = 1)
            // once the entry is written, so no Swift buffer has to outlive this loop.
            guard let memory = malloc(max(entry.data.count, 1)) else {
                zip_discard(archive)
                throw RenderError("out of memory for \(entry.name)")
            }
            entry.data.withUnsafeBytes { raw in
                if let base = raw.baseAddress { memcpy(memory, base, raw.count) }
            }
            guard let source = zip_source_buffer(archive, memory, UInt64(entry.data.count), 1) else {
                free(memory)
                let text = String(cString: zip_strerror(archive))
                zip_discard(archive)
                throw RenderError("cannot add \(entry.name) to the .xlsx: \(text)")
            }
            let index = zip_file_add(archive, entry.name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
            guard index >= 0 else {
                zip_source_free(source)
                let text = String(cString: zip_strerror(archive))
                zip_discard(archive)
                throw RenderError("cannot add \(entry.name) to the .xlsx: \(text)")
            }
            let i = UInt64(index)
            let method = entry.compress ? Int32(ZIP_CM_DEFLATE) : Int32(ZIP_CM_STORE)
            guard zip_file_set_dostime(archive, i, dosTime, dosDate, 0) == 0,
                  zip_set_file_compression(archive, i, method, 0) == 0 else {
                let text = String(cString: zip_strerror(archive))
                zip_discard(archive)
                throw RenderError("cannot set up \(entry.name) in the .xlsx: \(text)")
            }
        }
        guard zip_close(archive) == 0 else {
            let text = String(cString: zip_strerror(archive))
            zip_discard(archive)
            throw RenderError("cannot write the .xlsx archive: \(text)")
        }
        return try readAll(of: target)
    }

    /// The bytes held by an in-memory source.
    private static func readAll(of source: OpaquePointer) throws -> [UInt8] {
        var stat = zip_stat_t()
        zip_stat_init(&stat)
        guard zip_source_stat(source, &stat) == 0, zip_source_open(source) == 0 else {
            throw RenderError("cannot read back the .xlsx archive")
        }
        defer { zip_source_close(source) }
        var out = [UInt8](repeating: 0, count: Int(stat.size))
        let count = out.withUnsafeMutableBytes { raw in zip_source_read(source, raw.baseAddress, stat.size) }
        guard count == Int64(stat.size) else { throw RenderError("cannot read back the .xlsx archive") }
        return out
    }

    private static func message(_ error: inout zip_error_t) -> String { String(cString: zip_error_strerror(&error)) }
}
