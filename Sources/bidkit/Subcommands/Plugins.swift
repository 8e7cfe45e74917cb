import ArgumentParser
import BidKit

extension BidKitCommand {
    struct Plugins: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the renderer plugins found on the search path, and those that failed to load.")

        @OptionGroup var pluginOptions: PluginOptions

        func run() throws {
            let host = pluginOptions.makeHost()
            var out = "Search path:\n"
            for dir in host.searchPath { out += "  \(dir)\n" }
            out += "\nPlugins (\(host.plugins.count)):\n"
            for p in host.plugins {
                let formats = p.formats.map { "\($0.name) (.\($0.fileExtension))" }.joined(separator: ", ")
                out += "  \(p.name) \(p.version)  formats: \(formats)\n    \(p.path)\n"
                for f in p.formats {
                    if let reason = p.unavailableReason(format: f.name) { out += "    unavailable for \(f.name): \(reason)\n" }
                }
            }
            out += "  built in: model-json (.json)\n"
            if !host.failures.isEmpty {
                out += "\nFailed to load (\(host.failures.count)):\n"
                for f in host.failures { out += "  \(f.path)\n    \(f.reason)\n" }
            }
            Terminal.print(out)
            if !host.failures.isEmpty { throw ExitCode.failure }
        }
    }
}
