// Temporary stand-in until the plugin-host branch lands.
import BidKitModel
public struct PluginFormat: Sendable, Hashable { public let name: String; public let fileExtension: String; public let mediaType: String }
public struct PluginFailure: Sendable, Hashable, CustomStringConvertible { public let path: String; public let reason: String; public var description: String { "\(path): \(reason)" } }
public final class LoadedPlugin: Sendable {
    public let path: String = ""; public let name: String = ""; public let version: String = ""; public let formats: [PluginFormat] = []
    public func render(format: String, package: [UInt8], options: [String: String]) throws -> [UInt8] { [] }
}
public struct PluginSearchPath: Sendable {
    public static func resolve(explicit: [String], environment: [String: String], executableDirectory: String?) -> [String] { explicit }
    public static var executableDirectory: String? { nil }
}
public final class PluginHost: Sendable {
    public init(searchPath: [String]) { self.searchPath = searchPath }
    public let searchPath: [String]
    public let plugins: [LoadedPlugin] = []
    public let failures: [PluginFailure] = []
    public func plugin(for format: String) -> LoadedPlugin? { nil }
    public var formats: [String] { [] }
}
