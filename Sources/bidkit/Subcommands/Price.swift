import ArgumentParser
import BidKit

extension BidKitCommand {
    struct Price: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the price summary: lines, subtotal, discount, tax, total, total in words, cost and margin.")

        @OptionGroup var projectOptions: ProjectOptions

        @Option(name: .shortAndLong, help: "Output format.")
        var format: ReportFormat = .text

        func run() throws {
            let project = try ProjectLoader.load(folder: projectOptions.project)
            let prices = PriceSummary(project.pricing)
            switch format {
            case .json: Terminal.print(prices.json(language: project.language).serialized())
            case .text: Terminal.print(prices.text(language: project.language, ceiling: project.tender.ceiling))
            }
        }
    }
}
