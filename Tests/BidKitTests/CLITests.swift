import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

@Suite("bidkit command line")
struct CLITests {
    @Test func checkExitsZeroOnACleanProject() throws {
        let p = try TestProject()
        let r = try CLI.run(["check", p.path, "--as-of", "2026-12-01"])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stdout.contains("0 个错误、0 个警告"), "\(r.stdout)")  // the Chinese test project's counts
    }

    @Test func missingStarResponseExitsOneAndJSONNamesIt() throws {
        let req = TestProject.requirementsYAML.replacingOccurrences(of: "  - {requirement: T-01, response: comply, section: letter}\n", with: "")
        let p = try TestProject(["requirements.yaml": req])
        let r = try CLI.run(["check", p.path, "--format", "json", "--as-of", "2026-12-01"])
        #expect(r.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.contains { $0["requirement"] as? String == "T-01" && $0["rule"] as? String == "mandatory-clauses" })
    }

    @Test(arguments: [
        ("yaml", "  buyer: [某供电公司"),
        ("type", "  validity_days: ninety"),
        ("markdown", "source: sections/missing.md"),
    ])
    func unusableInputPrintsLocationExitsTwoAndWritesNothing(_ c: (String, String)) throws {
        let replaced: String
        switch c.0 {
        case "yaml": replaced = "  buyer: 某供电公司"
        case "type": replaced = "  validity_days: 90"
        default: replaced = "source: sections/letter.md"
        }
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: replaced, with: c.1)])
        let out = p.root.appendingPathComponent("dist").path
        for command in [["build", p.path, "--format", "txt", "--out", out], ["check", p.path], ["tasks", p.path], ["price", p.path]] {
            let r = try CLI.run(command)
            if c.0 == "markdown", command[0] == "check" {
                // A missing section file is recoverable: check reports it as a finding and goes on (issue 10 item 8).
                #expect(r.status == 1 && r.stdout.range(of: #"bid\.yaml:\d+:\d+: error: Markdown file .* \[load\]"#, options: .regularExpression) != nil,
                        "\(r.output)")
                continue
            }
            #expect(r.status == 2, "\(command): \(r.output)")
            let firstLine = r.stderr.split(separator: "\n").first.map(String.init) ?? ""
            #expect(firstLine.range(of: #"bid\.yaml:\d+:\d+: error: "#, options: .regularExpression) != nil, "\(firstLine)")
        }
        #expect(!FileManager.default.fileExists(atPath: out + "/mini.txt"))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []).isEmpty)
    }

    @Test func buildWritesTheTextFileDeterministically() throws {
        let p = try TestProject()
        let out = p.root.appendingPathComponent("dist").path
        let first = try CLI.run(["build", p.path, "--format", "txt", "--out", out])
        #expect(first.status == 0, "\(first.output)")
        let a = try Data(contentsOf: URL(fileURLWithPath: out + "/mini.txt"))
        #expect(String(decoding: a, as: UTF8.self).contains("投标函"))
        try CLI.run(["build", p.path, "--format", "txt", "--out", out])
        #expect(try Data(contentsOf: URL(fileURLWithPath: out + "/mini.txt")) == a)
        // No temporary files left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: out) == ["mini.txt"])
    }

    @Test func externalImagesAreWrittenBesideTheHTML() throws {
        let p = try TestProject(["sections/letter.md": "![拓扑](../images/topo.png)\n"])
        try p.writeBytes("images/topo.png", pngBytes())
        let out = p.path + "/dist"
        let r = try CLI.run(["build", p.path, "--format", "html", "--out", out, "--option", "images=external"])
        #expect(r.status == 0, "\(r.output)")
        #expect(FileManager.default.contents(atPath: out + "/mini_files/images/topo.png") == Data(pngBytes()))
        let html = try String(contentsOfFile: out + "/mini.html", encoding: .utf8)
        #expect(html.contains("src=\"mini_files/images/topo.png\""))
    }

    @Test func buildFindsACompanyTemplatesStylingThroughTemplatePath() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "  language: zh", with: "  language: zh\n  template: acme")])
        let templates = try TemporaryDirectory()
        let html = try templates.subdirectory("acme/html")
        try "body { color: #0a0b0c; }".write(toFile: html + "/style.css", atomically: true, encoding: .utf8)
        let out = p.path + "/dist"
        let r = try CLI.run(["build", p.path, "--format", "html", "--out", out, "--template-path", templates.path])
        #expect(r.status == 0, "\(r.output)")
        #expect(try String(contentsOfFile: out + "/mini.html", encoding: .utf8).contains("body { color: #0a0b0c; }"))
        // Without the path the template is not found and the built-in style is used.
        let fallback = try CLI.run(["build", p.path, "--format", "html", "--out", out])
        #expect(fallback.status == 0)
        #expect(fallback.stderr.contains("warning: template 'acme' not found on the template path"))
        #expect(try !String(contentsOfFile: out + "/mini.html", encoding: .utf8).contains("#0a0b0c"))
    }

    @Test func unknownFormatNamesTheAvailableOnes() throws {
        let p = try TestProject()
        let r = try CLI.run(["build", p.path, "--format", "odt", "--out", p.path + "/dist"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("no renderer for format 'odt'"))
        #expect(r.stderr.contains("available formats: "))
        #expect(r.stderr.contains("model-json") && r.stderr.contains("txt"))
    }

    @Test func withoutThePluginFolderBuildFailsNamingTheSearchPath() throws {
        // A copy of the executable in an empty folder: its default plugin location holds nothing.
        let tmp = try TemporaryDirectory()
        let lonely = tmp.path + "/bidkit"
        try FileManager.default.copyItem(atPath: try CLI.executable(), toPath: lonely)
        let p = try TestProject()
        let r = try CLI.run(["build", p.path, "--format", "txt", "--out", tmp.path + "/dist"], executable: lonely)
        #expect(r.status == 2)
        #expect(r.stderr.contains("no renderer for format 'txt'"))
        #expect(r.stderr.contains("plugin search path: \(tmp.path)"))
        // … and naming the folder on the command line brings the renderer back.
        let pluginDir = (try CLI.executable() as NSString).deletingLastPathComponent
        let ok = try CLI.run(["build", p.path, "--format", "txt", "--out", tmp.path + "/dist", "--plugin-path", pluginDir], executable: lonely)
        #expect(ok.status == 0, "\(ok.output)")
        let viaEnv = try CLI.run(["build", p.path, "--format", "txt", "--out", tmp.path + "/dist2"],
                                 environment: ["BIDKIT_PLUGIN_PATH": pluginDir], executable: lonely)
        #expect(viaEnv.status == 0, "\(viaEnv.output)")
    }

    @Test func theExecutableLinksNoRenderer() throws {
        let r = try Subprocess.run(["ldd", try CLI.executable()], timeout: 30)
        #expect(r.status == 0)
        #expect(!r.stdout.contains("Renderer"))
        #expect(!r.stdout.lowercased().contains("bidkit"))
    }

    @Test func pluginsListsTheTextRenderer() throws {
        let r = try CLI.run(["plugins"])
        #expect(r.status == 0, "\(r.output)")
        #expect(r.stdout.contains("text 0.1.0") || r.stdout.contains("text "))
        #expect(r.stdout.contains("txt (.txt)"))
        #expect(r.stdout.contains("libBidKitTextRenderer.so"))
    }

    @Test func pluginsReportsWhatFailedAndWhy() throws {
        let tmp = try TemporaryDirectory()
        try Data("not an ELF file".utf8).write(to: URL(fileURLWithPath: tmp.path + "/libBroken.so"))
        let r = try CLI.run(["plugins", "--plugin-path", tmp.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("libBroken.so"))
        #expect(r.stdout.contains("Failed to load (1)"))
    }

    @Test func priceSummaryInTextAndJSON() throws {
        let p = try TestProject()
        let text = try CLI.run(["price", p.path])
        #expect(text.status == 0)
        #expect(text.stdout.contains("13,512.77"))
        #expect(text.stdout.contains("人民币壹万叁仟伍佰壹拾贰元柒角柒分"))
        let json = try CLI.run(["price", p.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["total"] as? String == "13512.77")  // money as an exact decimal string (issue 15 item 10)
        #expect(object["total_in_words"] as? String == "人民币壹万叁仟伍佰壹拾贰元柒角柒分")
        #expect(object["line_count"] as? Int == 2 && (object["lines"] as? [Any])?.count == 2)
    }

    @Test func tasksFlagsOverdueRowsAsOfADay() throws {
        let p = try TestProject()
        let before = try CLI.run(["tasks", p.path, "--as-of", "2026-12-04"])
        #expect(before.status == 0)
        #expect(!before.stdout.contains("OVERDUE"))
        let after = try CLI.run(["tasks", p.path, "--as-of", "2026-12-06"])
        let flagged = after.stdout.split(separator: "\n").filter { $0.contains("OVERDUE") }
        #expect(flagged.count == 1 && flagged.first?.contains("投标函") == true)
        let json = try CLI.run(["tasks", p.path, "--as-of", "2026-12-06", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let tasks = try #require(object["tasks"] as? [[String: Any]])
        #expect(tasks.filter { $0["overdue"] as? Bool == true }.map { $0["section"] as? String } == ["letter"])
        #expect(try CLI.run(["tasks", p.path, "--as-of", "6 Dec"]).status == 2)
    }

    @Test func checkVerboseTimesEachStep() throws {
        let p = try TestProject()
        let r = try CLI.run(["check", p.path, "--as-of", "2026-12-01", "--verbose"])
        #expect(r.status == 0)
        for step in ["load", "assemble", "check"] {
            #expect(r.stderr.range(of: "\(step)[^\n]*: [0-9.]+ ms", options: .regularExpression) != nil, "\(r.stderr)")
        }
    }

    @Test(arguments: ["build", "check", "tasks", "price", "plugins"])
    func everyCommandHasHelp(_ command: String) throws {
        let r = try CLI.run([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: bidkit \(command)"))
    }
}
