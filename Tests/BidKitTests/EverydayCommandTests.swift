import Foundation
import BidKitTestSupport
import Testing
@testable import BidKit

/// Issue 15 items 8, 9 and 11: the command line as a new user meets it.
@Suite("Everyday commands: tasks, option validation, the project argument")
struct EverydayCommandTests {
    @Test func tasksSayDaysInWordsShowRolesAndFilterByOwner() throws {
        #expect(TaskReport.distance(1) == "1 day left")
        #expect(TaskReport.distance(3) == "3 days left")
        #expect(TaskReport.distance(0) == "due today")
        #expect(TaskReport.distance(-1) == "deadline passed 1 day ago")
        let p = try TestProject()
        let r = try CLI.run(["tasks", p.path, "--as-of", "2026-12-01", "--owner", "张伟"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("Role"))
        #expect(r.stdout.contains("目录") && !r.stdout.contains("投标函"))
        let unknown = try CLI.run(["tasks", p.path, "--owner", "张三"])
        #expect(unknown.status != 0 && unknown.stderr.contains("owners: 张伟, 李娜"))
    }

    @Test func tasksAsACalendar() throws {
        let p = try TestProject()
        let r = try CLI.run(["tasks", p.path, "--as-of", "2026-12-01", "--format", "ics"])
        #expect(r.status == 0)
        let lines = r.stdout.components(separatedBy: "\r\n")
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.contains("END:VCALENDAR"))
        // The open section (letter, due 2026-12-05) and the deadline; the done ones are not events.
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.contains("DTSTART;VALUE=DATE:20261205") && lines.contains("DTEND;VALUE=DATE:20261206"))
        #expect(lines.contains { $0.hasPrefix("UID:") && $0.hasSuffix("-letter@bidkit") })
        #expect(lines.allSatisfy { $0.utf8.count <= 75 })
        #expect(TaskReport.escaped("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
        #expect(try CLI.run(["tasks", p.path, "--as-of", "2026-12-01", "--format", "ics"]).stdout == r.stdout)
    }

    @Test func aBadAsOfPrintsTheSubcommandsUsage() throws {
        let p = try TestProject()
        for command in ["check", "tasks"] {
            let r = try CLI.run([command, p.path, "--as-of", "22/12/2026"])
            #expect(r.status == 64 || r.status == 2 || r.status == 1)
            #expect(r.stderr.hasPrefix("error: --as-of expects a date yyyy-MM-dd"), "\(r.stderr)")
            #expect(r.stderr.contains("Usage: bidkit \(command)"), "\(r.stderr)")
        }
    }

    @Test func theProjectArgumentMayNameBidYAMLAndAMissingFolderIsSaidPlainly() throws {
        let p = try TestProject()
        let r = try CLI.run(["check", p.path + "/bid.yaml", "--as-of", "2026-12-01"])
        #expect(r.status == 0, "\(r.stderr)")
        let missing = try CLI.run(["check", p.path + "/nonexist"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no such folder '\(p.path)/nonexist'"))
        #expect(!missing.stderr.contains("no bid.yaml"))
    }

    @Test func anUnknownReportFormatIsRefusedBeforeTheCheckRuns() throws {
        let p = try TestProject()
        let r = try CLI.run(["check", p.path, "--as-of", "2026-12-01", "--report", p.path + "/r", "--report-format", "odt"])
        #expect(r.status != 0)
        #expect(!r.stdout.contains("requirements covered"))  // no findings printed: the check did not run
    }

    // MARK: item 14 — completions that complete values

    @Test func completionsOfferTemplatesFormatsVolumesAndFolders() throws {
        let script = try CLI.run(["--generate-completion-script", "bash"]).stdout
        for option in ["init -- --template", "build -- --format", "build -- --volume", "check -- --report-format"] {
            #expect(script.contains("---completion \(option)"), "\(option)")
        }
        #expect(script.contains("__bidkit_add_completions -d"))  // folders for <project>, --out, --plugin-path
        #expect(script.contains("'!*.@(docx|pdf|xlsx|html)'"))   // files for --rendered
        let templates = try CLI.run(["---completion", "init", "--", "--template", "3", "0", "bidkit", "init", "x", "--template", ""])
        #expect(Set(templates.stdout.split(separator: "\n").map(String.init)).isSuperset(of: ["cn-goods", "en-proposal"]))
        let formats = try CLI.run(["---completion", "build", "--", "--format", "2", "4", "bidkit", "build", "--format", "txt,"])
        #expect(formats.stdout.split(separator: "\n").contains("txt,docx"))
        let p = try TestProject()
        let volumes = try CLI.run(["---completion", "build", "--", "--part", "3", "0", "bidkit", "build", p.path, "--part", ""])
        #expect(volumes.stdout.split(separator: "\n").contains("commercial"), "\(volumes.output)")
    }

    // MARK: item 10 — price shows what it counts

    @Test func pricePrintsItsLinesAndFlagsAWrongAmount() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "amount: 1167.17", with: "amount: 1167.00")])
        let r = try CLI.run(["price", p.path])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("摄像机") && $0.contains("12,345.60") && !$0.contains("≠") })
        #expect(lines.contains { $0.contains("光缆") && $0.contains("1,167.17") && $0.contains("stated 1,167.00 ≠ quantity × unit price") })
        #expect(r.stdout.contains("1 line with an amount that is not quantity × unit price"))
        let json = try CLI.run(["price", p.path, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let items = try #require(object["lines"] as? [[String: Any]])
        #expect(items.map { $0["amount"] as? String } == ["12345.60", "1167.17"])
        #expect(items.map { $0["amount_matches"] as? Bool } == [true, false])
        #expect(items.last?["quantity"] as? String == "350.5" && items.last?["stated_amount"] as? String == "1167")
        #expect(object["subtotal"] as? String == "13512.77" && object["tax_rate"] as? String == "0.13")
        #expect(object["ceiling"] is NSNull || object["ceiling"] is String)
    }

    @Test func priceShowsTheFirstLinesUnlessAskedForAll() throws {
        let items = (1...25).map { "    - {name: 设备\($0), unit: 台, quantity: 1, unit_price: 10}" }.joined(separator: "\n")
        let yaml = TestProject.bid(replacing: "    - {name: 摄像机, unit: 台, quantity: 10, unit_price: 1234.56, unit_cost: 900}\n", with: items + "\n")
            .replacingOccurrences(of: "    - {name: 光缆, unit: m, quantity: 350.5, unit_price: 3.33, amount: 1167.17}\n", with: "")
            .replacingOccurrences(of: "stated_total: 13512.77", with: "stated_total: 282.50")
        let p = try TestProject(["bid.yaml": yaml])
        let short = try CLI.run(["price", p.path])
        #expect(short.status == 0, "\(short.stderr)")
        #expect(short.stdout.contains("设备20 ") && !short.stdout.contains("设备21 ") && short.stdout.contains("… 5 more lines (--lines shows every line)"))
        let all = try CLI.run(["price", p.path, "--lines"])
        #expect(all.stdout.contains("设备25 ") && !all.stdout.contains("more lines"))
    }

    // MARK: item 9 — where a build writes

    @Test func outputGoesToDistInsideTheProjectOrToStandardOutput() throws {
        let p = try TestProject()
        let elsewhere = try TemporaryDirectory()
        let r = try Subprocess.run([try CLI.executable(), "build", p.path, "--format", "txt"], in: elsewhere.path,
                                   environment: ["NO_COLOR": "1", "BIDKIT_PLUGIN_PATH": ""], timeout: 120)
        #expect(r.status == 0, "\(r.output)")
        let id = try p.assemble().project.info.id
        let file = p.path + "/dist/\(id).txt"
        #expect(r.stdout.contains("wrote \(file)"))
        let written = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: elsewhere.path)) ?? []).isEmpty)
        let piped = try CLI.run(["build", p.path, "--format", "txt", "-o", "-"])
        #expect(piped.status == 0)
        #expect(Data(piped.stdout.utf8) == written)
        let two = try CLI.run(["build", p.path, "--format", "txt,html", "-o", "-"])
        #expect(two.status != 0 && two.stderr.contains("-o - writes one format") && two.stderr.contains("Usage: bidkit build"))
    }

    // MARK: item 7 — every independent bid.yaml error in one run

    @Test func everyBlockOfBidYAMLReportsItsErrorInOneRunInFileOrder() throws {
        let yaml = TestProject.bid(replacing: "validity_days: 90", with: "validity_days: ninety")
            .replacingOccurrences(of: "unit_price: 3.33, amount", with: "unit_price: 3.3x, amount")
            .replacingOccurrences(of: "owner: 张伟, due: 2026-12-01", with: "owner: 张伟, due: 2026-13-01")
        let p = try TestProject(["bid.yaml": yaml])
        for command in ["build", "price", "tasks"] {
            let r = try CLI.run([command, p.path] + (command == "build" ? ["--out", p.path + "/out"] : []))
            #expect(r.status == 2)
            let errors = r.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
            #expect(errors.count == 3, "\(command): \(r.stderr)")
            #expect(errors.first?.contains("tender.validity_days") == true && errors.last?.contains("'due' in section 'toc'") == true)
        }
    }
}
