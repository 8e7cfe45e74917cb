import CBidKitPluginABI
import Foundation

/// A plugin library that loaded and passed every descriptor check.
///
/// It keeps only copies of the descriptor's strings and its two function pointers; the
/// library itself stays mapped for the rest of the process (see `DynamicLibrary`).
public final class LoadedPlugin: Sendable {
    /// The library file, as found on the search path.
    public let path: String
    public let name: String
    public let version: String
    public let formats: [PluginFormat]

    private let entry: ValidatedDescriptor
    /// The ABI says nothing about re-entrancy, and a C plugin may well keep state in
    /// globals, so calls into one plugin are serialised. Different plugins still run in parallel.
    private let callLock = NSLock()

    /// Outputs larger than this are taken as a corrupt `length` rather than a real file.
    static let maxOutputLength = 1 << 32

    init(path: String, descriptor: ValidatedDescriptor) {
        self.path = path
        self.name = descriptor.name
        self.version = descriptor.version
        self.formats = descriptor.formats
        self.entry = descriptor
    }

    /// The format called `name`, if this plugin renders it.
    public func format(named name: String) -> PluginFormat? { formats.first { $0.name == name } }

    /// Calls the plugin's render; copies the bytes out, always calls release; throws
    /// `PluginRenderError` on a non-zero return or NULL data.
    ///
    /// The output is copied before `release` runs because the buffer belongs to the plugin
    /// (whoever allocates frees); after `release` the host holds no plugin memory at all.
    public func render(format: String, package: [UInt8], options: [String: String]) throws -> [UInt8] {
        guard self.format(named: format) != nil else {
            let known = formats.map(\.name).joined(separator: ", ")
            throw failure(format, "'\(format)' is not one of this plugin's formats (\(known))")
        }
        let optionText: String
        switch RenderOptionsEncoding.encode(options) {
        case .success(let text): optionText = text
        case .failure(let error): throw failure(format, error.message)
        }
        callLock.lock()
        defer { callLock.unlock() }
        switch call(format: format, package: package, options: optionText) {
        case .success(let bytes): return bytes
        case .failure(let error): throw failure(format, error.message)
        }
    }

    /// One render/release round trip. `release` is deferred right after `render` returns,
    /// so it runs on every path out, whatever the plugin put into the result.
    private func call(format: String, package: [UInt8], options: String) -> Result<[UInt8], RenderCallError> {
        var result = bidkit_render_result(data: nil, length: 0, error: nil)
        let status = format.withCString { cFormat in
            options.withCString { cOptions in
                package.withUnsafeBufferPointer { bytes in
                    entry.render(cFormat, bytes.baseAddress, bytes.count, cOptions, &result)
                }
            }
        }
        defer { entry.release(&result) }
        guard status == 0 else {
            let message = CStrings.message(result.error) ?? "render returned \(status) without an error message"
            return .failure(RenderCallError(message: message))
        }
        guard let data = result.data else {
            return .failure(RenderCallError(message: "render reported success but returned no data"))
        }
        guard result.length >= 0, result.length <= Self.maxOutputLength else {
            return .failure(RenderCallError(message: "render returned an implausible length (\(UInt(bitPattern: result.length)) bytes)"))
        }
        return .success(Array(UnsafeBufferPointer(start: data, count: result.length)))
    }

    private func failure(_ format: String, _ message: String) -> PluginRenderError {
        PluginRenderError(plugin: name, path: path, format: format, message: message)
    }
}

private struct RenderCallError: Error {
    let message: String
}
