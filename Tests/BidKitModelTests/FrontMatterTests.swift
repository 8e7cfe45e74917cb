import Testing
@testable import BidKitModel

@Suite("Front matter and standard wording")
struct FrontMatterTests {
    static let metadata = Metadata(projectID: "p", title: "某项目", language: "zh", tenderNumber: "ZB-1", buyer: "买方",
                                   bidder: "卖方", date: "2026-12-08", fields: [Field("copy", "副本"), Field("lot", "包1")])

    @Test func datesArePrintedInTheBidLanguage() {
        #expect(StandardWording.date(iso: "2026-12-08", language: "zh") == "2026年12月8日")
        #expect(StandardWording.date(iso: "2026-12-08", language: "zh-CN") == "2026年12月8日")
        #expect(StandardWording.date(iso: "2026-12-16", language: "en") == "16 December 2026")
        // Not an ISO day: printed as given, never trapping.
        #expect(StandardWording.date(iso: "2026-13-01", language: "en") == "2026-13-01")
        #expect(StandardWording.date(year: 2026, month: 0, day: 1, language: "en") == "1 0 2026")
    }

    @Test func theStandardCoverCarriesFinishedLines() {
        let cover = Cover.standard(for: Self.metadata)
        #expect(cover.copy == "副本")
        #expect(cover.kind == "投标文件")
        #expect(cover.lines.map(\.key) == [Cover.Key.tenderNumber, Cover.Key.lot, Cover.Key.buyer, Cover.Key.bidder,
                                           Cover.Key.signatory, Cover.Key.date])
        #expect(cover.value(Cover.Key.date) == "2026年12月8日")
        #expect(cover.value(Cover.Key.lot) == "包1")
        #expect(cover.lines.first { $0.key == Cover.Key.bidder }?.note == "（盖章）")

        var english = Self.metadata
        english.language = "en"
        english.fields = []
        let en = Cover.standard(for: english)
        #expect(en.kind == "Proposal")
        #expect(en.lines.map(\.label) == ["Tender number", "Prepared for", "Submitted by", "Date"])
        #expect(en.value(Cover.Key.date) == "8 December 2026")
    }

    @Test func shortChineseLabelsAreSpreadToFourCharacters() {
        #expect(Cover.Line(key: "", label: "招标人", value: "").spacedLabel == "招 标 人")
        #expect(Cover.Line(key: "", label: "日期", value: "").spacedLabel == "日\u{3000}\u{3000}期")
        #expect(Cover.Line(key: "", label: "招标编号", value: "").spacedLabel == "招标编号")
        #expect(Cover.Line(key: "", label: "Date", value: "").spacedLabel == "Date")
    }

    @Test func pageLabelsSplitAroundTheNumber() {
        let zh = StandardWording.labels(language: "zh"), en = StandardWording.labels(language: "en")
        #expect(zh.page("12") == "第 12 页")
        #expect(zh.pageAffixes == ("第 ", " 页"))
        #expect(en.pageAffixes == ("Page ", ""))
        #expect(zh.labelled("日期", "2026年12月8日") == "日期：2026年12月8日")
        #expect(en.labelled("Date:", "x") == "Date:x")
    }

    /// A package built without front matter gets the standard one; the core's sections list puts
    /// the table of contents first.
    @Test func packagesDefaultToTheStandardFrontMatter() {
        var package = BidPackage(metadata: Self.metadata, parts: [Part(id: "a", title: "A", number: "1", sections: [Section(id: "s", title: "S", number: "1", kind: "markdown")])])
        #expect(package.frontMatter == .standard(for: Self.metadata))
        package.frontMatter.contents = Section(id: "toc", title: "目录", number: "", kind: "toc")
        #expect(package.sections.map(\.id) == ["toc", "s"])
    }

    @Test func twoTablesOfContentsAreRejected() throws {
        var w = WireWriter()
        Cover(title: "t", kind: "k").write(to: &w)
        w.array([Section(id: "a", title: "", number: "", kind: "toc"), Section(id: "b", title: "", number: "", kind: "toc")]) { w, s in s.write(to: &w) }
        w.array([Field]()) { _, _ in }
        var r = WireReader(w.bytes)
        #expect(throws: WireError.self) { try FrontMatter(from: &r) }
    }
}
