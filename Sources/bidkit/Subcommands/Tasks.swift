import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct Tasks: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the task breakdown: who writes which section, by when, and what is late.")

        @OptionGroup var projectOptions: ProjectOptions

        @Option(help: ArgumentHelp("Report as of this day (yyyy-MM-dd); default today in the deadline's time zone.", valueName: "date"))
        var asOf: String?

        @Option(name: .shortAndLong, help: "Output format.")
        var format: ReportFormat = .text

        func run() throws {
            let project = try ProjectLoader.load(folder: projectOptions.project)
            let day = try asOf.map(DayArgument.parse) ?? CalendarDay(Date(), in: project.tender.deadline.zone)
            let report = TaskReport(project, asOf: day)
            switch format {
            case .json: Terminal.print(report.json.serialized())
            case .text: Terminal.print(report.text(color: Terminal.stdoutIsColorTerminal), colored: Terminal.stdoutIsColorTerminal)
            }
        }
    }
}
