import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Assemble the bid package and render it through the format plugins.",
            discussion: "Writes DIR/<project-id>.<ext> for each format (DIR/<project-id>-<volume>.<ext> per volume), atomically; a PDF build also writes the signing map (DIR/<document>-signing-map.txt and .json). Exit status 1 when a format failed or a file breaks the submission: limits, 2 on unusable input.")

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var pluginOptions: PluginOptions
        @OptionGroup var templateOptions: TemplatePathOptions

        @Option(name: .shortAndLong, help: ArgumentHelp("Comma-separated formats (see `bidkit plugins`), e.g. txt,docx,html.", valueName: "list"))
        var format: String = "txt"

        @Option(name: .shortAndLong, help: ArgumentHelp("Output directory.", valueName: "dir"))
        var out: String = "dist"

        @Option(name: .customLong("option"), help: ArgumentHelp("A renderer option key=value (repeatable), e.g. width=100.", valueName: "key=value"))
        var rendererOptions: [String] = []

        @Option(help: ArgumentHelp("Render only this volume (bid.yaml volumes:), e.g. 技术标.", valueName: "name"))
        var volume: String?

        @Option(help: ArgumentHelp("Render only the volume holding this part, e.g. technical.", valueName: "part-id"))
        var part: String?

        @Flag(help: "Lay the document out with LibreOffice to fill the DOCX table of contents' page numbers (a PDF build always does).")
        var paginate = false

        @Flag(name: .shortAndLong, help: "Print each pipeline step.")
        var verbose = false

        func run() throws {
            var options: [String: String] = [:]
            for pair in rendererOptions {
                guard let eq = pair.firstIndex(of: "=") else { throw ValidationError("--option expects key=value, got '\(pair)'") }
                options[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            let formats = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let report: @Sendable (String) -> Void = { Terminal.error($0) }
            let progress = verbose ? report : nil
            let pipeline = BuildPipeline(host: pluginOptions.makeHost(), templates: templateOptions.locator, progress: progress)
            if volume != nil && part != nil { throw ValidationError("give --volume or --part, not both") }
            let selection = volume.map(VolumeSelection.volume) ?? part.map(VolumeSelection.part)
            let result = try pipeline.run(BuildRequest(projectFolder: projectOptions.project, formats: formats,
                                                       outputDirectory: out, options: options, selection: selection,
                                                       paginate: paginate))
            for warning in result.warnings { Terminal.error("warning: \(warning)") }
            for path in result.written { Terminal.print("wrote \(path)") }
            for failure in result.failures { Terminal.error(failure.description) }
            for failure in result.pluginFailures { Terminal.error("error: plugin \(failure.path) failed to load: \(failure.reason)") }
            if !result.failures.isEmpty || !result.pluginFailures.isEmpty { throw ExitCode.failure }
        }
    }
}
