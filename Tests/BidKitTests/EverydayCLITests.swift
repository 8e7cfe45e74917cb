import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Issue 15, items 5–14: the command-line frictions a new user meets in the first hour.
@Suite("Everyday use of the command line")
struct EverydayCLITests {
    // MARK: item 6 — renderer options are declared, checked and listed

    @Test func anUnknownOptionIsAUsageErrorWithADidYouMean() throws {
        let p = try TestProject()
        let out = p.root.appendingPathComponent("dist").path
        let typo = try CLI.run(["build", p.path, "--format", "txt", "--out", out, "--option", "widht=60"])
        #expect(typo.status == 2, "\(typo.output)")
        #expect(typo.stderr.contains("error: unknown renderer option 'widht' for txt; did you mean 'width'?"))
        #expect(!FileManager.default.fileExists(atPath: out + "/mini.txt"))
        let illTyped = try CLI.run(["build", p.path, "--format", "txt", "--out", out, "--option", "width=wide"])
        #expect(illTyped.status == 2)
        #expect(illTyped.stderr.contains("--option width=wide: option width expects whole number, got 'wide'"))
        let ok = try CLI.run(["build", p.path, "--format", "txt", "--out", out, "--option", "width=60"])
        #expect(ok.status == 0, "\(ok.output)")
    }

    @Test func pluginsListsTheOptionsEachRendererReads() throws {
        let r = try CLI.run(["plugins"])
        #expect(r.stdout.contains("width (whole number): line width in columns"))
        #expect(r.stdout.contains("images (inline | external)"))
    }

    // MARK: item 13 — discovery says where to look when nothing is found

    @Test func pluginsAndTemplatesExitNonZeroWithAHintWhenTheyFindNone() throws {
        let tmp = try TemporaryDirectory()
        let lonely = tmp.path + "/bidkit"
        try FileManager.default.copyItem(atPath: try CLI.executable(), toPath: lonely)
        let plugins = try CLI.run(["plugins"], executable: lonely)
        #expect(plugins.status == 1)
        #expect(plugins.stderr.contains("no renderer plugins found") && plugins.stderr.contains("--plugin-path"))
        let templates = try CLI.run(["templates"], environment: ["BIDKIT_TEMPLATE_PATH": ""], executable: lonely)
        #expect(templates.status == 1)
        #expect(templates.stderr.contains("no templates found") && templates.stderr.contains("PREFIX/share/bidkit/templates"))
    }

    // MARK: item 8 — messages in the user's words

    @Test func didYouMeanOffersEveryEquallyCloseCandidate() {
        #expect(DidYouMean.hint(for: "D-11", among: ["D-01", "D-10", "T-01"]) == "; did you mean 'D-01' or 'D-10'?")
        #expect(DidYouMean.hint(for: "cieling", among: ["ceiling", "bid_bond"]) == "; did you mean 'ceiling'?")
        #expect(DidYouMean.alternatives(["a", "b", "c"]) == "'a', 'b' or 'c'")
    }

    @Test func yamlMessagesSayTextAndNameTheSection() throws {
        let type = try TestProject(["bid.yaml": TestProject.bid(replacing: "  buyer: 某供电公司", with: "  buyer: {name: 某供电公司}")
            .replacingOccurrences(of: "  number: ZB-1", with: "  number: [ZB-1]")])
        let e = try #require(loadError { _ = try type.load() })
        #expect(e.message == "expected a text value for 'tender.number', found a list")
        let due = try TestProject(["bid.yaml": TestProject.bid(replacing: "owner: 李娜, due: 2026-12-05, status: review",
                                                                 with: "owner: 李娜, due: 12 月 5 日, status: review")])
        let d = try #require(loadError { _ = try due.load() })
        #expect(d.message == "expected a date yyyy-MM-dd for 'due' in section 'letter', found the text '12 月 5 日'")
        let missing = try TestProject(["bid.yaml": TestProject.bid(replacing: "owner: 李娜, due: 2026-12-05, status: review, covers",
                                                                     with: "owner: 李娜, due: 2026-12-05, covers")])
        #expect(loadError { _ = try missing.load() }?.message == "missing required key 'status' in section 'letter'")
    }
}
