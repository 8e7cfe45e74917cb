#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Finds candidate plugin files in one search-path directory.
enum PluginDiscovery {
    /// A file to try: `path` for messages, `realPath` for `dlopen` and de-duplication.
    struct Candidate: Sendable, Hashable {
        let path: String
        let realPath: String
    }

    struct Listing: Sendable {
        var candidates: [Candidate] = []
        var failures: [PluginFailure] = []
    }

    /// Every regular file, or symlink to one, named `*.so` (`*.dylib` on macOS) directly in
    /// `directory`, sorted by file name so load order, shadowing and duplicate reports are the
    /// same on every machine whatever order the file system lists entries in.
    ///
    /// A missing directory is normal (the install-layout default rarely exists in a build tree)
    /// and yields nothing. Anything else that stops the listing is reported: the user named
    /// that directory and would otherwise wonder why its plugins never show up.
    /// Non-regular files are skipped before `dlopen` sees them: opening a FIFO would block.
    static func list(_ directory: String) -> Listing {
        var listing = Listing()
        var info = stat()
        guard stat(directory, &info) == 0 else {
            let code = errno
            if code != ENOENT && code != ENOTDIR {
                listing.failures.append(PluginFailure(path: directory, reason: "cannot read directory: \(describe(code))"))
            }
            return listing
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            listing.failures.append(PluginFailure(path: directory, reason: "on the plugin search path but not a directory"))
            return listing
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            listing.failures.append(PluginFailure(path: directory, reason: "cannot list directory: \(error.localizedDescription)"))
            return listing
        }
        let suffix = DynamicLibrary.fileSuffix
        for name in names.sorted() where name.hasSuffix(suffix) && name.count > suffix.count {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var target = stat()
            guard stat(path, &target) == 0 else {
                var link = stat()
                if lstat(path, &link) == 0 && (link.st_mode & S_IFMT) == S_IFLNK {
                    listing.failures.append(PluginFailure(path: path, reason: "symbolic link to a missing file"))
                }
                continue
            }
            guard (target.st_mode & S_IFMT) == S_IFREG, let real = realPath(path) else { continue }
            listing.candidates.append(Candidate(path: path, realPath: real))
        }
        return listing
    }

    /// The canonical absolute path, so one library reached through two directories or a
    /// symlink is loaded once.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private static func describe(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "errno \(code)" }
        return String(cString: text)
    }
}
