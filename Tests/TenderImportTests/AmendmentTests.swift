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
        // The bound is data the checker believes over the text: it follows the amended text (3 → 5 年).
        #expect(after.requirement("3.2")?.bound.map { "\($0.op.rawValue) \($0.value) \($0.unit)" } == ">= 5 年")
        #expect(after.requirement("3.2")?.marker == .star && after.requirement("3.9")?.marker == .star)
        #expect(after.requirement("3.7") == nil && after.response(to: "3.7") == nil)
        #expect(after.requirement("3.9")?.mandatory == true && after.requirement("3.9")?.category == .commercial)
        #expect(after.tender.deadline.iso == "2026-12-25T09:30:00+08:00")
        #expect(after.tender.ceiling == Decimal(3_500_000))
        #expect(after.response(to: "3.2")?.status == .review)
        #expect(after.response(to: "3.1")?.status == nil)
        // bidkit tasks lists the response with the section and owner that must look again.
        let tasks = TaskReport(after, asOf: CalendarDay(year: 2026, month: 12, day: 1))
        #expect(tasks.responsesToReview.map(\.requirement) == ["3.2"])
        #expect(tasks.responsesToReview.first?.sections.map(\.id) == ["after-sales"])
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
        // The marker is the file's `marker:`, never made up from `mandatory:` (an RFP's "shall" has none).
        try "requirements:\n  - {id: T-01, kind: clause, text: 不少于 3 年, marker: ★}\n  - {id: T-02, kind: clause, text: 旧}\n  - {id: S-1, kind: clause, text: The system shall log, mandatory: true}\n"
            .write(toFile: a, atomically: true, encoding: .utf8)
        try "requirements:\n  - {id: T-01, kind: clause, text: 不少于 5 年, marker: ★}\n  - {id: T-03, kind: clause, text: 新}\n  - {id: S-1, kind: clause, text: The system shall log all, mandatory: true}\n"
            .write(toFile: b, atomically: true, encoding: .utf8)
        let old = try TenderDiff.requirementsFile(a)
        #expect(old.requirement("T-01")?.bound?.value == 3)
        let lines = TenderDiff.changes(from: old, to: try TenderDiff.requirementsFile(b)).map(\.line)
        #expect(lines == ["~ T-01 ★不少于 3 年 → ★不少于 5 年", "+ T-03 新", "~ S-1 The system shall log → The system shall log all", "- T-02 旧"])
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

    /// A tender without one requirement still gives a draft the loader reads (FuzzTender: the draft
    /// said `requirements:` with nothing under it, a null the loader refuses).
    @Test func aTenderWithoutRequirementsGivesADraftThatLoads() throws {
        let doc = TenderDocument(file: "t.docx", blocks: [.paragraph(TenderParagraph(text: "本文件无任何要求。", headingLevel: nil, place: TenderPlace(paragraph: 1)))])
        let text = TenderYAML.requirementsText(TenderImporter.importTender(doc), sourceName: "t.docx")
        #expect(text.contains("requirements: []\n"))
        let dir = try TemporaryDirectory()
        try text.write(toFile: dir.path + "/requirements.yaml", atomically: true, encoding: .utf8)
        #expect(try TenderDiff.requirementsFile(dir.path + "/requirements.yaml").requirements.isEmpty)
    }

    /// Control characters in a tender's text (a NUL in pdftotext's output, DEL or C1 in a .docx)
    /// become spaces: the draft they reached as raw bytes did not load (FuzzTender).
    @Test func controlCharactersNeverReachTheDraft() throws {
        let pdf = try TenderReader.read(pdfLayoutText: "第三章 采购需求\n★2.1 摄像机\u{0}像素不低于 400 万\u{7F}\u{85}\u{9B}\n", display: "t.pdf")
        let text = TenderYAML.requirementsText(TenderImporter.importTender(pdf), sourceName: "t.pdf")
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) && $0.value != 0x85 })
        let dir = try TemporaryDirectory()
        try text.write(toFile: dir.path + "/requirements.yaml", atomically: true, encoding: .utf8)
        let loaded = try TenderDiff.requirementsFile(dir.path + "/requirements.yaml")
        #expect(loaded.requirements.first?.text.contains("摄像机 像素不低于 400 万") == true, "\(loaded.requirements.map(\.text))")
    }

    /// A 前附表 label merged over two grid columns gives the value after it, not its own copy
    /// (the copy used to be read as the value: tender.number 招标编号).
    @Test func aMergedLabelCellReadsTheValueAfterIt() {
        func cell(_ t: String, continued: Bool = false) -> TenderCell { TenderCell(text: t, place: TenderPlace(paragraph: 2), continued: continued) }
        let doc = TenderDocument(file: "t.docx", blocks: [
            .table(TenderTable(rows: [
                [cell("招标编号"), cell("招标编号", continued: true), cell("CZYY-ZB-2026-0318")],
                [cell("招标人"), cell("澄州市第一人民医院"), cell("澄州市第一人民医院", continued: true)],
            ])),
        ])
        let facts = Dictionary(uniqueKeysWithValues: TenderImporter.importTender(doc).facts.entries.map { ($0.key, $0.value) })
        #expect(facts["number"] == "CZYY-ZB-2026-0318")
        #expect(facts["buyer"] == "澄州市第一人民医院")
    }
}
