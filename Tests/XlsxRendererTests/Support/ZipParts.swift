import CLibZip
import Foundation

/// The parts of a zip in memory, read with libzip: test-side only, to look inside what the writer made.
enum ZipParts {
    static func read(_ bytes: [UInt8]) throws -> [String: [UInt8]] {
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let memory = malloc(max(bytes.count, 1)) else { throw CocoaError(.fileReadUnknown) }
        bytes.withUnsafeBytes { raw in if let base = raw.baseAddress { memcpy(memory, base, raw.count) } }
        guard let source = zip_source_buffer_create(memory, UInt64(bytes.count), 1, &error) else {
            free(memory)
            throw CocoaError(.fileReadCorruptFile)
        }
        guard let archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error) else {
            zip_source_free(source)
            throw CocoaError(.fileReadCorruptFile)
        }
        defer { zip_discard(archive) }
        var out: [String: [UInt8]] = [:]
        for i in 0..<UInt64(max(0, zip_get_num_entries(archive, 0))) {
            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, i, 0, &stat) == 0, let name = stat.name, let file = zip_fopen_index(archive, i, 0) else { continue }
            var data = [UInt8](repeating: 0, count: Int(stat.size))
            _ = data.withUnsafeMutableBytes { zip_fread(file, $0.baseAddress, stat.size) }
            zip_fclose(file)
            out[String(cString: name)] = data
        }
        return out
    }
}
