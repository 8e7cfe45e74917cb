import Foundation
import Testing
@testable import BidKit

/// Issue 10 item 12: tasks that are not sections (整合、校稿、装订、投标) with owner and due date, in the
/// schedule rule and `bidkit tasks`.
@Suite("Rule schedule")
struct ScheduleTests {
    static let tasks = """
        tasks:
          - {id: integrate, title: 整合, kind: review, owner: 张伟, due: 2026-12-06, status: todo}
          - {id: proofread, title: 校稿, kind: proofreading, owner: 张伟, due: 2026-12-07, status: todo}
          - {id: bind, title: 装订, kind: binding, owner: 李娜, due: 2026-12-09, status: todo}
          - {id: submit, title: 投标, kind: submission, owner: 李娜, due: 2026-12-10, status: todo}

        """

    private func project(_ tasks: String) throws -> TestProject {
        try TestProject(["bid.yaml": TestProject.bid(replacing: "parts:\n", with: tasks + "parts:\n")])
    }

    @Test func tasksAreScheduledLikeSections() throws {
        #expect(try findings(["bid.yaml": TestProject.bid(replacing: "parts:\n", with: Self.tasks + "parts:\n")], rule: Schedule.id).isEmpty)
        let late = Self.tasks.replacingOccurrences(of: "due: 2026-12-10, status: todo", with: "due: 2026-12-11, status: todo")
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "parts:\n", with: late + "parts:\n")], rule: Schedule.id)
        #expect(f.count == 1 && f.first?.english == "submission task '投标' (owner '李娜') is due 2026-12-11, after the submission deadline 2026-12-10", "\(f.map(\.message))")
        #expect(f.first?.location?.line == 29)
        let p = try project(Self.tasks)
        let overdue = Checker.check(try p.assembleForCheck(), asOf: CalendarDay(year: 2026, month: 12, day: 8)).findings.filter { $0.rule == Schedule.id }
        #expect(overdue.map(\.message).contains("校对任务“校稿”（张伟）状态为 todo，应于 2026-12-07 完成：已逾期 1 天"), "\(overdue.map(\.message))")
    }

    @Test func finishingTasksFollowTheWritingInOrder() throws {
        let early = Self.tasks.replacingOccurrences(of: "due: 2026-12-06, status: todo", with: "due: 2026-12-03, status: todo")
        let f = try findings(["bid.yaml": TestProject.bid(replacing: "parts:\n", with: early + "parts:\n")], rule: Schedule.id)
        #expect(f.map(\.message) == ["审核任务“整合”的完成日期 2026-12-03 早于章节“投标函”的完成日期 2026-12-05"], "\(f.map(\.message))")
        let swapped = Self.tasks.replacingOccurrences(of: "due: 2026-12-09, status: todo", with: "due: 2026-12-06, status: todo")
        #expect(try findings(["bid.yaml": TestProject.bid(replacing: "parts:\n", with: swapped + "parts:\n")], rule: Schedule.id)
            .contains { $0.english.contains("binding task '装订' is due 2026-12-06, before the proofreading task '校稿'") })
    }

    @Test func bidkitTasksListsThem() throws {
        let p = try project(Self.tasks)
        let report = TaskReport(try p.load(), asOf: TestProject.checkDay)
        #expect(report.rows.map(\.id) == ["toc", "letter", "prices", "integrate", "proofread", "bind", "submit"])
        let text = report.text(color: false)
        #expect(text.contains("(submission)") && text.contains("投标") && text.contains("2/3 sections done, 0/4 tasks done"), "\(text)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json.serialized().utf8)) as? [String: Any])
        let rows = try #require(json["tasks"] as? [[String: Any]])
        #expect(rows.last?["task"] as? String == "submit" && rows.last?["kind"] as? String == "submission" && rows.last?["section"] is NSNull)
        #expect((json["by_part"] as? [[String: Any]])?.last?["name"] as? String == "tasks")
    }

    @Test func taskKeysAreChecked() throws {
        let dup = Self.tasks.replacingOccurrences(of: "id: bind,", with: "id: letter,")
        #expect(loadError { _ = try self.project(dup).load() }?.message == "task id 'letter' is also a section id")
        let kind = Self.tasks.replacingOccurrences(of: "kind: binding", with: "kind: bnding")
        #expect(loadError { _ = try self.project(kind).load() }?.message.contains("did you mean 'binding'") == true)
    }
}
