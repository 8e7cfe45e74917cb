import Foundation

/// A fresh folder under the temporary directory, private to one run (mode 0700, unique name
/// from `mkdtemp`), removed with everything in it when the run ends. LibreOffice's user profile
/// lives in one, so two builds at the same moment never share a profile (LibreOffice would make
/// the second wait for, or talk to, the first).
public final class PrivateFolder: @unchecked Sendable {
    public let path: String

    public init(prefix: String) throws {
        let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? "/tmp"
        var template = Array((base + "/" + prefix + "-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer -> UnsafeMutablePointer<CChar>? in
            guard let base = buffer.baseAddress else { return nil }
            return mkdtemp(base)
        }
        guard let made else {
            throw ChildProcessError("cannot create a private folder under \(base): \(String(cString: strerror(errno)))")
        }
        path = String(cString: made)
    }

    /// `name` inside the folder.
    public func file(_ name: String) -> String { path + "/" + name }

    /// `file://` URL of `name` inside the folder, as LibreOffice's `-env:UserInstallation` wants it.
    public func fileURL(_ name: String) -> String { URL(fileURLWithPath: file(name)).absoluteString }

    deinit { try? FileManager.default.removeItem(atPath: path) }
}
