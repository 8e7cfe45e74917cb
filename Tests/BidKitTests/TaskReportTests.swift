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

    @Test func calendarArithmetic() {
        let d = CalendarDay(year: 2026, month: 12, day: 31)
        #expect(d.adding(days: 1) == CalendarDay(year: 2027, month: 1, day: 1))
        #expect(CalendarDay(year: 2028, month: 2, day: 28).days(until: CalendarDay(year: 2028, month: 3, day: 1)) == 2)
        #expect(CalendarDay(iso: "2026-02-30") == nil)
    }
}
