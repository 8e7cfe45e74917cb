import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct SigningMapCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "signing-map",
            abstract: "List every place that needs a seal or signature: document, PDF page, section, what is needed, where on the page.",
            discussion: "Pages come from a layout pass through the PDF plugin (LibreOffice); without it the pages are unknown. Exit status 2 on unusable input.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var pluginOptions: PluginOptions
        @OptionGroup var templateOptions: TemplatePathOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Output format: text or json.", valueName: "format"), completion: .list(["text", "json"]))
        var format: String = "text"

        @Option(help: ArgumentHelp("Only this volume.", valueName: "name"), completion: ValueCompletions.volumes)
        var volume: String?

        func run() throws {
            guard ["text", "json"].contains(format) else { throw ValidationError("--format must be text or json") }
            let pipeline = BuildPipeline(host: pluginOptions.makeHost(), templates: templateOptions.locator)
            let (maps, warnings) = try pipeline.signingMaps(projectFolder: projectOptions.project, selection: volume.map(VolumeSelection.volume))
            for warning in warnings { Terminal.error("warning: \(warning)") }
            if format == "json" {
                Terminal.print(JSONValue.array(maps.map(\.json)).serialized())
            } else {
                Terminal.print(maps.map(\.text).joined(separator: "\n"))
            }
        }
    }
}
