import Foundation
import Testing
@testable import BidKit

@Suite("Task breakdown progress")
struct TaskReportTests {
    @Test func overdueRowsAreFlaggedAsOfADay() throws {
        let project = try TestProject().load()
        let before = TaskReport(project, asOf: CalendarDay(year: 2026, month: 12, day: 4))
        #expect(before.rows.filter(\.overdue).isEmpty)
        let after = TaskReport(project, asOf: CalendarDay(year: 2026, month: 12, day: 6))
        #expect(after.rows.filter(\.overdue).map(\.id) == ["letter"])  // review, due 12-05
        #expect(after.rows.first { $0.id == "letter" }?.daysLeft == -1)
        #expect(after.byOwner.map(\.name) == ["张伟", "李娜"])
        #expect(after.byOwner.last?.done == 1 && after.byOwner.last?.total == 2)
        #expect(after.daysToDeadline == 4)
    }

    @Test func dueAfterTheDeadlineIsFlagged() throws {
        let p = try TestProject(["bid.yaml": TestProject.bid(replacing: "due: 2026-12-05, status: done", with: "due: 2026-12-11, status: done")])
        let report = TaskReport(try p.load(), asOf: CalendarDay(year: 2026, month: 12, day: 1))
        #expect(report.rows.filter(\.dueAfterDeadline).map(\.id) == ["prices"])
    }

    /// Responses `tender amend` set back to review are listed with the section and owner that must
    /// look again: the section the response names, else the sections covering the requirement.
    @Test func responsesBackInReviewAreListed() throws {
        let requirements = TestProject.requirementsYAML
            .replacingOccurrences(of: "{requirement: T-01, response: comply, section: letter}", with: "{requirement: T-01, response: comply, section: letter, status: review}")
            .replacingOccurrences(of: "{requirement: T-02, response: positive-deviation, offer: 180 天, section: letter}",
                                  with: "{requirement: T-02, response: positive-deviation, offer: 180 天, status: review}")
        let bid = TestProject.bid(replacing: "status: done, covers: [D-02]", with: "status: done, covers: [D-02, T-02]")
        let p = try TestProject(["bid.yaml": bid, "requirements.yaml": requirements])
        let report = TaskReport(try p.load(), asOf: CalendarDay(year: 2026, month: 12, day: 1))
        #expect(report.responsesToReview.map(\.requirement) == ["T-01", "T-02"])
        #expect(report.responsesToReview.map(\.sectionsText) == ["投标函 (李娜)", "分项报价表 (李娜)"])
        let text = report.text(color: false)
        #expect(text.contains("Clause responses set back to review by an amendment:"))
        #expect(text.contains("摄像机像素不低于 400 万") && text.contains("2 clause responses to review"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(report.json.serialized().utf8)) as? [String: Any])
        let listed = try #require(json["responses_to_review"] as? [[String: Any]])
        #expect(listed.map { $0["requirement"] as? String } == ["T-01", "T-02"])
        let sections = try #require(listed.first?["sections"] as? [[String: Any]])
        #expect(sections.first?["section"] as? String == "letter" && sections.first?["owner"] as? String == "李娜")
        #expect((json["summary"] as? [String: Any])?["responses_to_review"] as? Int == 2)
        // None in review: no block, no count.
        let clean = TaskReport(try TestProject().load(), asOf: CalendarDay(year: 2026, month: 12, day: 1))
        #expect(clean.responsesToReview.isEmpty && !clean.text(color: false).contains("set back to review"))
    }

    @Test func calendarArithmetic() {
        let d = CalendarDay(year: 2026, month: 12, day: 31)
        #expect(d.adding(days: 1) == CalendarDay(year: 2027, month: 1, day: 1))
        #expect(CalendarDay(year: 2028, month: 2, day: 28).days(until: CalendarDay(year: 2028, month: 3, day: 1)) == 2)
        #expect(CalendarDay(iso: "2026-02-30") == nil)
    }
}
