import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Shared by the template tests: the shipped templates, a fixed start day and the CLI runs.
enum TemplateFixture {
    static let shipped = ["cn-goods", "cn-works", "en-proposal"]
    static let root = TestPaths.packageRoot + "/Templates"
    /// The day every test project starts on: results never depend on today.
    static let startDay = "2026-11-23"
    static let start = CalendarDay(year: 2026, month: 11, day: 23)

    /// `bidkit init` with the user's own template path cleared.
    @discardableResult
    static func initProject(_ dir: String, template: String, _ extra: [String] = [],
                            environment: [String: String] = [:]) throws -> Subprocess.Outcome {
        var env = ["BIDKIT_TEMPLATE_PATH": ""]
        env.merge(environment) { _, new in new }
        return try CLI.run(["init", dir, "--template", template, "--as-of", startDay] + extra, environment: env)
    }

    /// The shipped templates only (no environment, no executable walk).
    static func catalog(_ extra: [String] = []) -> TemplateCatalog {
        TemplateCatalog(locator: TemplateLocator(explicit: extra + [root], environment: [:], executableDirectory: nil))
    }

    /// `bidkit check --format json` findings.
    static func check(_ dir: String, asOf: String = startDay) throws -> (status: Int32, findings: [[String: Any]], output: String) {
        let r = try CLI.run(["check", dir, "--format", "json", "--as-of", asOf])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        return (r.status, json?["findings"] as? [[String: Any]] ?? [], r.output)
    }

    /// A copy of a shipped template under `dir/<newName>`, for tests that change it.
    static func copy(_ name: String, into dir: String, as newName: String? = nil) throws -> String {
        let target = dir + "/" + (newName ?? name)
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root + "/" + name, toPath: target)
        return target
    }

    static func read(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }
    static func write(_ path: String, _ text: String) throws { try text.write(toFile: path, atomically: true, encoding: .utf8) }
}

@Suite("bidkit init")
struct TemplateInitTests {
    /// Acceptance 1: every shipped template makes a project that builds at once and whose check
    /// reports only fill-in markers, each at a file and line, and nothing overdue on the first day.
    @Test(arguments: TemplateFixture.shipped)
    func freshProjectBuildsAndChecksOnlyFillInMarkers(_ template: String) throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.path + "/bid"
        let made = try TemplateFixture.initProject(dir, template: template, [
            "--tender-number", "ZB-2026-0099", "--buyer", "Example Buyer", "--project-name", "Example Project",
            // A short company name: boilerplate must not read as a misspelling of it (identity rule).
            "--bidder", "某某有限公司", "--deadline", "2026-12-10T09:30:00+08:00",
        ])
        #expect(made.status == 0, "\(made.output)")
        #expect(made.stdout.contains("created \(dir) from template \(template)"))

        let build = try CLI.run(["build", dir, "--format", "docx,html,txt,model-json", "--out", tmp.path + "/dist"])
        #expect(build.status == 0, "\(build.output)")
        #expect(!build.stderr.contains("warning: template"), "the template's styling must be found: \(build.stderr)")
        for ext in ["docx", "html"] { #expect(FileManager.default.fileExists(atPath: tmp.path + "/dist/bid.\(ext)")) }
        let text = try TemplateFixture.read(tmp.path + "/dist/bid.txt")
        #expect(text.contains("Example Project") && text.contains("ZB-2026-0099"))
        #expect(FileManager.default.fileExists(atPath: tmp.path + "/dist/bid.json"))

        let (status, findings, output) = try TemplateFixture.check(dir)
        #expect(status == 1, "\(output)")
        #expect(!findings.isEmpty)
        for f in findings {
            #expect(f["rule"] as? String == "leftovers", "\(f)")
            #expect(f["severity"] as? String == "error", "\(f)")
            let file = try #require(f["file"] as? String)
            #expect(file.hasPrefix(dir + "/"), "\(f)")
            #expect((f["line"] as? Int ?? 0) > 0, "\(f)")
        }
        // Every requirement of the starter file is covered by its section.
        let json = try JSONSerialization.jsonObject(with: Data(try CLI.run(["check", dir, "--format", "json", "--as-of", TemplateFixture.startDay]).stdout.utf8)) as? [String: Any]
        let summary = try #require(json?["summary"] as? [String: Any])
        let requirements = try #require(summary["requirements"] as? [String: Any])
        #expect(requirements["total"] as? Int == requirements["covered"] as? Int)
        #expect(summary["warnings"] as? Int == 0)
    }

