import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the bid for completeness and consistency before submission.",
            discussion: """
                Exit status: 0 no errors (warnings allowed), 1 at least one error finding (or warning with --strict), \
                2 unusable input. Rules can be tuned per project under `checks:` in bid.yaml.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, junit, csv }

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var pluginOptions: PluginOptions
        @OptionGroup var templateOptions: TemplatePathOptions

        @Option(name: .shortAndLong, help: "Output format: text, json, junit, or csv (the compliance matrix).")
        var format: Format = .text

        @Option(help: ArgumentHelp("Check as of this day (yyyy-MM-dd), for overdue tasks; default today in the deadline's time zone.", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("A rendered file to inspect too (repeatable), e.g. the .docx to be submitted: its document properties must name the bidder.", valueName: "file"), completion: .file(extensions: ["docx", "pdf", "xlsx", "html"]))
        var rendered: [String] = []

        @Flag(help: "Treat warnings as errors.")
        var strict = false

        @Flag(name: .shortAndLong, help: "Print each step (load, assemble, check) with its duration on stderr.")
        var verbose = false

        @Option(help: ArgumentHelp("Also write the findings and the compliance matrix as a document into this directory.", valueName: "dir"), completion: .directory)
        var report: String?

        @Option(help: ArgumentHelp("Formats of the --report document, comma separated (txt, html, docx, xlsx …).", valueName: "list"), completion: ValueCompletions.formats)
        var reportFormat: String = "txt"

        func validate() throws { _ = try asOf.map(DayArgument.parse) }

        func run() throws {
            let day = try asOf.map(DayArgument.parse)
            // An unknown --report-format is refused before any work, not after the check has run.
            if report != nil { try BuildPipeline(host: pluginOptions.makeHost(), templates: templateOptions.locator).validateFormats(reportFormats) }
            let clock = StepClock(enabled: verbose)
            // Recoverable problems (a missing section file, an unknown id) become findings; only a
            // project that cannot be read at all stops here — with valid JSON / JUnit on stdout all the same.
            let loaded: Loaded<Project>
            do {
                loaded = try clock.step("load \(projectOptions.project)") { try ProjectLoader.loadCollecting(folder: projectOptions.project) }
            } catch let error where error is LoadError || error is LoadErrors {
                if format == .json || format == .junit { print(CheckReport(unusable: error), bid: nil) }
                throw error  // file:line:col: error: … on stderr, exit status 2
            }
            let bid = clock.step("assemble") { Assembler.assemble(loaded) }
            let result = clock.step("check") { Checker.check(bid, asOf: day, rendered: rendered) }
            print(result, bid: bid)
            if let report { try writeReport(result, bid: bid, asOf: day, to: report) }
            if result.errors > 0 || (strict && result.warnings > 0) { throw ExitCode.failure }
        }

        private func print(_ result: CheckReport, bid: AssembledBid?) {
            switch format {
            case .text: Terminal.print(result.text(color: Terminal.stdoutIsColorTerminal, language: bid?.project.language ?? .en), colored: Terminal.stdoutIsColorTerminal)
            case .json: Terminal.print(result.json.serialized())
            case .junit: Terminal.print(result.junit(strict: strict))
            case .csv: if let bid { FileHandle.standardOutput.write(Data(result.matrixCSV(for: bid).utf8)) }
            }
        }

        private var reportFormats: [String] {
            reportFormat.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }

        private func writeReport(_ result: CheckReport, bid: AssembledBid, asOf day: CalendarDay?, to dir: String) throws {
            let formats = reportFormats
            let pipeline = BuildPipeline(host: pluginOptions.makeHost(), templates: templateOptions.locator)
            let written = pipeline.write(result.document(for: bid, asOf: day), formats: formats, to: dir, baseName: bid.project.info.id + "-check",
                                         options: pipeline.options(for: bid.project))
            for path in written.written { Terminal.error(CheckWords(bid.project.language).wrote(path)) }
            for failure in written.failures { Terminal.error(failure.description) }
            if !written.failures.isEmpty { throw ExitCode.failure }
        }
    }
}
