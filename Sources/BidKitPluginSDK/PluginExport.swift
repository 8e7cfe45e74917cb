import CBidKitPluginABI
import Foundation

/// Builds the C descriptor for a renderer. A plugin's whole C surface is:
///
/// ```swift
/// @_cdecl("bidkit_plugin_entry")
/// public func bidkitPluginEntry() -> UnsafeRawPointer {
///     PluginExport.descriptor(for: MyRenderer())
/// }
/// ```
///
/// Each plugin links its own copy of the SDK, so the registry below is per plugin.
public enum PluginExport {
    public static func descriptor(for renderer: some BidRenderer) -> UnsafeRawPointer {
        Registry.shared.descriptor(for: renderer)
    }

    /// Parses the ABI's `key=value` option lines.
    static func parseOptions(_ text: String) -> RenderOptions {
        var options: RenderOptions = [:]
        for line in text.split(separator: "\n") {
            guard let eq = line.firstIndex(of: "=") else { continue }
            options[String(line[..<eq])] = String(line[line.index(after: eq)...])
        }
        return options
    }
}

/// Holds the renderer and the descriptor made for it. The descriptor and its strings live
/// for the rest of the process: the host never unloads a plugin.
private final class Registry: @unchecked Sendable {
    static let shared = Registry()
    private let lock = NSLock()
    private var renderer: (any BidRenderer)?
    private var descriptor: UnsafeMutablePointer<bidkit_plugin_descriptor>?

    func descriptor(for renderer: some BidRenderer) -> UnsafeRawPointer {
        lock.lock()
        defer { lock.unlock() }
        if let descriptor { return UnsafeRawPointer(descriptor) }
        self.renderer = renderer
        let formats = UnsafeMutablePointer<bidkit_format>.allocate(capacity: max(renderer.formats.count, 1))
        for (i, f) in renderer.formats.enumerated() {
            formats[i] = bidkit_format(name: strdup(f.name), extension: strdup(f.fileExtension), media_type: strdup(f.mediaType))
        }
        let options = UnsafeMutablePointer<bidkit_option>.allocate(capacity: max(renderer.options.count, 1))
        for (i, o) in renderer.options.enumerated() {
            let (type, values): (String, String?)
            switch o.kind {
            case .string: (type, values) = ("string", nil)
            case .integer: (type, values) = ("integer", nil)
            case .number: (type, values) = ("number", nil)
            case .boolean: (type, values) = ("boolean", nil)
            case .path: (type, values) = ("path", nil)
            case .choice(let list): (type, values) = ("choice", list.joined(separator: "|"))
            }
            options[i] = bidkit_option(name: strdup(o.name), type: strdup(type), values: values.map { strdup($0) } ?? nil,
                                       description: strdup(o.description))
        }
        let d = UnsafeMutablePointer<bidkit_plugin_descriptor>.allocate(capacity: 1)
        d.initialize(to: bidkit_plugin_descriptor(
            abi_version: BIDKIT_PLUGIN_ABI_VERSION,
            wire_format_version: UInt32(PackageWire.majorVersion),
            name: strdup(renderer.name),
            version: strdup(renderer.version),
            format_count: renderer.formats.count,
            formats: formats,
            render: renderTrampoline,
            release: releaseTrampoline,
            probe: probeTrampoline,
            paginate: renderer.paginates ? paginateTrampoline : nil,
            option_count: renderer.options.count,
            options: options))
        descriptor = d
        return UnsafeRawPointer(d)
    }

    var current: (any BidRenderer)? {
        lock.lock()
        defer { lock.unlock() }
        return renderer
    }
}

/// C entry points: decode the package, call the Swift renderer, hand back malloc'd bytes.
private let renderTrampoline: bidkit_render_fn = { format, package, length, options, result in
    respond(format, package, length, options, result) { renderer, decoded, format, options in
        try renderer.render(decoded, format: format, options: options)
    }
}

private let paginateTrampoline: bidkit_paginate_fn = { format, package, length, options, result in
    respond(format, package, length, options, result) { renderer, decoded, format, options in
        Array(try renderer.paginate(decoded, format: format, options: options).text.utf8)
    }
}

private let probeTrampoline: bidkit_probe_fn = { format, result in
    guard let result else { return 2 }
    result.pointee = bidkit_render_result(data: nil, length: 0, error: nil)
    guard let renderer = Registry.shared.current, let format else { return 0 }
    guard let reason = renderer.unavailableReason(format: String(cString: format)) else { return 0 }
    result.pointee.error = strdup(reason)
    return 1
}

/// The shared body of render and paginate: checks the arguments, decodes, runs `body`, copies its
/// bytes into malloc'd memory the host frees through `release`, or fills the error.
private func respond(_ format: UnsafePointer<CChar>?, _ package: UnsafePointer<UInt8>?, _ length: Int,
                     _ options: UnsafePointer<CChar>?, _ result: UnsafeMutablePointer<bidkit_render_result>?,
                     _ body: (any BidRenderer, BidPackage, String, RenderOptions) throws -> [UInt8]) -> Int32 {
    guard let result else { return 2 }
    result.pointee = bidkit_render_result(data: nil, length: 0, error: nil)
    func fail(_ message: String) -> Int32 {
        result.pointee.error = strdup(message)
        return 1
    }
    guard let renderer = Registry.shared.current else { return fail("plugin has no renderer registered") }
    guard let format, let package else { return fail("render called without a format or package") }
    let bytes = Array(UnsafeBufferPointer(start: package, count: length))
    let optionText = options.map { String(cString: $0) } ?? ""
    do {
        let decoded = try PackageWire.decode(bytes)
        let output = try body(renderer, decoded, String(cString: format), PluginExport.parseOptions(optionText))
        guard let buffer = malloc(max(output.count, 1))?.assumingMemoryBound(to: UInt8.self) else {
            return fail("out of memory for \(output.count) bytes of output")
        }
        output.withUnsafeBufferPointer { src in
            if let base = src.baseAddress { buffer.update(from: base, count: output.count) }
        }
        result.pointee.data = buffer
        result.pointee.length = output.count
        return 0
    } catch {
        return fail(String(describing: error))
    }
}

private let releaseTrampoline: bidkit_release_fn = { result in
    guard let result else { return }
    free(result.pointee.data)
    free(result.pointee.error)
    result.pointee = bidkit_render_result(data: nil, length: 0, error: nil)
}
