import Foundation

/// Where plugins are looked for, in priority order.
public struct PluginSearchPath: Sendable {
    /// The environment variable holding extra plugin directories, colon separated.
    public static let environmentVariable = "BIDKIT_PLUGIN_PATH"

    /// Ordered: each `--plugin-path DIR`, then `BIDKIT_PLUGIN_PATH` entries (colon separated,
    /// empty entries ignored), then the defaults: the executable's own directory (SwiftPM build
    /// layout: plugins are built next to `bidkit`) and `<exe dir>/../lib/bidkit/plugins`
    /// (install layout).
    ///
    /// Earlier entries win, so a user can override an installed plugin without touching it.
    /// A directory listed twice keeps its first position only; later copies could not load
    /// anything new anyway. Directories are not checked for existence here: the CLI prints
    /// this list to say where it looked.
    public static func resolve(explicit: [String], environment: [String: String], executableDirectory: String?) -> [String] {
        var ordered = explicit.filter { !$0.isEmpty }
        if let value = environment[environmentVariable] {
            ordered += value.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        }
        if let exe = executableDirectory, !exe.isEmpty {
            ordered.append(exe)
            ordered.append(installDirectory(forExecutableDirectory: exe))
        }
        var seen = Set<String>()
        return ordered.filter { seen.insert($0).inserted }
    }

    /// `<exe dir>/../lib/bidkit/plugins`, with the `..` applied so messages show a plain path.
    /// Lexical removal is sound because `executableDirectory` has symlinks resolved.
    static func installDirectory(forExecutableDirectory exe: String) -> String {
        var parent = (exe as NSString).deletingLastPathComponent
        if parent.isEmpty { parent = exe.hasPrefix("/") ? "/" : "." }
        return (parent as NSString).appendingPathComponent("lib/bidkit/plugins")
    }

    /// The directory of the running executable, from `/proc/self/exe` on Linux
    /// (`Bundle.main.executableURL` fallback). Symlinks are resolved so an executable
    /// symlinked into `/usr/local/bin` still finds the plugins installed beside its real file.
    public static var executableDirectory: String? {
        #if os(Linux) || os(Android)
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), exe.hasPrefix("/") {
            return (exe as NSString).deletingLastPathComponent
        }
        #endif
        guard let url = Bundle.main.executableURL?.resolvingSymlinksInPath() else { return nil }
        return url.deletingLastPathComponent().path
    }
}
