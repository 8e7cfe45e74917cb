/// A plugin file the host found but could not use. Failures are collected, not thrown,
/// so one bad library in a plugin directory never hides the good ones next to it.
public struct PluginFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or search-path directory) that failed.
    public let path: String
    /// Why, in words a user can act on.
    public let reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path): \(reason)" }
}
