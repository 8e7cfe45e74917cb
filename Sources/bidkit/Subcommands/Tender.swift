import ArgumentParser

extension BidKitCommand {
    /// `bidkit tender import | amend | diff`: the buyer's tender document as BidKit requirements.
    struct Tender: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a tender's requirements, apply its amendments, compare two versions.",
            subcommands: [TenderImport.self, TenderAmend.self, TenderDiff.self])
    }
}
