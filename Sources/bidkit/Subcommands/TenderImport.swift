import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct TenderImport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Draft the requirements file and the tender facts from a tender document (.docx, or .pdf with poppler).",
            discussion: """
                Writes requirements.yaml (BidKit's format, each entry under a comment with its place and quoted text) \
                and tender-import.yaml (the facts for bid.yaml's tender: block, sources, the scoring table, what \
                could not be classified). A requirements file edited since the last import is never overwritten: the \
                draft goes beside it as requirements.draft.yaml. Exit status 2 on an unreadable tender.
                """)

        @Argument(help: "The tender document (.docx or .pdf).", completion: .file(extensions: ["docx", "pdf"]))
        var tender: String

        @Option(help: ArgumentHelp("An existing project to import into (its requirements file, as bid.yaml names it).", valueName: "project"), completion: .directory)
        var into: String?

        @Option(help: ArgumentHelp("The folder to write into when not --into a project (default: the current folder).", valueName: "dir"), completion: .directory)
        var out: String?

        @Flag(help: "The document is a clarification / amendment notice: apply it to the --into project (as `tender amend` does).")
        var amend = false

        func run() throws {
            if amend {
                guard let into else { throw ValidationError("--amend needs --into PROJECT, the project the notice applies to") }
                return try TenderAmend.amend(into, with: tender)
            }
            let document = try TenderReader.read(tender)
            let result = TenderImporter.importTender(document)
            let folder = into ?? out ?? "."
            let requirementsFile = into.flatMap(TenderProjectFiles.requirementsFile(of:)) ?? "requirements.yaml"
            let project = into
            let outcomes = try TenderFiles.write(result, sourceName: (tender as NSString).lastPathComponent, into: folder,
                                                 requirementsFile: requirementsFile,
                                                 verify: project.map { p in { _ = try ProjectLoader.load(folder: p) } })
            Terminal.print(TenderSummary.text(result))
            for outcome in outcomes {
                switch outcome {
                case .written(let path): Terminal.error("wrote \(path)")
                case .unchanged(let path): Terminal.error("\(path) is unchanged")
                case .draftBeside(let kept, let draft):
                    Terminal.error("\(kept) was edited since the last import and is kept; the new draft is \(draft) — compare them with: bidkit tender diff \(kept) \(draft)")
                }
            }
        }
    }
}
