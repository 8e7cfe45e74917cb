import Testing
@testable import BidKit

/// Runs every rule's declared examples (SwiftLint's pattern): each triggering example makes the rule
/// report at least one finding, each non-triggering one none — on the example project of its language.
@Suite("Rule examples")
struct RuleExamplesTests {
    static let triggering = Checker.rules.flatMap { rule in rule.triggering.map { RuleCase(rule: rule.id, example: $0) } }
    static let nonTriggering = Checker.rules.flatMap { rule in rule.nonTriggering.map { RuleCase(rule: rule.id, example: $0) } }

    @Test func theExampleProjectsAreCleanUnderEveryRule() throws {
        for language in Language.allCases {
            let project = try ExampleProject.make(RuleExample(language, "base", edits: []))
            let report = Checker.check(try project.assembleForCheck(), asOf: TestProject.checkDay)
            #expect(report.findings.isEmpty, "[\(language)] \(report.findings.map { "\($0.rule): \($0.message)" })")
        }
    }

    @Test func everyRuleDeclaresExamplesBothWays() {
        for rule in Checker.rules {
            #expect(!rule.triggering.isEmpty, "\(rule.id) has no triggering example")
            #expect(!rule.nonTriggering.isEmpty, "\(rule.id) has no non-triggering example")
        }
    }

    @Test(arguments: triggering)
    func triggers(_ c: RuleCase) throws {
        #expect(!(try ExampleProject.findings(of: c.rule, c.example)).isEmpty, "\(c) reported nothing")
    }

    @Test(arguments: nonTriggering)
    func doesNotTrigger(_ c: RuleCase) throws {
        let found = try ExampleProject.findings(of: c.rule, c.example)
        #expect(found.isEmpty, "\(c): \(found.map(\.message))")
    }
}

struct RuleCase: Sendable, CustomStringConvertible {
    var rule: String
    var example: RuleExample
    var description: String { "\(rule) \(example)" }
}
