import Foundation

/// One opened input file: POSIX calls rather than `Data(contentsOf:)`, because the failure must be
/// told apart (permission denied, a folder, a FIFO that would block, a file over its limit), the read
/// must stop at the limit instead of loading a 10 GB file, and NSError's text is not a message.
struct FileReader {
    private let fd: Int32
    private let size: Int
    private let relative: String
    private let kind: InputKind
    private let location: SourceLocation

    /// Opens `real` (a resolved path) without following a link planted after resolution, and checks
    /// it is a regular file within the kind's limit.
    static func open(_ real: String, relative: String, as kind: InputKind, at location: SourceLocation) throws -> FileReader {
        let fd = Foundation.open(real, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else {
            let code = errno
            if code == EISDIR { throw LoadError(location, "'\(relative)' is a folder; expected a \(kind.noun) file") }
            throw LoadError(location, "cannot read \(kind.noun) '\(relative)': \(describe(code))")
        }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            let code = errno
            _ = Foundation.close(fd)
            throw LoadError(location, "cannot read \(kind.noun) '\(relative)': \(describe(code))")
        }
        let type = info.st_mode & S_IFMT
        guard type == S_IFREG else {
            _ = Foundation.close(fd)
            if type == S_IFDIR { throw LoadError(location, "'\(relative)' is a folder; expected a \(kind.noun) file") }
            throw LoadError(location, "'\(relative)' is not a regular file (a device, pipe or socket); expected a \(kind.noun) file")
        }
        let size = Int(info.st_size)
        guard size <= kind.byteLimit else {
            _ = Foundation.close(fd)
            throw LoadError(location, "\(kind.noun) '\(relative)' is \(InputKind.size(size)); the limit for a \(kind.noun) is \(InputKind.size(kind.byteLimit))")
        }
        return FileReader(fd: fd, size: size, relative: relative, kind: kind, location: location)
    }

    func close() {
        _ = Foundation.close(fd)
    }

    /// The whole file; a file that grows past the limit while being read is refused.
    func readAll() throws -> [UInt8] {
        defer { close() }
        var bytes = [UInt8](repeating: 0, count: min(size, kind.byteLimit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= kind.byteLimit else {
                    throw LoadError(location, "\(kind.noun) '\(relative)' is larger than the limit for a \(kind.noun), \(InputKind.size(kind.byteLimit))")
                }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, kind.byteLimit + 1 - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(fd, buffer.baseAddress.map { $0 + filled }, buffer.count - filled)
            }
            if n == 0 { break }
            if n < 0 {
                let code = errno
                if code == EINTR { continue }
                throw LoadError(location, "cannot read \(kind.noun) '\(relative)': \(Self.describe(code))")
            }
            filled += n
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// The canonical absolute path (symlinks resolved), or nil with `errno` set.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func describe(_ code: Int32) -> String { SystemError.describe(code) }
}

extension FileReader {
    /// A symbolic link (dangling or not) is at `path`.
    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
    }
}