    @Test(arguments: TemplateFixture.shipped)
    func tasksShowRoleOwnersAndNothingOverdueFromTheFirstDay(_ template: String) throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.path + "/bid"
        try #require(try TemplateFixture.initProject(dir, template: template).status == 0)
        let tasks = try CLI.run(["tasks", dir, "--as-of", TemplateFixture.startDay, "--format", "json"])
        #expect(tasks.status == 0, "\(tasks.output)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(tasks.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["tasks"] as? [[String: Any]])
        let loaded = try TemplateFixture.catalog().template(named: template)
        // The sections, then the finishing tasks (issue 10 item 12): 整合、校稿、盖章、装订、投标.
        #expect(rows.count == loaded.sections.count + loaded.tasks.count)
        #expect(rows.compactMap { $0["task"] as? String } == loaded.tasks.map(\.id))
        #expect(rows.filter { $0["task"] is String }.compactMap { $0["kind"] as? String }
                == ["review", "proofreading", "sealing", "binding", "submission"])
        let deadline = try #require((object["deadline"] as? String).flatMap(ZonedTime.init(iso:))).day
        for (row, task) in zip(rows.filter { $0["task"] is String }, loaded.tasks) {
            #expect(row["due"] as? String == deadline.adding(days: -task.dueDaysBefore).description, "\(task.id)")
        }
        for row in rows {
            #expect(row["status"] as? String == "todo")
            #expect(row["overdue"] as? Bool == false)
            #expect(row["due_after_deadline"] as? Bool == false)
            let role = try #require(row["role"] as? String)
            #expect(row["owner"] as? String == loaded.owner(ofRole: role))
        }
        let owners = Set(rows.compactMap { $0["owner"] as? String })
        #expect(owners.isSubset(of: ["商务助理", "售前工程师", "投标负责人", "造价工程师", "技术负责人",
                                     "Sales assistant", "Presales engineer", "Bid lead"]))
    }

    @Test func defaultDeadlineIsTwoWeeksOutAt0930BeijingTimeAndDueDaysCountBack() throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.path + "/goods"
        try #require(try TemplateFixture.initProject(dir, template: "cn-goods").status == 0)
        let project = try ProjectLoader.load(folder: dir)
        #expect(project.tender.deadline.iso == "2026-12-07T09:30:00+08:00")
        #expect(project.info.date == CalendarDay(year: 2026, month: 12, day: 5))
        let template = try TemplateFixture.catalog().template(named: "cn-goods")
        for (plan, planned) in zip(project.sections, template.sections) {
            #expect(plan.id == planned.id)
            #expect(plan.due == CalendarDay(year: 2026, month: 12, day: 7).adding(days: -planned.dueDaysBefore))
            #expect(plan.status == .todo)
        }
        #expect(project.info.id == "goods")
        #expect(project.info.template == "cn-goods")
    }

    @Test func englishDefaultIs1700LocalTime() throws {
        let template = try TemplateFixture.catalog().template(named: "en-proposal")
        let zone = try #require(TimeZone(identifier: "America/New_York"))
        let winter = try InitSchedule(template: template, deadlineText: nil, startDay: TemplateFixture.start, localZone: zone)
        #expect(winter.deadline.iso == "2026-12-07T17:00:00-05:00")
        let summer = try InitSchedule(template: template, deadlineText: nil, startDay: CalendarDay(year: 2026, month: 6, day: 1), localZone: zone)
        #expect(summer.deadline.iso == "2026-06-15T17:00:00-04:00")
        // A bare date takes the template's time and offset.
        let dateOnly = try InitSchedule(template: template, deadlineText: "2026-12-18", startDay: TemplateFixture.start, localZone: zone)
        #expect(dateOnly.deadline.iso == "2026-12-18T17:00:00-05:00")
        #expect(dateOnly.projectDate == CalendarDay(year: 2026, month: 12, day: 16))
    }

    @Test func aCloseDeadlineMakesEarlySectionsDueOnTheStartDayNotOverdue() throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.path + "/rush"
        try #require(try TemplateFixture.initProject(dir, template: "cn-goods", ["--deadline", "2026-11-25"]).status == 0)
        let project = try ProjectLoader.load(folder: dir)
        #expect(project.tender.deadline.iso == "2026-11-25T09:30:00+08:00")
        #expect(project.sections.allSatisfy { $0.due >= TemplateFixture.start && $0.due <= project.tender.deadline.day })
        #expect(project.sections.contains { $0.due == TemplateFixture.start })
        #expect(project.tasks.count == 5 && project.tasks.allSatisfy { $0.due >= TemplateFixture.start && $0.due <= project.tender.deadline.day })
        let (_, findings, _) = try TemplateFixture.check(dir)
        #expect(findings.allSatisfy { $0["rule"] as? String == "leftovers" })
    }

    @Test func aPastOrMalformedDeadlineIsRefused() throws {
        let tmp = try TemporaryDirectory()
        let past = try TemplateFixture.initProject(tmp.path + "/a", template: "cn-goods", ["--deadline", "2026-11-20T09:30:00+08:00"])
        #expect(past.status == 2)
        #expect(past.stderr.contains("before the project's start day 2026-11-23"))
        let bad = try TemplateFixture.initProject(tmp.path + "/b", template: "cn-goods", ["--deadline", "next Friday"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--deadline expects an ISO 8601 date-time"))
        #expect(!FileManager.default.fileExists(atPath: tmp.path + "/a"))
        #expect(!FileManager.default.fileExists(atPath: tmp.path + "/b"))
    }

    @Test func refusesANonEmptyFolderAndLeavesItAlone() throws {
        let tmp = try TemporaryDirectory()
        let dir = try tmp.subdirectory("taken")
        try TemplateFixture.write(dir + "/notes.txt", "mine")
        let r = try TemplateFixture.initProject(dir, template: "cn-goods")
        #expect(r.status == 2)
        #expect(r.stderr.contains("error: '\(dir)' is not empty"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["notes.txt"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == ["taken"])
    }

    @Test func writesIntoAnExistingEmptyFolder() throws {
        let tmp = try TemporaryDirectory()
        let dir = try tmp.subdirectory("empty")
        let r = try TemplateFixture.initProject(dir, template: "cn-works")
        #expect(r.status == 0, "\(r.output)")
        #expect(FileManager.default.fileExists(atPath: dir + "/bid.yaml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path) == ["empty"])
    }

    /// A template whose skeleton does not assemble fails init as a whole: no project, no staging folder.
    @Test func aFailedInitLeavesNoHalfProject() throws {
        let tmp = try TemporaryDirectory()
        let templates = try tmp.subdirectory("templates")
        let broken = try TemplateFixture.copy("cn-goods", into: templates, as: "broken")
        let letter = broken + "/skeleton/sections/commercial/bid-letter.md"
        try TemplateFixture.write(letter, try TemplateFixture.read(letter) + "\n{{bidder.nmae}}\n")
        let target = tmp.path + "/out/bid"
        let r = try TemplateFixture.initProject(target, template: "broken", ["--template-path", templates])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(broken)/skeleton/sections/commercial/bid-letter.md:"), "\(r.stderr)")
        #expect(r.stderr.contains("unknown field '{{bidder.nmae}}'; did you mean 'bidder.name'?"))
        #expect(!FileManager.default.fileExists(atPath: target))
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: tmp.path + "/out")) ?? []).isEmpty)
    }

    @Test func unknownTemplateNamesTheAvailableOnes() throws {
        let tmp = try TemporaryDirectory()
        let r = try TemplateFixture.initProject(tmp.path + "/x", template: "cn-good")
        #expect(r.status == 2)
        #expect(r.stderr.contains("no template named 'cn-good'; did you mean 'cn-goods'?"))
        #expect(r.stderr.contains("available: cn-goods, cn-works, en-proposal"))
        #expect(!FileManager.default.fileExists(atPath: tmp.path + "/x"))
    }

    @Test func theSameRequestWritesTheSameFiles() throws {
        let tmp = try TemporaryDirectory()
        let options = ["--deadline", "2026-12-10T09:30:00+08:00", "--buyer", "某供电公司: 物资部", "--id", "same"]
        try #require(try TemplateFixture.initProject(tmp.path + "/a", template: "cn-goods", options).status == 0)
        try #require(try TemplateFixture.initProject(tmp.path + "/b", template: "cn-goods", options).status == 0)
        let files = ProjectInitializer.files(under: URL(fileURLWithPath: tmp.path + "/a"))
        #expect(files == ProjectInitializer.files(under: URL(fileURLWithPath: tmp.path + "/b")))
        #expect(files.contains("bid.yaml") && files.contains("prices.csv") && files.contains("requirements.yaml"))
        for file in files {
            #expect(try Data(contentsOf: URL(fileURLWithPath: tmp.path + "/a/" + file)) == Data(contentsOf: URL(fileURLWithPath: tmp.path + "/b/" + file)), "\(file)")
        }
        // A value with ": " is quoted so it reads back unchanged.
        #expect(try TemplateFixture.read(tmp.path + "/a/bid.yaml").contains("buyer: \"某供电公司: 物资部\""))
        #expect(try ProjectLoader.load(folder: tmp.path + "/a").tender.buyer == "某供电公司: 物资部")
    }

    @Test func commandLineValuesAndOwnersReplaceTheMarkers() throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.path + "/Substation Video 2026"
        let r = try TemplateFixture.initProject(dir, template: "cn-goods", [
            "--tender-number", "LLGD-ZB-2026-0457", "--buyer", "国网临澜市供电公司", "--bidder", "澄州启衡智能科技有限公司",
            "--project-name", "变电站视频监控改造", "--owner", "sales-assistant=李娜", "--owner", "presales-engineer=周明",
        ])
        #expect(r.status == 0, "\(r.output)")
        let project = try ProjectLoader.load(folder: dir)
        #expect(project.info.id == "substation-video-2026")
        #expect(project.tender.number == "LLGD-ZB-2026-0457" && project.tender.buyer == "国网临澜市供电公司")
        #expect(project.bidder.name == "澄州启衡智能科技有限公司" && project.info.name == "变电站视频监控改造")
        #expect(project.sections.first { $0.id == "bid-letter" }?.owner == "李娜")
        #expect(project.sections.first { $0.id == "technical-proposal" }?.owner == "周明")
        #expect(project.sections.first { $0.id == "toc" }?.owner == "投标负责人")
        // The finishing tasks take their owners by role too.
        #expect(project.tasks.first { $0.id == "proofread" }?.owner == "李娜")
        #expect(project.tasks.first { $0.id == "submit" }?.owner == "投标负责人")
        let unknown = try TemplateFixture.initProject(tmp.path + "/y", template: "cn-goods", ["--owner", "sales-asistant=李娜"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'sales-assistant'?"))
    }

    @Test func projectIDsFromFolderNames() throws {
        #expect(ProjectInitializer.projectID(fromFolder: "Substation Video 2026") == "substation-video-2026")
        #expect(ProjectInitializer.projectID(fromFolder: "变电站投标") == "bid")
        #expect(ProjectInitializer.projectID(fromFolder: "--a__b--") == "a-b")
        #expect(throws: UsageError.self) { try ProjectInitializer.validID("no spaces") }
    }

    @Test(arguments: ["init", "templates"])
    func hasHelp(_ command: String) throws {
        let r = try CLI.run([command, "--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: bidkit \(command)"))
    }
}

