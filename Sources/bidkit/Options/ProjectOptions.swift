import Foundation
import ArgumentParser
import BidKit

/// The project folder argument every command takes.
struct ProjectOptions: ParsableArguments {
    @Argument(help: "The bid project folder (holding bid.yaml).", completion: .directory)
    var project: String = "."

    /// `bidkit build bid.yaml`: the user meant the folder holding it.
    mutating func validate() throws {
        var isFolder: ObjCBool = false
        guard (project as NSString).lastPathComponent == "bid.yaml",
              FileManager.default.fileExists(atPath: project, isDirectory: &isFolder), !isFolder.boolValue else { return }
        let parent = (project as NSString).deletingLastPathComponent
        project = parent.isEmpty ? "." : parent
    }
}

/// Where renderer plugins are looked for.
struct PluginOptions: ParsableArguments {
    @Option(name: .customLong("plugin-path"), help: ArgumentHelp(
        "A directory to search for renderer plugins (repeatable); searched before BIDKIT_PLUGIN_PATH and the default location.",
        valueName: "dir"), completion: .directory)
    var pluginPaths: [String] = []

    func makeHost() -> PluginHost {
        PluginHost(searchPath: PluginSearchPath.resolve(
            explicit: pluginPaths, environment: ProcessInfo.processInfo.environment,
            executableDirectory: PluginSearchPath.executableDirectory))
    }
}

/// text | json, for the report commands.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
