import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct TenderAmend: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "amend", abstract: "Apply a clarification / amendment notice (澄清/修改) to a project.")
        @Argument(help: "The project folder.") var project: String
        @Argument(help: "The amendment document (.docx or .pdf).") var addendum: String
        func run() throws {}
    }

    struct TenderDiff: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "diff", abstract: "Print the difference between two tender documents or two requirements files.")
        @Argument(help: "The older tender (.docx, .pdf) or requirements file (.yaml).") var old: String
        @Argument(help: "The newer one.") var new: String
        func run() throws {}
    }
}
