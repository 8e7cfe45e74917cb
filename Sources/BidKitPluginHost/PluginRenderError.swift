/// A render call that did not produce output. It names the plugin and its file because
/// several plugins may be installed and the user has to know which one to blame.
public struct PluginRenderError: Error, CustomStringConvertible, Sendable {
    /// The plugin's name from its descriptor.
    public let plugin: String
    /// The library file the plugin was loaded from.
    public let path: String
    /// The format that was requested.
    public let format: String
    /// The plugin's own error message, or the host's reason when the call never reached the plugin.
    public let message: String

    public init(plugin: String, path: String, format: String, message: String) {
        self.plugin = plugin
        self.path = path
        self.format = format
        self.message = message
    }

    public var description: String { "plugin '\(plugin)' (\(path)) failed to render \(format): \(message)" }
}
