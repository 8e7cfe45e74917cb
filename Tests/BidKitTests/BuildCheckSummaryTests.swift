import Foundation
import Testing
@testable import BidKit

/// Issue 15 item 5: a build of a bid that fails `check` says so in one line, and `--check` fails it (CI);
/// item 9: `build -v` prints each step with its duration.
@Suite("build: check summary, --check, step timings")
struct BuildCheckSummaryTests {
    private static let failing: [String: String?] = [
        "requirements.yaml": TestProject.requirementsYAML.replacingOccurrences(of: "  - {requirement: T-01, response: comply, section: letter}\n", with: ""),
    ]

    @Test func aBidThatFailsCheckIsNamedInOneLineAndStillWritten() throws {
        let p = try TestProject(Self.failing)
        let r = try CLI.run(["build", p.path, "--format", "txt", "--out", p.path + "/dist"])
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n").filter { $0.contains("fails `bidkit check`") }
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("warning: the bid fails `bidkit check` (1 error, ") == true)
        #expect(lines.first?.contains("T-01") == true)
        #expect(FileManager.default.fileExists(atPath: p.path + "/dist/" + "\(try p.assemble().project.info.id).txt"))
    }

    @Test func checkFlagFailsTheBuildAndAPassingBidSaysNothing() throws {
        let p = try TestProject(Self.failing)
        let r = try CLI.run(["build", p.path, "--format", "txt", "--out", p.path + "/dist", "--check"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: the bid fails `bidkit check`"))
        let good = try TestProject()
        let ok = try CLI.run(["build", good.path, "--format", "txt", "--out", good.path + "/dist", "--check"])
        #expect(ok.status == 0, "\(ok.stderr)")
        #expect(!ok.stderr.contains("bidkit check"))
    }

    @Test func verboseBuildPrintsEachStepWithItsDuration() throws {
        let p = try TestProject()
        let r = try CLI.run(["build", p.path, "--format", "txt", "--out", p.path + "/dist", "-v"])
        #expect(r.status == 0)
        let steps = r.stderr.split(separator: "\n").filter { $0.hasPrefix("[") && $0.hasSuffix(" ms") }
        #expect(steps.contains { $0.contains("] load ") } && steps.contains { $0.contains("] assemble: ") }
                && steps.contains { $0.contains("] check (beside the renders): ") } && steps.contains { $0.contains("render txt") })
    }
}
