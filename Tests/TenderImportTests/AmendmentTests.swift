import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Amendments: the sample notice's changes read exactly as its answer key lists them, applied to a
/// project made from the tender (files edited in place, comments kept, sections back to review), and
/// `tender diff` between two versions.
@Suite("tender amendments")
struct AmendmentTests {
    static let tender = AnswerKey.samplePath("cn-goods-hospital.docx")
    static let notice = AnswerKey.samplePath("cn-goods-hospital-amendment-1.docx")

    @Test func theNoticeIsReadExactlyAsItsAnswerKeySays() throws {
        let key = try AnswerKey("cn-goods-hospital-amendment-1")
        let read = AmendmentReader.read(try TenderReader.read(Self.notice))
        #expect(read.changes.count == key.changes.count)
        for (got, want) in zip(read.changes, key.changes) {
            #expect(got.kind.rawValue == want["change"])
            #expect(got.id == (want["id"] ?? want["fact"]))
            if got.kind == .fact { #expect(got.after == want["value"]) }
            if let text = want["text"] { #expect(got.after == text) }
            if let marker = want["marker"] { #expect(got.marker.rawValue == marker) }
        }
    }

    @Test func englishNoticeWording() {
        let doc = TenderDocument(file: "a.docx", blocks: [
            "Requirement T-05 is amended to read: \"The system shall encrypt data at rest with AES-256-GCM.\"",
            "New requirement T-13: \"The system must export audit logs daily.\"",
            "Requirement T-06 is deleted.",
            "The proposal due date is extended to January 29, 2027, 2:00 PM Pacific Standard Time.",
            "The budget is revised to USD 900,000.00.",
        ].enumerated().map { .paragraph(TenderParagraph(text: $1, place: TenderPlace(paragraph: $0 + 1))) })
        let changes = AmendmentReader.read(doc).changes
        #expect(changes.map(\.kind) == [.modified, .added, .removed, .fact, .fact])
        #expect(changes.map(\.id) == ["T-05", "T-13", "T-06", "deadline", "ceiling"])
        #expect(changes[0].mandatory && changes[1].mandatory)
        #expect(changes[3].after == "2027-01-29T14:00:00-08:00")
        #expect(changes[4].after == "900000.00")
    }

    /// A project from the tender, with answered clauses and finished sections, takes the notice:
    /// 3.2 changed, 3.7 and its response gone, 3.9 added, deadline and ceiling new; every section
    /// that covers or answers them, and the deviation table, back to review; comments kept.
    @Test func applyingTheNoticeChangesTheProjectAndMarksWhoMustLookAgain() throws {
        let dir = try TemporaryDirectory()
        let project = dir.path + "/bid"
        _ = try ProjectInitializer().run(InitRequest(directory: project, template: "cn-goods", startDay: CalendarDay(year: 2026, month: 12, day: 1),
                                                     fromTender: Self.tender))
        let reqPath = project + "/requirements.yaml", bidPath = project + "/bid.yaml"
        var req = try String(contentsOfFile: reqPath, encoding: .utf8)
        req += """
              - requirement: "3.2"
                response: comply
                offer: 质保 5 年
                section: after-sales
              - requirement: "3.7"
                response: comply
                section: technical-proposal
              - requirement: "3.1"
                response: comply
                section: technical-proposal

            """
        try req.write(toFile: reqPath, atomically: true, encoding: .utf8)
        let bid = try String(contentsOfFile: bidPath, encoding: .utf8).replacingOccurrences(of: "status: todo", with: "status: done")
        try bid.write(toFile: bidPath, atomically: true, encoding: .utf8)

        let changes = AmendmentReader.read(try TenderReader.read(Self.notice)).changes
        let report = try AmendmentApplier.apply(changes, to: project)
        #expect(report.skipped.isEmpty)
        let after = try ProjectLoader.load(folder: project)
        #expect(after.requirement("3.2")?.text == "质保期：全部设备免费质保不少于 5 年，自终验合格之日起计算")
        #expect(after.requirement("3.7") == nil && after.response(to: "3.7") == nil)
        #expect(after.requirement("3.9")?.mandatory == true && after.requirement("3.9")?.category == .commercial)
        #expect(after.tender.deadline.iso == "2026-12-25T09:30:00+08:00")
        #expect(after.tender.ceiling == Decimal(3_500_000))
        #expect(after.response(to: "3.2")?.status == .review)
        #expect(after.response(to: "3.1")?.status == nil)
        let review = Set(after.sections.filter { $0.status == .review }.map(\.id))
        #expect(review == ["after-sales", "technical-proposal", "commercial-deviations"])
        #expect(Set(report.sections.map(\.id)) == review)
        let text = try String(contentsOfFile: reqPath, encoding: .utf8)
        #expect(text.contains("# ¶261 (amended, notice ¶6): ★质保期：全部设备免费质保不少于 5 年"))  // place kept, new text
        #expect(text.contains("# ¶262: 3.3 ▲售后服务"))  // the import's other comments stay
        #expect(!text.contains("3.7 验收"))
    }

    @Test func aNoticeThatWouldBreakTheProjectChangesNothing() throws {
        let dir = try TemporaryDirectory()
        let project = dir.path + "/bid"
        _ = try ProjectInitializer().run(InitRequest(directory: project, template: "cn-goods", startDay: CalendarDay(year: 2026, month: 12, day: 1),
                                                     fromTender: Self.tender))
        let before = try String(contentsOfFile: project + "/bid.yaml", encoding: .utf8)
        var bad = TenderChange(kind: .fact, id: "deadline", after: "not a date")
        bad.place = TenderPlace(paragraph: 1)
        #expect(throws: (any Error).self) { try AmendmentApplier.apply([bad], to: project) }
        #expect(try String(contentsOfFile: project + "/bid.yaml", encoding: .utf8) == before)
    }

    @Test func diffOfTwoRequirementsFiles() throws {
        let dir = try TemporaryDirectory()
        let a = dir.path + "/a.yaml", b = dir.path + "/b.yaml"
        try "requirements:\n  - {id: T-01, kind: clause, text: 不少于 3 年, mandatory: true}\n  - {id: T-02, kind: clause, text: 旧}\n"
            .write(toFile: a, atomically: true, encoding: .utf8)
        try "requirements:\n  - {id: T-01, kind: clause, text: 不少于 5 年, mandatory: true}\n  - {id: T-03, kind: clause, text: 新}\n"
            .write(toFile: b, atomically: true, encoding: .utf8)
        let lines = TenderDiff.changes(from: try TenderDiff.requirementsFile(a), to: try TenderDiff.requirementsFile(b)).map(\.line)
        #expect(lines == ["~ T-01 ★不少于 3 年 → ★不少于 5 年", "+ T-03 新", "- T-02 旧"])
    }

    @Test func diffOfTheTenderWithItselfIsEmpty() throws {
        let t = TenderImporter.importTender(try TenderReader.read(Self.tender))
        #expect(TenderDiff.changes(from: t, to: t).isEmpty)
    }
}

/// Ragged tables (rows shorter than the header, as hand-edited tenders have) are read, not trapped on.
@Suite("tender tables")
struct TenderTableTests {
    @Test func raggedRequirementTableRows() {
        func cell(_ t: String) -> TenderCell { TenderCell(text: t, place: TenderPlace(paragraph: 1)) }
        let doc = TenderDocument(file: "t.docx", blocks: [
            .paragraph(TenderParagraph(text: "第五章 采购需求", headingLevel: 0, place: TenderPlace(paragraph: 1))),
            .table(TenderTable(rows: [
                [cell("参数要求"), cell("设备"), cell("序号")],
                [cell("★不少于 8 核")],
                [cell("▲内存不小于 8GB"), cell("服务器"), cell("2")],
            ])),
        ])
        let clauses = TenderImporter.importTender(doc).requirements.filter { $0.kind == .clause }
        #expect(clauses.map(\.marker) == [.star, .triangle])
        #expect(clauses.last?.id == "T-02")
    }
}
