#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A thin, non-throwing wrapper over `dlopen`/`dlsym` that turns every failure into a message.
///
/// Libraries opened here are never closed: a Swift library registers type metadata and
/// conformances with the Swift runtime, and unloading it leaves the runtime pointing into
/// unmapped memory. The handle is leaked on purpose, even for libraries the host rejects.
enum DynamicLibrary {
    /// File name suffix of a loadable plugin on this platform.
    #if os(macOS) || os(iOS) || os(tvOS) || os(watchOS) || os(visionOS)
    static let fileSuffix = ".dylib"
    #else
    static let fileSuffix = ".so"
    #endif

    /// Opens `path` with `RTLD_NOW | RTLD_LOCAL`.
    ///
    /// `RTLD_NOW` makes unresolved symbols fail here, with a message, instead of crashing the
    /// first time a render touches them. `RTLD_LOCAL` keeps each plugin's symbols (every Swift
    /// plugin carries its own copy of the SDK and model) out of the global namespace, where
    /// they would interpose on the next plugin's. The path must contain a `/` so that `dlopen`
    /// does not go searching `LD_LIBRARY_PATH` for a different file of the same name.
    static func open(_ path: String) -> Result<UnsafeMutableRawPointer, DynamicLibraryError> {
        guard path.contains("/") else {
            return .failure(DynamicLibraryError("refusing to dlopen a path without a '/'"))
        }
        _ = dlerror()  // clear any stale message so the one we report belongs to this call
        guard let handle = dlopen(path, RTLD_NOW | RTLD_LOCAL) else {
            return .failure(DynamicLibraryError(lastError() ?? "dlopen failed without a message"))
        }
        return .success(handle)
    }

    /// Looks `name` up in the library's own scope (the handle, not the global namespace),
    /// so a symbol of the same name in the host executable or another plugin is never found.
    static func symbol(_ name: String, in handle: UnsafeMutableRawPointer) -> UnsafeMutableRawPointer? {
        _ = dlerror()
        return dlsym(handle, name)
    }

    /// `dlerror` text; per thread on glibc and Darwin, so no lock is needed around it.
    private static func lastError() -> String? {
        guard let message = dlerror() else { return nil }
        return String(cString: message)
    }
}

/// A `dlopen`/`dlsym` failure message.
struct DynamicLibraryError: Error, Sendable {
    let message: String
    init(_ message: String) { self.message = message }
}
