import BidKitModel
import CBidKitPluginABI

/// The parts of a plugin descriptor the host keeps once it has checked them.
///
/// Strings are copied into Swift so nothing outside `render` reads plugin memory again;
/// the two function pointers are copied too, so a plugin that rewrites its descriptor
/// after loading cannot swap in a pointer the host never validated.
/// `@unchecked Sendable`: C function pointers carry no Sendable annotation, but these are
/// immutable addresses of code in a library that is never unloaded.
struct ValidatedDescriptor: @unchecked Sendable {
    let name: String
    let version: String
    let formats: [PluginFormat]
    let render: bidkit_render_fn
    let release: bidkit_release_fn
    /// ABI 2; nil for version 1 plugins and plugins that are always available.
    let probe: bidkit_probe_fn?
    /// ABI 2; nil for version 1 plugins and plugins that cannot paginate.
    let paginate: bidkit_paginate_fn?
    /// The descriptor version the plugin reported.
    let abiVersion: UInt32
    /// ABI 3: the options the plugin reads; empty for older plugins (see `declaresOptions`).
    let options: [PluginOption]
}

enum DescriptorValidation {
    /// The ABI version this host speaks, and the oldest it still loads.
    static let hostABIVersion: UInt32 = BIDKIT_PLUGIN_ABI_VERSION
    static let oldestABIVersion: UInt32 = BIDKIT_PLUGIN_ABI_MIN_VERSION
    /// More formats than this is taken as a corrupt descriptor rather than a generous plugin.
    static let maxFormatCount = 64

    /// Checks a descriptor returned by a plugin's entry point.
    ///
    /// `abi_version` is read on its own first: a plugin built against another ABI may have a
    /// differently shaped struct, so no other field is meaningful until the version matches.
    static func validate(_ raw: UnsafeRawPointer?) -> Result<ValidatedDescriptor, DescriptorError> {
        guard let raw else { return .failure(DescriptorError("the entry point returned a NULL descriptor")) }
        // A misaligned pointer is garbage, and reading a struct through it may trap.
        guard isAligned(raw, for: bidkit_plugin_descriptor.self) else {
            return .failure(DescriptorError("the entry point returned a misaligned descriptor pointer"))
        }
        let abiVersion = raw.load(as: UInt32.self)
        guard (oldestABIVersion...hostABIVersion).contains(abiVersion) else {
            return .failure(DescriptorError(
                "ABI version \(abiVersion), this host speaks \(oldestABIVersion)…\(hostABIVersion)"))
        }
        // A version 1 descriptor ends after `release`: read only that much of it.
        let d = raw.assumingMemoryBound(to: bidkit_plugin_descriptor_v1.self).pointee
        var probe: bidkit_probe_fn?
        var paginate: bidkit_paginate_fn?
        var optionCount = 0
        var optionList: UnsafePointer<bidkit_option>?
        if abiVersion == 2 {
            let v2 = raw.assumingMemoryBound(to: bidkit_plugin_descriptor_v2.self).pointee
            probe = v2.probe
            paginate = v2.paginate
        } else if abiVersion >= 3 {
            let v3 = raw.assumingMemoryBound(to: bidkit_plugin_descriptor.self).pointee
            probe = v3.probe
            paginate = v3.paginate
            optionCount = v3.option_count
            optionList = v3.options
        }
        guard Int(d.wire_format_version) == PackageWire.majorVersion else {
            return .failure(DescriptorError(
                "decodes package wire format version \(d.wire_format_version), this host writes \(PackageWire.majorVersion)"))
        }
        guard let render = d.render else { return .failure(DescriptorError("render is NULL")) }
        guard let release = d.release else { return .failure(DescriptorError("release is NULL")) }
        return Result {
            let name = try CStrings.identifier(d.name, field: "name").get()
            guard !name.isEmpty, !name.contains(where: \.isControl) else {
                throw DescriptorError("name '\(name)' is empty or contains control characters")
            }
            let version = try CStrings.identifier(d.version, field: "version").get()
            let formats = try readFormats(count: d.format_count, at: d.formats)
            let options = try readOptions(count: optionCount, at: optionList)
            return ValidatedDescriptor(name: name, version: version, formats: formats, render: render, release: release,
                                       probe: probe, paginate: paginate, abiVersion: abiVersion, options: options)
        }.mapError { $0 as? DescriptorError ?? DescriptorError(String(describing: $0)) }
    }

    private static func readFormats(count: Int, at pointer: UnsafePointer<bidkit_format>?) throws -> [PluginFormat] {
        guard count > 0 else { throw DescriptorError("declares no formats") }
        guard count <= maxFormatCount else {
            throw DescriptorError("format_count \(count) exceeds the limit of \(maxFormatCount)")
        }
        guard let pointer else { throw DescriptorError("format_count is \(count) but formats is NULL") }
        guard isAligned(UnsafeRawPointer(pointer), for: bidkit_format.self) else {
            throw DescriptorError("formats is a misaligned pointer")
        }
        var formats: [PluginFormat] = []
        for (i, f) in UnsafeBufferPointer(start: pointer, count: count).enumerated() {
            let name = try CStrings.identifier(f.name, field: "formats[\(i)].name").get()
            let ext = try CStrings.identifier(f.extension, field: "formats[\(i)].extension").get()
            let media = try CStrings.identifier(f.media_type, field: "formats[\(i)].media_type").get()
            try requireToken(name, field: "formats[\(i)].name")
            try requireToken(ext, field: "formats[\(i)].extension")
            guard !media.isEmpty, !media.contains(where: \.isControl) else {
                throw DescriptorError("formats[\(i)].media_type '\(media)' is empty or contains control characters")
            }
            guard !formats.contains(where: { $0.name == name }) else {
                throw DescriptorError("declares format '\(name)' twice")
            }
            formats.append(PluginFormat(name: name, fileExtension: ext, mediaType: media))
        }
        return formats
    }

    private static func isAligned<T>(_ pointer: UnsafeRawPointer, for _: T.Type) -> Bool {
        Int(bitPattern: pointer) % MemoryLayout<T>.alignment == 0
    }

    /// Format names are typed on the command line and extensions end up in output file
    /// names (`DIR/<id>.<ext>`), so both are limited to characters that cannot escape the
    /// output directory or need quoting: ASCII letters, digits, `-`, `_` and `.`.
    private static func requireToken(_ value: String, field: String) throws {
        let allowed = value.utf8.allSatisfy { b in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
        }
        guard !value.isEmpty, allowed, value.contains(where: { $0 != "." }) else {
            throw DescriptorError("\(field) '\(value)' must be non-empty ASCII letters, digits, '-', '_' or '.'")
        }
    }
}

private extension Character {
    var isControl: Bool { unicodeScalars.contains { $0.properties.generalCategory == .control } }
}
