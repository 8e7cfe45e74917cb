import Foundation

/// Writes a file through a temporary sibling and a rename, so an interrupted or failed build
/// never leaves a half-written output where the user expects the real one.
///
/// POSIX calls rather than `Data.write`: a failure must read as one line that says what went wrong
/// ("cannot write 'dist/bid.docx': permission denied"), not as an NSError dump, and the temporary
/// file must be gone whatever failed.
public enum AtomicFile {
    /// Why an output could not be written, in one line.
    public struct WriteError: Error, Sendable, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }

    public static func write(_ bytes: [UInt8], to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        try makeFolder(directory.path)
        let target = url.path
        let temp = directory.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
        let fd = open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw WriteError("cannot write '\(target)': \(describe(errno))") }
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { buffer in
            while written < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress.map { $0 + written }, buffer.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temp, target) != 0 { failure = errno }
        if failure != 0 {
            unlink(temp)
            var info = stat()
            if failure == EISDIR || (stat(target, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR) {
                throw WriteError("cannot write '\(target)': a folder of that name is in the way")
            }
            throw WriteError("cannot write '\(target)': \(describe(failure))")
        }
    }

    /// `mkdir -p`, each failure said plainly: a file where a folder should be, or the folder's permissions.
    static func makeFolder(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            guard info.st_mode & S_IFMT == S_IFDIR else {
                throw WriteError("cannot create the output folder '\(path)': a file of that name is in the way")
            }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != path { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw WriteError("cannot create the output folder '\(path)': \(describe(errno))")
        }
    }

    private static func describe(_ code: Int32) -> String { SystemError.describe(code) }
}
