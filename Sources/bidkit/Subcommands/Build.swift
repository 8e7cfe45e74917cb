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

        @Option(name: .shortAndLong, help: ArgumentHelp("Comma-separated formats (see `bidkit plugins`), e.g. txt,docx,html.", valueName: "list"), completion: ValueCompletions.formats)
        var format: String = "txt"

        @Option(name: .shortAndLong, help: ArgumentHelp("Output directory (default: dist/ inside the project folder); - writes the one format asked for to standard output.", valueName: "dir"), completion: .directory)
        var out: String?

        @Option(name: .customLong("option"), help: ArgumentHelp("A renderer option key=value (repeatable), e.g. width=100.", valueName: "key=value"))
        var rendererOptions: [String] = []

        @Option(help: ArgumentHelp("Render only this volume (bid.yaml volumes:), e.g. 技术标.", valueName: "name"), completion: ValueCompletions.volumes)
        var volume: String?

        @Option(help: ArgumentHelp("Render only the volume holding this part, e.g. technical.", valueName: "part-id"), completion: ValueCompletions.parts)
        var part: String?

        @Flag(help: "Lay the document out with LibreOffice to fill the DOCX table of contents' page numbers (a PDF build always does).")
        var paginate = false

        @Flag(help: "Exit 1 when the bid written fails `bidkit check` (error findings), for CI; without it the build says so in one line.")
        var check = false

        @Flag(name: .shortAndLong, help: "Print each pipeline step with its duration on stderr.")
        var verbose = false

        func validate() throws {
            let count = format.split(separator: ",").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
            if out == "-", count != 1 { throw ValidationError("-o - writes one format to standard output; --format asks for \(count)") }
            if volume != nil && part != nil { throw ValidationError("give --volume or --part, not both") }
        }

        func run() throws {
            var options: [String: String] = [:]
            for pair in rendererOptions {
                guard let eq = pair.firstIndex(of: "=") else { throw ValidationError("--option expects key=value, got '\(pair)'") }
                options[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            let formats = format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            let toStdout = out == "-"
            // Beside the bid it was built from, wherever the command was run (the "wrote …" lines say where).
            let directory = toStdout ? try StdoutStaging.folder() : out ?? (projectOptions.project as NSString).appendingPathComponent("dist")
            defer { if toStdout { StdoutStaging.remove(directory) } }
            let report: @Sendable (String) -> Void = { Terminal.error($0) }
            let progress = verbose ? report : nil
            let pipeline = BuildPipeline(host: pluginOptions.makeHost(), templates: templateOptions.locator, progress: progress)
            let selection = volume.map(VolumeSelection.volume) ?? part.map(VolumeSelection.part)
            let result = try pipeline.run(BuildRequest(projectFolder: projectOptions.project, formats: formats,
                                                       outputDirectory: directory, options: options, selection: selection,
                                                       paginate: paginate))
            for warning in result.warnings { Terminal.error("warning: \(warning)") }
            if toStdout {
                try StdoutStaging.copyToStdout(result.written, from: directory)
            } else {
                for path in result.written { Terminal.print("wrote \(path)") }
            }
            for failure in result.failures { Terminal.error(failure.description) }
            for failure in result.pluginFailures { Terminal.error("error: plugin \(failure.path) failed to load: \(failure.reason)") }
            let summary = result.check?.buildSummary(project: projectOptions.project)
            if let summary { Terminal.error((check ? "error: " : "warning: ") + summary) }
            if !result.failures.isEmpty || !result.pluginFailures.isEmpty || (check && summary != nil) { throw ExitCode.failure }
        }
    }
}
