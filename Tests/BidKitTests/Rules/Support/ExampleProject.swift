import BidKitTestSupport
import Foundation
@testable import BidKit

/// The example projects rules' `RuleExample`s change: the Chinese one is `TestProject`'s base, the
/// English one below is its twin (same prices, an RFP in pounds), both clean under every rule.
enum ExampleProject {
    static let englishBid = """
        project:
          id: mini-en
          name: Harbour CCTV Renewal
          language: en
          date: 2026-12-08
        tender:
          number: RFP-2026-0101
          buyer: Northfield County Council
          deadline: 2026-12-10T17:00:00+00:00
          validity_days: 90
          ceiling: 15000
          requirements: requirements.yaml
        bidder:
          name: Harborline Consulting Ltd
          legal_representative: Daniel Whitaker
          # no authorized_agent: the legal representative signs everything
          address: 1 Harbour Street, Bristol
          validity_days: 120
        pricing:
          currency: GBP
          tax_rate: 0.13
          items:
            - {name: Camera, unit: each, quantity: 10, unit_price: 1234.56, unit_cost: 900}
            - {name: Fibre cable, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17}
          stated_total: 13512.77
        parts:
          - id: commercial
            title: Commercial Proposal
            sections:
              - {id: toc, title: Contents, generate: toc, owner: Emma Clarke, due: 2026-12-01, status: done}
              - {id: letter, title: Cover Letter, source: sections/letter.md, owner: Emma Clarke, due: 2026-12-05, status: review, covers: [D-01]}
              - {id: prices, title: Price Schedule, generate: price-schedule, owner: Jordan Lee, due: 2026-12-05, status: done, covers: [D-02]}

        """

    static let englishRequirements = """
        requirements:
          - {id: D-01, kind: document, text: Cover letter signed by an authorised officer, mandatory: true}
          - {id: D-02, kind: document, text: Itemised price schedule, mandatory: true}
          - {id: T-01, kind: clause, category: technical, text: Cameras shall have an effective resolution of at least 4 MP, mandatory: true}
          - {id: T-02, kind: clause, category: technical, text: Recordings retained for no less than 90 days}
        responses:
          - {requirement: T-01, response: comply, offer: 8 MP cameras throughout, section: letter}
          - {requirement: T-02, response: positive-deviation, offer: 180 days, section: letter}

        """

    static let englishLetter = """
        To: {{tender.buyer}}

        Dear Sir or Madam,

        {{bidder.name}} offers to deliver {{project.name}} for a total price of {{pricing.total_in_words}} ({{pricing.currency}} {{pricing.total}}).

        # Commitments

        1. This proposal remains valid for {{bidder.validity_days}} days.
           - counted from the submission deadline

        ```signature
        seal: bidder
        signer: legal-representative
        date: true
        ```

        """

    static var englishFiles: [String: String] {
        ["bid.yaml": englishBid, "requirements.yaml": englishRequirements, "sections/letter.md": englishLetter]
    }

    /// The example project with `example`'s edits applied.
    static func make(_ example: RuleExample) throws -> TestProject {
        let base = example.language == .en ? englishFiles : TestProject.zhFiles
        var files: [String: String?] = base.mapValues { $0 }
        var copies: [(source: String, file: String)] = []
        for edit in example.edits {
            switch edit {
            case .replace(let file, let old, let new):
                let text = files[file].flatMap { $0 } ?? ""
                guard let range = text.range(of: old) else { throw ExampleError("\(example): '\(old)' is not in \(file)") }
                files[file] = text.replacingCharacters(in: range, with: new)
            case .append(let file, let text):
                files[file] = (files[file].flatMap { $0 } ?? "") + text
            case .write(let file, let content):
                files[file] = content
            case .copy(let source, let file):
                copies.append((source, file))
            }
        }
        let project = try TestProject(files, base: [:])
        for copy in copies {
            try project.writeBytes(copy.file, [UInt8](try Data(contentsOf: URL(fileURLWithPath: TestPaths.packageRoot + "/" + copy.source))))
        }
        return project
    }

    /// The findings of `rule` (not counting notes) on the example project changed by `example`.
    static func findings(of rule: String, _ example: RuleExample) throws -> [Finding] {
        let project = try make(example)
        return Checker.check(try project.assembleForCheck(), asOf: TestProject.checkDay).findings
            .filter { $0.rule == rule && $0.severity != .info }
    }

    struct ExampleError: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

extension TestProject {
    /// Loaded and assembled the way `bidkit check` does it.
    func assembleForCheck() throws -> AssembledBid { Assembler.assemble(try ProjectLoader.loadCollecting(folder: path)) }
}

/// The findings of `rule` on the Chinese test project with `overrides` (path → content; nil removes).
func findings(_ overrides: [String: String?] = [:], rule: String, base: [String: String] = TestProject.zhFiles) throws -> [Finding] {
    Checker.check(try TestProject(overrides, base: base).assembleForCheck(), asOf: TestProject.checkDay).findings.filter { $0.rule == rule }
}

/// The findings of `rule` for one example.
func findings(_ example: RuleExample, rule: String) throws -> [Finding] { try ExampleProject.findings(of: rule, example) }

extension Finding {
    /// The finding's English wording, whatever the project's language: the rule tests assert a rule's
    /// logic (figures, names, places) in one wording; `RuleLanguageTests` asserts the language chosen.
    var english: String { localized(.en).message }
}
