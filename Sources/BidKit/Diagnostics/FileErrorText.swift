import Foundation

/// Foundation's file errors as one line a user can act on ("cannot write '/x/y': permission denied")
/// instead of their `Error Domain=NSCocoaErrorDomain Code=513 … UserInfo={…}` description.
public enum FileErrorText {
    /// nil for errors that are not Foundation file errors.
    public static func describe(_ error: Error) -> String? {
        let ns = error as NSError
        guard ns.domain == NSCocoaErrorDomain || ns.domain == NSPOSIXErrorDomain else { return nil }
        let path = (ns.userInfo[NSFilePathErrorKey] as? String) ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        let underlying = (ns.userInfo[NSUnderlyingErrorKey] as? Error).map { $0 as NSError }
        let posix = ns.domain == NSPOSIXErrorDomain ? Int32(ns.code) : underlying.flatMap { $0.domain == NSPOSIXErrorDomain ? Int32($0.code) : nil }
        let reason = posix.map(SystemError.describe) ?? ns.localizedDescription
        let verb = (512..<1024).contains(ns.code) ? "cannot write" : (256..<512).contains(ns.code) ? "cannot read" : "file error"
        return path.map { "\(verb) '\($0)': \(reason)" } ?? "\(verb): \(reason)"
    }
}
