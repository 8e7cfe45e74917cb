/// One output format a loaded plugin renders, copied out of the plugin's C descriptor
/// so callers never hold pointers into plugin memory.
public struct PluginFormat: Sendable, Hashable {
    /// The name users pass to `--format`.
    public let name: String
    /// File extension without the dot.
    public let fileExtension: String
    /// IANA media type, e.g. `text/plain; charset=utf-8`.
    public let mediaType: String

    public init(name: String, fileExtension: String, mediaType: String) {
        self.name = name
        self.fileExtension = fileExtension
        self.mediaType = mediaType
    }
}
