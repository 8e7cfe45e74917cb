import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// The acceptance of issue 14 on the sample tenders: every ★ / shall / must clause found, at most 5 %
/// of imported clauses spurious, every fact exact, documents in order, qualifications and scoring.
@Suite("tender import on the sample tenders")
struct SampleTenderTests {
    static let samples: [(file: String, key: String)] = [
        ("cn-goods-hospital.docx", "cn-goods-hospital"),
        ("cn-goods-hospital.pdf", "cn-goods-hospital"),
        ("en-rfp-records.docx", "en-rfp-records"),
    ]

    static func imported(_ file: String) throws -> TenderImport {
        TenderImporter.importTender(try TenderReader.read(AnswerKey.samplePath(file)))
    }

    static var pdftotextMissing: Bool { if case .failure = PdfTenderReader.pdftotext.locate() { return true } else { return false } }

    @Test(arguments: samples)
    func everyMandatoryClauseIsFoundWithItsMarkerAndCategory(_ sample: (file: String, key: String)) throws {
        if sample.file.hasSuffix(".pdf"), Self.pdftotextMissing { return }
        let key = try AnswerKey(sample.key), result = try Self.imported(sample.file)
        for c in key.clauses {
            let found = key.match(c, in: result)
            if c.mandatory { #expect(found != nil, "\(sample.file): mandatory clause not found: \(c.id ?? "") \(c.text)") }
            guard let found else { continue }
            #expect(found.marker.rawValue == c.marker, "\(sample.file) \(found.id): marker")
            #expect(found.mandatory == c.mandatory, "\(sample.file) \(found.id): mandatory")
            #expect(found.category?.rawValue == c.category, "\(sample.file) \(found.id): category")
            #expect(ClauseText.key(found.text) == ClauseText.key(c.text), "\(sample.file) \(found.id): \(found.text)")
        }
        let recall = Double(key.clauses.filter { key.match($0, in: result) != nil }.count) / Double(key.clauses.count)
        #expect(recall == 1, "\(sample.file): recall \(recall) of all clauses")
    }

    @Test(arguments: samples)
    func atMostFivePercentOfImportedClausesAreSpurious(_ sample: (file: String, key: String)) throws {
        if sample.file.hasSuffix(".pdf"), Self.pdftotextMissing { return }
        let key = try AnswerKey(sample.key), result = try Self.imported(sample.file)
        let clauses = result.requirements.filter { $0.kind == .clause }
        let spurious = key.spurious(in: result)
        #expect(!clauses.isEmpty)
        #expect(Double(spurious.count) <= 0.05 * Double(clauses.count), "\(sample.file): spurious \(spurious.map { "\($0.id) \($0.text)" })")
    }

    @Test(arguments: samples)
    func everyFactIsExact(_ sample: (file: String, key: String)) throws {
        if sample.file.hasSuffix(".pdf"), Self.pdftotextMissing { return }
        let key = try AnswerKey(sample.key), result = try Self.imported(sample.file)
        #expect(AnswerKey.facts(of: result) == key.facts)
    }

    @Test(arguments: samples)
    func documentsInOrderQualificationsAndScoring(_ sample: (file: String, key: String)) throws {
        if sample.file.hasSuffix(".pdf"), Self.pdftotextMissing { return }
        let key = try AnswerKey(sample.key), result = try Self.imported(sample.file)
        let documents = result.requirements.filter { $0.kind == .document }
        #expect(documents.map { ClauseText.key($0.text) } == key.documents.map(ClauseText.key))
        #expect(documents.map(\.id) == documents.indices.map { String(format: "D-%02d", $0 + 1) })
        #expect(documents.filter { !$0.mandatory }.map(\.text).allSatisfy { $0.contains("如适用") })
        let qualifications = result.requirements.filter { $0.kind == .qualification }
        #expect(qualifications.map { ClauseText.key($0.text) } == key.qualifications.map(ClauseText.key))
        #expect(result.scoring.map(\.item) == key.scoring.map(\.item))
        #expect(result.scoring.map { "\($0.weight)" } == key.scoring.map(\.weight))
    }

    /// Every item carries the place a reviewer finds it at: a paragraph number in a .docx, a page in a PDF.
    @Test(arguments: samples)
    func everyItemHasItsPlaceAndQuote(_ sample: (file: String, key: String)) throws {
        if sample.file.hasSuffix(".pdf"), Self.pdftotextMissing { return }
        let result = try Self.imported(sample.file)
        let pdf = sample.file.hasSuffix(".pdf")
        for r in result.requirements {
            #expect(pdf ? r.place.page != nil : r.place.paragraph != nil, "\(r.id)")
            #expect(!r.quote.isEmpty && ClauseText.key(r.quote).contains(ClauseText.key(r.text)), "\(r.id): \(r.quote)")
        }
        for f in result.facts.entries { #expect(pdf ? f.place.page != nil : f.place.paragraph != nil, "\(f.key)") }
    }

    /// A real tender's leftovers are reported, not dropped (the buyer's own "may" and an unnumbered 应).
    @Test func unclassifiedCandidatesAreReported() throws {
        let en = try Self.imported("en-rfp-records.docx")
        #expect(en.unclassified.contains { $0.text.hasPrefix("2.5 The City may reject") })
        #expect(en.unclassified.contains { $0.text.hasPrefix("2.4 Questions") })
        let cn = try Self.imported("cn-goods-hospital.docx")
        #expect(cn.unclassified.contains { $0.text.hasPrefix("投标人应根据本章要求逐条响应") })
    }

    @Test func importIsDeterministicAndIDsAreStable() throws {
        let a = try Self.imported("en-rfp-records.docx"), b = try Self.imported("en-rfp-records.docx")
        #expect(TenderYAML.requirementsText(a, sourceName: "x") == TenderYAML.requirementsText(b, sourceName: "x"))
        let generated = a.requirements.filter { $0.kind == .clause && !$0.printedID }
        #expect(generated.map(\.id) == ["T-" + RequirementIDs.hash(ClauseText.key(generated.first?.text ?? ""))])
    }
}

extension SampleTenderTests {
    /// Numeric bounds (≥ 5,000 users, 45 日历天内, 不少于 3 年) become the requirement's bound, read the
    /// way the checker reads them.
    @Test(arguments: [("cn-goods-hospital.docx", "cn-goods-hospital"), ("en-rfp-records.docx", "en-rfp-records")])
    func numericBoundsBecomeData(_ sample: (file: String, key: String)) throws {
        let key = try AnswerKey(sample.key), result = try Self.imported(sample.file)
        for c in key.clauses {
            guard let found = key.match(c, in: result) else { continue }
            let got = found.bound.map { "\($0.op.rawValue) \($0.value) \($0.unit)" }
            let want = c.bound.map { "\($0.op) \($0.value) \($0.unit)" }
            // The checker's NumericBound learns English bounds, "N 日历天内" and one-character Chinese
            // units with issue 10; until that lands these are known to differ.
            withKnownIssue("NumericBound before issue 10", isIntermittent: true) {
                #expect(got == want, "\(sample.file) \(found.id): \(found.text)")
            }
        }
    }
}
