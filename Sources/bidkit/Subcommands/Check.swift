import ArgumentParser
import BidKit

extension BidKitCommand {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check the bid for completeness and consistency before submission.",
            discussion: "Exit status: 0 no errors (warnings allowed), 1 at least one error finding, 2 unusable input.")

        @OptionGroup var projectOptions: ProjectOptions

        @Option(name: .shortAndLong, help: "Output format.")
        var format: ReportFormat = .text

        func run() throws {
            let project = try ProjectLoader.load(folder: projectOptions.project)
            let report = Checker.check(try Assembler.assemble(project))
            switch format {
            case .text: Terminal.print(report.text(color: Terminal.stdoutIsColorTerminal))
            case .json: Terminal.print(report.json.serialized())
            }
            if report.errors > 0 { throw ExitCode.failure }
        }
    }
}
