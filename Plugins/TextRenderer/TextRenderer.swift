import BidKitPluginSDK
struct TextRenderer: BidRenderer {
    var name: String { "text" }
    var version: String { "0.1.0" }
    var formats: [OutputFormat] { [OutputFormat(name: "txt", fileExtension: "txt", mediaType: "text/plain; charset=utf-8")] }
    func render(_ package: BidPackage, format: String, options: RenderOptions) throws -> [UInt8] { Array(package.metadata.title.utf8) }
}
@_cdecl("bidkit_plugin_entry")
public func bidkitPluginEntry() -> UnsafeRawPointer { PluginExport.descriptor(for: TextRenderer()) }
