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

        enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, ics }

        @Option(name: .shortAndLong, help: "Output format: text, json, or ics (each open section's due day as a calendar event, and the deadline).")
        var format: Format = .text

        @Option(help: ArgumentHelp("Only this owner's sections, as written in bid.yaml, e.g. 李娜.", valueName: "name"))
        var owner: String?

        func validate() throws { _ = try asOf.map(DayArgument.parse) }

        func run() throws {
            let project = try ProjectLoader.load(folder: projectOptions.project)
            let day = try asOf.map(DayArgument.parse) ?? CalendarDay(Date(), in: project.tender.deadline.zone)
            if let owner, !project.schedule.contains(where: { $0.owner == owner }) {
                let owners = project.schedule.map(\.owner).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
                throw ValidationError("no section or task is owned by '\(owner)'; owners: \(owners.joined(separator: ", "))")
            }
            let report = TaskReport(project, asOf: day, owner: owner)
            switch format {
            case .ics: FileHandle.standardOutput.write(Data(report.ics.utf8))
            case .json: Terminal.print(report.json.serialized())
            case .text: Terminal.print(report.text(color: Terminal.stdoutIsColorTerminal), colored: Terminal.stdoutIsColorTerminal)
            }
        }
    }
}
