import ArgumentParser
// Linked for its libraries only: bidkit has libzip and libxml2 loaded before it loads the plugins,
// so the DOCX plugin's load must not be charged for them here either.
import BidKit
import BidKitPluginHost
import Dispatch
import Foundation

/// `bidkit-bench plugin-load FILE.so`: discovery plus `dlopen`, entry-point call and descriptor
/// validation of one plugin, in milliseconds, measured in this fresh process the way `bidkit` pays for
/// it at start-up (the search-path folder holds only that plugin, through a symlink). bench/run.py
/// starts it many times per plugin and reports the median; in-process repeats would measure nothing,
/// since a library is mapped only once per process.
struct PluginLoadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plugin-load", abstract: "Time discovery and loading of one renderer plugin (prints: name ms).")

    @Argument(help: "The plugin's shared library.")
    var plugin: String

    func run() throws {
        let fm = FileManager.default
        let dir = fm.temporaryDirectory.appendingPathComponent("bidkit-bench-plugin-\(ProcessInfo.processInfo.processIdentifier)").path
        try? fm.removeItem(atPath: dir)
        try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? fm.removeItem(atPath: dir) }
        let absolute = URL(fileURLWithPath: plugin).standardizedFileURL.path
        try fm.createSymbolicLink(atPath: dir + "/" + (absolute as NSString).lastPathComponent, withDestinationPath: absolute)

        let start = DispatchTime.now().uptimeNanoseconds
        let host = PluginHost(searchPath: [dir])
        let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        guard let loaded = host.plugins.first else {
            throw ValidationError("\(plugin) did not load: \(host.failures.map(\.reason).joined(separator: "; "))")
        }
        print(loaded.name, String(format: "%.3f", ms))
    }
}
