import BidKitModel
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
        return try withPackage("render", format: format, package: package, options: options, entry.render)
    }

    /// The descriptor version the plugin was built against (1, 2 or 3).
    public var abiVersion: UInt32 { entry.abiVersion }

    /// The options the plugin reads (`--option name=value`), as it declares them (ABI 3).
    public var options: [PluginOption] { entry.options }

    /// ABI 3 plugins declare their options; older ones cannot, so the host passes them every option unchecked.
    public var declaresOptions: Bool { entry.abiVersion >= 3 }

    /// Whether this plugin lays pages out (ABI 2 `paginate`), so the core can learn page numbers.
    public var paginates: Bool { entry.paginate != nil }

    /// Why the plugin cannot render `format` on this machine now (its engine is not installed,
    /// with the install command), or nil when it can. Version 1 plugins are always available.
    public func unavailableReason(format: String) -> String? {
        guard let probe = entry.probe else { return nil }
        let outcome = call("probe", needsData: false) { result in format.withCString { probe($0, result) } }
        if case .failure(let error) = outcome { return error.message }
        return nil
    }

    /// Lays the package out as `format` and returns where each anchor landed, or nil when the
    /// plugin does not paginate.
    public func paginate(format: String, package: [UInt8], options: [String: String]) throws -> PageMap? {
        guard let paginate = entry.paginate else { return nil }
        let bytes = try withPackage("paginate", format: format, package: package, options: options, paginate)
        do { return try PageMap(text: String(decoding: bytes, as: UTF8.self)) } catch {
            throw failure(format, "paginate returned \(error)")
        }
    }

    /// render and paginate: options encoded for the ABI, the C strings and buffer held for the call.
    private func withPackage(_ function: String, format: String, package: [UInt8], options: [String: String],
                             _ fn: bidkit_render_fn) throws -> [UInt8] {
        let optionText: String
        switch RenderOptionsEncoding.encode(options) {
        case .success(let text): optionText = text
        case .failure(let error): throw failure(format, error.message)
        }
        let outcome = call(function) { result in
            format.withCString { cFormat in
                optionText.withCString { cOptions in
                    package.withUnsafeBufferPointer { fn(cFormat, $0.baseAddress, $0.count, cOptions, result) }
                }
            }
        }
        switch outcome {
        case .success(let bytes): return bytes
        case .failure(let error): throw failure(format, error.message)
        }
    }

    /// One call/release round trip, serialised per plugin. `release` is deferred right after the
    /// call returns, so it runs on every path out, whatever the plugin put into the result. The
    /// output is copied before `release` runs because the buffer belongs to the plugin.
    private func call(_ function: String, needsData: Bool = true,
                      _ body: (UnsafeMutablePointer<bidkit_render_result>) -> Int32) -> Result<[UInt8], RenderCallError> {
        callLock.lock()
        defer { callLock.unlock() }
        var result = bidkit_render_result(data: nil, length: 0, error: nil)
        let status = body(&result)
        defer { entry.release(&result) }
        guard status == 0 else {
            let message = CStrings.message(result.error) ?? "\(function) returned \(status) without an error message"
            return .failure(RenderCallError(message: message))
        }
        if !needsData { return .success([]) }
        guard let data = result.data else {
            return .failure(RenderCallError(message: "\(function) reported success but returned no data"))
        }
        guard result.length >= 0, result.length <= Self.maxOutputLength else {
            return .failure(RenderCallError(message: "\(function) returned an implausible length (\(UInt(bitPattern: result.length)) bytes)"))
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
