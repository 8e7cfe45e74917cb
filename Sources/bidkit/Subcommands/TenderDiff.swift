import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct TenderDiff: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "diff",
            abstract: "Print the difference between two tender documents or two requirements files, without applying it.",
            discussion: "Lines: + added, - removed, ~ changed (requirements by id, then the tender facts). Exit status 0 either way.")

        @Argument(help: "The older tender (.docx, .pdf) or requirements file (.yaml).", completion: .file(extensions: ["docx", "pdf", "yaml"]))
        var old: String

        @Argument(help: "The newer one.", completion: .file(extensions: ["docx", "pdf", "yaml"]))
        var new: String

        func run() throws {
            let changes = BidKit.TenderDiff.changes(from: try load(old), to: try load(new))
            Terminal.print(changes.isEmpty ? "no differences" : changes.map(\.line).joined(separator: "\n"))
        }

        private func load(_ path: String) throws -> BidKit.TenderImport {
            let ext = (path as NSString).pathExtension.lowercased()
            if ext == "yaml" || ext == "yml" { return try BidKit.TenderDiff.requirementsFile(path) }
            return TenderImporter.importTender(try TenderReader.read(path))
        }
    }
}
