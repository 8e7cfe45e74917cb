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

    /// The turned pages' header and footer span the landscape page: the tender number's right tab
    /// sits at the landscape text width (it stayed at the portrait 8504 dxa, 60 % across), the portrait
    /// sections keep the template's parts, and the footer's PAGE field runs on.
    @Test(arguments: [nil, "cn-works"] as [String?])
    func theLandscapeSectionHasAHeaderAcrossItsWidth(_ template: String?) throws {
        var package = Self.package(columns: 9)
        let (docx, _) = try Fixtures.render(package, template: template)
        let doc = try docx.xml("word/document.xml"), rels = try docx.xml("word/_rels/document.xml.rels")
        func target(_ id: String) -> String { rels.string("//*[local-name()='Relationship'][@Id='\(id)']/@Target") ?? "" }
        let headers = doc.strings("//w:sectPr/w:headerReference/@r:id").map(target)
        let landscape = doc.strings("//w:sectPr[w:pgSz/@w:orient='landscape']/w:headerReference/@r:id").map(target)
        #expect(landscape == ["header2.xml"])
        #expect(headers.filter { $0 == "header1.xml" }.count == headers.count - 1)
        #expect(doc.strings("//w:sectPr[w:pgSz/@w:orient='landscape']/w:footerReference/@r:id").map(target) == ["footer2.xml"])
        let header = try docx.xml("word/header2.xml")
        // 16838 less the templates' 2 × 1701 dxa margins; the style's portrait stop cleared.
        #expect(header.strings("//w:p/w:pPr/w:tabs/w:tab[@w:val='right']/@w:pos") == ["13436"])
        #expect(header.strings("//w:p/w:pPr/w:tabs/w:tab[@w:val='clear']/@w:pos") == ["8504"])
        #expect(header.strings("//w:t").joined().contains("招标编号："))
        let footer = try docx.xml("word/footer2.xml")
        #expect(footer.strings("//w:instrText").joined().contains("PAGE"))
        #expect(footer.count("//w:pgNumType") == 0 && doc.count("//w:sectPr[w:pgSz/@w:orient='landscape']/w:pgNumType") == 0)
    }

    @Test func withoutALandscapeSectionThereIsOneHeader() throws {
        let (docx, _) = try Fixtures.render(Self.package(columns: 6))
        #expect(try docx.text("word/_rels/document.xml.rels").contains("header2.xml") == false)
        #expect((try? docx.data("word/header2.xml")) == nil)
    }
}
