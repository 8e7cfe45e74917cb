import ArgumentParser
import BidKit

extension BidKitCommand {
    struct Price: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the price summary: lines, subtotal, discount, tax, total, total in words, cost and margin.")

        @OptionGroup var projectOptions: ProjectOptions

        @Option(name: .shortAndLong, help: "Output format: text, or json (money as exact decimal strings, with every line, the ceiling and the words).")
        var format: ReportFormat = .text

        @Flag(help: "Print every price line (by default the first \(Self.shownLines) and any whose amount is wrong).")
        var lines = false

        static let shownLines = 20

        func run() throws {
            let project = try ProjectLoader.load(folder: projectOptions.project)
            let prices = PriceSummary(project.pricing)
            switch format {
            case .json: Terminal.print(prices.json(language: project.language, ceiling: project.tender.ceiling).serialized())
            case .text:
                Terminal.print(prices.linesText(limit: lines ? nil : Self.shownLines) + "\n")
                Terminal.print(prices.text(language: project.language, ceiling: project.tender.ceiling))
            }
        }
    }
}
