import BidKitTestSupport
import Foundation
import Testing
@testable import HtmlWriter

/// Issue 12, items 11–13: the printed page (its size, running header, page numbers, the cover on
/// one page, Chinese indents, header cells) and the phone (wide tables as labelled cards).
@Suite("print furniture and phone layout")
struct PrintAndPhoneTests {
    /// Nine columns like the generated price schedule, with a footer whose first cell spans.
    static var wideSchedule: Table {
        let headers = ["序号", "名称", "规格型号", "品牌", "单位", "数量", "单价（元）", "合价（元）", "备注"]
        return Table(
            columns: headers.indices.map { Table.Column(alignment: $0 >= 5 && $0 <= 7 ? .right : .left) },
            header: [Table.Row(headers.map { Table.Cell($0) })],
            body: [Table.Row(["1", "摄像机", "KJ-IPC-B4T40-IZ", "瞰界", "台", "60", "1,260.00", "75,600.00", ""].map { Table.Cell($0) })],
            footer: [Table.Row([Table.Cell("投标总价", colspan: 7), Table.Cell("75,600.00"), Table.Cell("")])],
            role: "price-schedule")
    }

    @Test func wideTableCellsCarryTheirColumnHeaderForThePhone() throws {
        let (_, doc) = try Fixtures.document(Fixtures.package([.table(Self.wideSchedule)]))
        let cells = doc.all("td")
        #expect(cells.prefix(9).map { $0.attributes["data-label"] ?? "" }
            == ["序号", "名称", "规格型号", "品牌", "单位", "数量", "单价（元）", "合价（元）", "备注"])
        // The footer's leading spanning cell is the card's title; the amount after it is labelled.
        let total = try #require(cells.first { $0.text == "投标总价" })
        #expect(total.attributes["data-label"] == nil)
        #expect(cells.first { $0.text == "75,600.00" && $0.attributes["data-label"] == "合价（元）" } != nil)
        #expect(doc.all("th").allSatisfy { $0.attributes["data-label"] == nil })
    }

    @Test func narrowTablesAreNotLabelled() throws {
        let (html, _) = try Fixtures.document(Fixtures.package([.table(Fixtures.priceSchedule)]))
        #expect(!html.contains("data-label=\""))
    }

    @Test func labelsOfMultiRowHeadersJoinEveryRow() throws {
        let table = Table(
            columns: Array(repeating: Table.Column(), count: 6),
            header: [Table.Row([Table.Cell(blocks: [Fixtures.paragraph("设备")], rowspan: 2), Table.Cell("报价", colspan: 5)]),
                     Table.Row(["单价", "数量", "合价", "税率", "税额"].map { Table.Cell($0) })],
            body: [Table.Row(["交换机", "36,500.00", "2", "73,000.00", "13%", "9,490.00"].map { Table.Cell($0) })])
        let (_, doc) = try Fixtures.document(Fixtures.package([.table(table)]))
        #expect(doc.all("td").map { $0.attributes["data-label"] ?? "" } == ["设备", "报价 单价", "报价 数量", "报价 合价", "报价 税率", "报价 税额"])
    }

    @Test(arguments: ["zh", "en"])
    func printedPagesCarryTheProjectTenderNumberAndPageNumbersAfterTheCover(_ language: String) throws {
        let html = try Fixtures.render(Fixtures.package([Fixtures.paragraph("正文")], metadata: Fixtures.metadata(language: language)))
        #expect(html.contains("@top-left { content: \"变电站视频监控项目\"; }"))
        let tender = language == "zh" ? "招标编号：ZB-2026-01" : "Tender number: ZB-2026-01"
        #expect(html.contains("@top-right { content: \"\(tender)\"; }"))
        let page = language == "zh" ? "\"第 \" counter(page) \" 页\"" : "\"Page \" counter(page) \"\""
        #expect(html.contains("@bottom-center { content: \(page); }"))
        // Counted from the page after the cover, which carries none of it.
        #expect(html.contains("@page :first {\n  counter-reset: page 0;\n  @top-left { content: none; }"))
    }

    @Test func runningHeaderTextCannotBreakOutOfTheStylesheet() throws {
        let title = "项目\"; } body { display: none } </style><script>alert(1)</script>\\"
        let (html, doc) = try Fixtures.document(Fixtures.package([], metadata: Fixtures.metadata(title: title)))
        #expect(!html.contains("</style><script>"))
        #expect(doc.all("script").isEmpty)
        #expect(html.contains("@top-left { content: \"项目\\22 ; } body { display: none } \\3C /style\\3E \\3C script\\3E alert(1)\\3C /script\\3E \\5C \"; }"))
        #expect(PrintFurniture.string("a\nb") == "\"a\\A b\"")
    }

    /// The HTML print uses the page of the DOCX the same template makes.
    @Test(arguments: ["cn-goods", "cn-works", "en-proposal"])
    func shippedTemplatesPrintOnTheirDocxPage(_ template: String) throws {
        let root = Samples.templateDirectory(template)
        let css = try String(contentsOfFile: root + "/html/style.css", encoding: .utf8)
        let document = try String(contentsOfFile: root + "/docx/reference/word/document.xml", encoding: .utf8)
        let twips = { (name: String, attribute: String) -> Double? in
            guard let element = document.range(of: "<w:\(name) [^>]*>", options: .regularExpression).map({ String(document[$0]) }),
                  let value = element.range(of: "w:\(attribute)=\"[0-9]+\"", options: .regularExpression)
            else { return nil }
            return Double(element[value].dropFirst(attribute.count + 4).dropLast())
        }
        let mm = { (t: Double?) in ((t ?? 0) * 25.4 / 1440 * 10).rounded() / 10 }
        let width = mm(twips("pgSz", "w")), height = mm(twips("pgSz", "h"))
        let size = width == 210 && height == 297 ? "A4" : (width == 215.9 && height == 279.4 ? "letter" : "?")
        let top = mm(twips("pgMar", "top")), left = mm(twips("pgMar", "left"))
        #expect(size != "?")
        let page = try #require(css.range(of: "@page \\{[^}]*\\}", options: .regularExpression).map { String(css[$0]) })
        #expect(page.contains("size: \(size);"), "\(template): \(page)")
        let margin = top == left ? "margin: \(Self.mmText(top));" : "margin: \(Self.mmText(top)) \(Self.mmText(left));"
        #expect(page.contains(margin), "\(template): \(page) should have \(margin)")
    }

    static func mmText(_ mm: Double) -> String {
        mm == mm.rounded() ? "\(Int(mm))mm" : "\(mm)mm"
    }

    @Test func builtInPageIsTheBuiltInDocxPage() {
        // The DOCX writer's default page (PageSetup.a4): A4, top and bottom 1440 twips (25.4 mm),
        // left and right 1800 twips (31.75 mm).
        #expect(BuiltInStyle.paper.contains("size: A4;\n  margin: 25.4mm 31.75mm;"))
    }

    @Test func coverHeightIncludesItsPaddingSoItFitsOnePage() {
        #expect(BuiltInStyle.paper.contains("box-sizing: border-box;"))
        #expect(BuiltInStyle.paper.contains("min-height: var(--cover-height, 232mm);"))
    }

    @Test func chineseSalutationStaysFlushLeftAndOtherParagraphsAreIndented() throws {
        let blocks = [Fixtures.paragraph("致：国网临澜市供电公司"), Fixtures.paragraph("根据贵方招标文件的要求。")]
        let (html, _) = try Fixtures.document(Fixtures.package(blocks))
        #expect(html.contains("<p class=\"salutation\">致：国网临澜市供电公司</p>"))
        #expect(html.contains("<p>根据贵方招标文件的要求。</p>"))
        #expect(html.contains(":lang(zh) .bid-section > p:not([class]) { text-indent: 2em; }"))
        #expect(html.contains("word-break: keep-all;"))
    }
}
