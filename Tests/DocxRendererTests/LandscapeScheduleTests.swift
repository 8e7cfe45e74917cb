import BidKitPluginSDK
import DocxWriter
import Testing

/// Issue 12, item 5: a nine-column price schedule between other sections is printed on a landscape
/// section of its own (its text columns wrapped over four to five lines a row on A4 portrait).
@Suite struct LandscapeScheduleTests {
    static let headers = ["序号", "名称", "规格型号", "品牌", "单位", "数量", "单价（元）", "合价（元）", "备注"]

    static func package(columns: Int, short: Bool = false) -> BidPackage {
        var package = Fixtures.zh
        let heads = Array(headers.prefix(columns))
        let row = Array((short ? ["1", "摄像机", "KJ-IPC", "瞰界", "台", "60", "1,260.00", "75,600.00", ""]
                               : ["1", "400 万像素星光级红外枪型网络摄像机", "KJ-IPC-B4T40-IZ，1/1.8\" CMOS，2.8～12mm 电动变焦，红外 80m，H.265，IP67",
                                  "瞰界", "台", "60", "1,260.00", "75,600.00", "站区道路、围墙、设备区"]).prefix(columns))
        let table = Table(columns: heads.map { _ in Table.Column() }, header: [Table.Row(heads.map { Table.Cell($0) })],
                          body: [Table.Row(row.map { Table.Cell($0) })], role: "price-schedule")
        package.parts[0].sections[1].blocks = [Fixtures.p("注：单价含税。"), .table(table)]
        // A section after the schedule, so it is not the last of its part.
        package.parts[0].sections.append(Section(id: "after", title: "法定代表人身份证明", number: "三、", kind: "markdown", blocks: [Fixtures.p("正文")]))
        return package
    }

    /// The `w:sectPr` of every section in order, and the index of the one holding the schedule.
    func sections(_ doc: XMLPart) -> (all: [SectionPage], schedule: Int?) {
        let all = doc.nodes("//w:sectPr").map { SectionPage(orient: doc.string("w:pgSz/@w:orient", at: $0) ?? "", width: doc.string("w:pgSz/@w:w", at: $0) ?? "",
                                                             start: doc.string("w:pgNumType/@w:start", at: $0) ?? "", format: doc.string("w:pgNumType/@w:fmt", at: $0) ?? "") }
        // The schedule's section is the first section break after the table.
        let before = doc.nodes("//w:tbl[.//w:t[.='规格型号']]/following::w:sectPr[1]/preceding::w:sectPr").count
        return (all, doc.nodes("//w:tbl[.//w:t[.='规格型号']]").isEmpty ? nil : before)
    }

    struct SectionPage: Equatable { var orient, width, start, format: String }

    @Test func aNineColumnScheduleGetsALandscapeSectionAndThePagesRunOn() throws {
        let (docx, _) = try Fixtures.render(Self.package(columns: 9))
        let doc = try docx.xml("word/document.xml")
        let (all, schedule) = sections(doc)
        let i = try #require(schedule)
        #expect(all[i] == SectionPage(orient: "landscape", width: "16838", start: "", format: ""))
        #expect(all[i - 1].orient == "" && all[i - 1].width == "11906")
        // cover, contents (I, II …), 一、投标函 (numbers start at 1), the schedule, the rest of the part, part 2.
        #expect(all.map(\.orient) == ["", "", "", "landscape", "", ""])
        #expect(all.map(\.start) == ["", "1", "1", "", "", ""])
        // The table spans the landscape text width (16838 less cn-goods' 2 × 1701 dxa margins).
        let width = doc.nodes("//w:tbl[.//w:t[.='规格型号']]/w:tblGrid/w:gridCol").compactMap { Int(doc.string("@w:w", at: $0) ?? "") }.reduce(0, +)
        #expect(width == 16838 - 2 * 1701)
        // The section break starts its page: no page break before the schedule's heading as well.
        let heading = doc.nodes("//w:p[w:bookmarkStart[@w:name='price-schedule']]").first
        #expect(doc.nodes("w:pPr/w:pageBreakBefore", at: heading).isEmpty)
    }

    @Test(arguments: [(6, false), (9, true)])
    func schedulesThatFitPortraitStayPortrait(_ columns: Int, _ short: Bool) throws {
        let (docx, _) = try Fixtures.render(Self.package(columns: columns, short: short))
        let doc = try docx.xml("word/document.xml")
        #expect(doc.nodes("//w:pgSz[@w:orient='landscape']").isEmpty)
        #expect(sections(doc).all.map(\.start) == ["", "1", "1", ""])
    }
}
