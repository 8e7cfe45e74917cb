import ArgumentParser
import BidKit

extension BidKitCommand {
    struct Plugins: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the renderer plugins found on the search path, their formats and options, and those that failed to load.",
            discussion: "Exit status 1 when a plugin failed to load or none was found.")

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
                if !p.options.isEmpty {
                    out += "    options (--option name=value):\n"
                    for o in p.options { out += "      \(o.name) (\(o.kind.description)): \(o.description)\n" }
                } else if !p.declaresOptions {
                    out += "    options: not declared (plugin ABI \(p.abiVersion)); every --option is passed to it unchecked\n"
                }
            }
            out += "  built in: model-json (.json)\n"
            if !host.failures.isEmpty {
                out += "\nFailed to load (\(host.failures.count)):\n"
                for f in host.failures { out += "  \(f.path)\n    \(f.reason)\n" }
            }
            Terminal.print(out)
            if host.plugins.isEmpty {
                Terminal.error("""
                    error: no renderer plugins found on the search path; build them with `swift build` (they are \
                    written next to the bidkit executable), install them with `make install PREFIX=…` \
                    (PREFIX/lib/bidkit/plugins), or give a folder with --plugin-path DIR or \(PluginSearchPath.environmentVariable)
                    """)
            }
            if !host.failures.isEmpty || host.plugins.isEmpty { throw ExitCode.failure }
        }
    }
}
