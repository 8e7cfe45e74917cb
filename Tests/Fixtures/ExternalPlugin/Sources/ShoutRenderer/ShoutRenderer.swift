import BidKitPluginSDK

/// Renders a package as its title in capitals and its section count: just enough output
/// for a test to tell that the package crossed the C boundary intact.
struct ShoutRenderer: BidRenderer {
    var name: String { "shout" }
    var version: String { "1.0.0" }
    var formats: [OutputFormat] {
        [OutputFormat(name: "shout", fileExtension: "shout", mediaType: "text/plain; charset=utf-8")]
    }

    func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] {
        guard format == "shout" else { throw RenderError("unknown format '\(format)'") }
        let text = "\(package.metadata.title.uppercased())\nsections: \(package.sections.count)\n"
        return Array(text.utf8)
    }
}

/// The plugin's only C symbol. The host finds it with dlsym; the SDK builds the descriptor.
@_cdecl("bidkit_plugin_entry")
public func bidkitPluginEntry() -> UnsafeRawPointer {
    PluginExport.descriptor(for: ShoutRenderer())
}