/// Issue 12 item 8: the templates' shapes follow the documents they imitate.
@Suite struct TemplateShapeTests {
    /// cn-works prices a bill of quantities after GB 50500, from a CSV with its own column names.
    @Test func cnWorksSchedulesABillOfQuantities() throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.path + "/works"
        let r = try CLI.run(["init", dir, "--template", "cn-works", "--tender-number", "ZB-1", "--buyer", "某建设单位",
                             "--project-name", "某道路工程", "--bidder", "某建设有限公司"])
        #expect(r.status == 0, "\(r.output)")
        try """
            no,code,name,spec,unit,quantity,unit_price,amount,unit_cost,remark
            1,040101001001,挖一般土方,"1. 土壤类别：三类土
            2. 挖土深度：2 m 内",m³,1250,28.60,,,
            2,040203006001,沥青混凝土面层,AC-13 细粒式，厚 4 cm,m²,3600,96.50,,,
            """.write(toFile: dir + "/prices.csv", atomically: true, encoding: .utf8)
        let bid = try Assembler.assemble(try ProjectLoader.load(folder: dir))
        let schedule = try #require(bid.package.sections.first { $0.kind == GeneratedKind.priceSchedule.rawValue })
        guard case .table(let table)? = schedule.blocks.first(where: { if case .table = $0 { return true }; return false }) else {
            Issue.record("no schedule table"); return
        }
        let header = table.header.first?.cells.map { Block.textUnits($0.blocks).joined() } ?? []
        #expect(header == ["序号", "项目编码", "项目名称", "项目特征描述", "计量单位", "工程量", "综合单价（元）", "合价（元）", "备注"])
        let first = table.body.first?.cells.map { Block.textUnits($0.blocks).joined() } ?? []
        #expect(first == ["1", "040101001001", "挖一般土方", "1. 土壤类别：三类土\n2. 挖土深度：2 m 内", "m³", "1250", "28.60", "35,750.00", ""])
        #expect(table.body.count == 2)
    }

    /// cn-goods' 中小企业声明函 is the declaration of 财库〔2020〕46号, with its fill-ins, not a table.
    @Test func cnGoodsDeclaresAsTheCircularWordsIt() throws {
        let text = try String(contentsOfFile: TestPaths.packageRoot + "/Templates/cn-goods/skeleton/sections/commercial/sme-declaration.md",
                              encoding: .utf8)
        for phrase in ["根据《政府采购促进中小企业发展管理办法》（财库〔2020〕46 号）的规定", "提供的货物全部由符合政策要求的中小企业制造",
                       "行业；制造商为【TODO：企业名称】，从业人员【TODO：人数】人，营业收入为【TODO：金额】万元，资产总额为【TODO：金额】万元，属于",
                       "以上企业，不属于大企业的分支机构，不存在控股股东为大企业的情形，也不存在与大企业的负责人为同一人的情形。",
                       "本企业对上述声明内容的真实性负责。如有虚假，将依法承担相应责任。",
                       "从业人员、营业收入、资产总额填报上一年度数据，无上一年度数据的新成立企业可不填报。"] {
            #expect(text.contains(phrase), "\(phrase)")
        }
        #expect(!text.contains("|"), "no table")
    }
}
