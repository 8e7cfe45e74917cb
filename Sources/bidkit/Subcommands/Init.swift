import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Start a bid project from a template: task breakdown, boilerplate sections, starter requirements and price list.",
            discussion: """
                Writes DIR (new or empty) in one step: nothing is left behind when it fails. Without --deadline the \
                template's default applies (cn templates: 14 days from today at 09:30 +08:00; en-proposal: 14 days \
                from today at 17:00 local time). Section due days count back from the deadline's day and never fall \
                before today; the bid's date is two days before the deadline's day. Values not given become TODO \
                markers that `bidkit check` lists with file and line. Exit status 2 on a non-empty DIR or an unusable template.
                """)

        @Argument(help: "The folder to create (must not exist or be empty).", completion: .directory)
        var directory: String

        @Option(name: .long, help: ArgumentHelp("The template (see `bidkit templates`), e.g. cn-goods, cn-works, en-proposal.", valueName: "name"), completion: ValueCompletions.templates)
        var template: String

        @Option(help: ArgumentHelp("The tender (招标) number.", valueName: "text"))
        var tenderNumber: String?

        @Option(help: ArgumentHelp("The buyer (招标人).", valueName: "text"))
        var buyer: String?

        @Option(help: ArgumentHelp("Submission deadline: ISO 8601 with a UTC offset (2026-12-10T09:30:00+08:00), or a date taking the template's time.", valueName: "date-time"))
        var deadline: String?

        @Option(help: ArgumentHelp("The project name as the tender documents give it.", valueName: "text"))
        var projectName: String?

        @Option(help: ArgumentHelp("The bidder's full name.", valueName: "text"))
        var bidder: String?

        @Option(help: ArgumentHelp("Project id (names the output files); default from DIR.", valueName: "id"))
        var id: String?

        @Option(name: .customLong("owner"), help: ArgumentHelp("Owner of a role's sections, role=name (repeatable), e.g. sales-assistant=李娜.", valueName: "role=name"))
        var owners: [String] = []

        @Option(help: ArgumentHelp("The day the project starts (yyyy-MM-dd); default today in the deadline's time zone.", valueName: "date"))
        var asOf: String?

        @Option(help: ArgumentHelp("A tender document (.docx, .pdf): its requirements become the project's, its facts fill bid.yaml, and each required document gets a section.", valueName: "tender"), completion: .file(extensions: ["docx", "pdf"]))
        var fromTender: String?

        @OptionGroup var templateOptions: TemplatePathOptions

        func validate() throws { _ = try asOf.map(DayArgument.parse) }

        func run() throws {
            var ownerMap: [String: String] = [:]
            for pair in owners {
                guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex, pair.index(after: eq) != pair.endIndex else {
                    throw ValidationError("--owner expects role=name, got '\(pair)'")
                }
                ownerMap[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
            }
            let request = InitRequest(
                directory: directory, template: template, projectID: id, projectName: projectName, tenderNumber: tenderNumber,
                buyer: buyer, bidder: bidder, deadline: deadline, owners: ownerMap, startDay: try asOf.map(DayArgument.parse),
                fromTender: fromTender)
            let result = try ProjectInitializer(catalog: templateOptions.makeCatalog()).run(request)
            let t = result.template
            Terminal.print("""
                created \(result.directory) from template \(t.name) (\(t.folder))
                  deadline \(result.schedule.deadline.iso), bid date \(result.schedule.projectDate), \(t.sections.count) sections, \(result.files.count) files
                next:
                  bidkit tasks \(result.directory)    who writes what by when
                  bidkit check \(result.directory)    every TODO still to fill in, with file and line
                """)
        }
    }
}
