#if canImport(Glibc)
import Glibc
private let systemRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let systemRead = Darwin.read
#endif

/// Reading package files with the C library. Modules that parse XML cannot import Foundation (its
/// ICU clashes with the system ICU that libxml2's headers pull in), and reading here lets the size cap
/// hold while reading: a file that grows, or a device posing as one, is cut off at the cap.
public enum LocalFile {
    public enum Kind: Sendable { case file, folder, other }

    /// What is at `path` (following links), or nil when nothing is.
    public static func kind(_ path: String) -> Kind? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// The whole regular file at `path`, refused past `limit` bytes. `file` names it in messages and
    /// `what` says what was expected ("a .docx file").
    public static func read(_ path: String, file: String, what: String, limit: Int) throws -> [UInt8] {
        do {
            return try contents(path, limit: limit)
        } catch {
            throw OOXMLError(file: file, message: error.text(what: what, limit: limit))
        }
    }

    /// Why a file could not be read.
    enum Failure: Error {
        case tooLarge, folder, notRegular, system(Int32)

        func text(what: String, limit: Int) -> String {
            switch self {
            case .tooLarge: return "is larger than \(byteCount(limit)), the limit for \(what)"
            case .folder: return "is a folder, not \(what)"
            case .notRegular: return "is not a regular file, not \(what)"
            case .system(ENOENT): return "no such file"
            case .system(EACCES), .system(EPERM): return "permission denied"
            case .system(EISDIR): return "is a folder, not \(what)"
            case .system(ELOOP): return "is a symbolic link loop"
            case .system(ENOTDIR): return "a folder on its path is a file"
            case .system(let code): return "cannot be read (system error \(code))"
            }
        }
    }

    static func contents(_ path: String, limit: Int) throws(Failure) -> [UInt8] {
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard fd >= 0 else { throw .system(errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .system(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw .folder
        default: throw .notRegular
        }
        if Int(info.st_size) > limit { throw .tooLarge }
        var out: [UInt8] = []
        out.reserveCapacity(Int(info.st_size))
        var buffer = [UInt8](repeating: 0, count: 64 << 10)
        while true {
            let n = buffer.withUnsafeMutableBytes { raw in systemRead(fd, raw.baseAddress, raw.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .system(errno)
            }
            if n == 0 { break }
            guard out.count + n <= limit else { throw .tooLarge }
            out += buffer[0..<n]
        }
        return out
    }

    /// The real path of `path` (links and `..` resolved), or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
