import ArgumentParser
import BidKit
import Foundation

extension BidKitCommand {
    struct TenderAmend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "amend",
            abstract: "Apply a clarification / amendment notice (澄清/修改, addendum) to a project.",
            discussion: """
                Changes, adds and removes the requirements the notice names, sets the facts it changes (deadline, \
                ceiling, bid bond, validity) in bid.yaml, prints the difference, and sets every section that covers \
                a changed requirement (or is named by a response to one) and each such response back to review. \
                Comments and layout of both files are kept; if the project would not load afterwards nothing is changed.
                """)

        @Argument(help: "The project folder.", completion: .directory)
        var project: String

        @Argument(help: "The amendment notice (.docx, or .pdf with poppler).", completion: .file(extensions: ["docx", "pdf"]))
        var addendum: String

        func run() throws { try Self.amend(project, with: addendum) }

        /// Also `tender import NOTICE --amend --into PROJECT`.
        static func amend(_ project: String, with addendum: String) throws {
            let notice = AmendmentReader.read(try TenderReader.read(addendum))
            guard !notice.changes.isEmpty else {
                throw UsageError("\(addendum): no change found that bidkit can apply (clause changed / added / removed, deadline, ceiling, bid bond, validity)")
            }
            let report = try AmendmentApplier.apply(notice.changes, to: project)
            var out = "\(addendum): \(report.changes.count) change\(report.changes.count == 1 ? "" : "s")\n"
            for c in report.changes { out += "  \(c.line)\n" }
            for (c, why) in report.skipped { out += "  not applied: \(c.line) — \(why)\n" }
            for u in notice.unread { out += "  not understood (\(u.place.label)): \(u.text)\n" }
            if !report.sections.isEmpty {
                out += "back to review:\n"
                for s in report.sections { out += "  section \(s.id) \(s.title) (\(s.owner), was \(s.was.rawValue))\n" }
                for r in report.responses { out += "  response to \(r)\n" }
            }
            Terminal.print(String(out.dropLast()))
            for f in report.files { Terminal.error("updated \(f)") }
        }
    }
}
