import BidKitPluginSDK
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading reference files with the C library. The writer cannot import Foundation: its ICU
/// module clashes with the system ICU headers libxml2 pulls into the same Swift module.
enum FileIO {
    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    /// The whole file, or nil when it does not exist; an unreadable file is an error.
    static func read(_ path: String) throws -> [UInt8]? {
        guard exists(path) else { return nil }
        guard let file = fopen(path, "rb") else { throw RenderError("cannot open \(path)") }
        defer { fclose(file) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if n > 0 { out += buffer[0..<n] }
            if n < buffer.count {
                if ferror(file) != 0 { throw RenderError("cannot read \(path)") }
                break
            }
        }
        return out
    }

    static func join(_ dir: String, _ path: String) -> String {
        dir.hasSuffix("/") ? dir + path : dir + "/" + path
    }

    /// `a/b/c.xml` → `a/b`.
    static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[..<slash])
    }

    static func fileName(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }
}
