import HtmlWriter

/// Small packages built in code, each aimed at one behaviour.
enum Fixtures {
    static let hostile = "<script>alert(1)</script>"

    static func metadata(language: String = "zh", bidder: String = "澄州启衡智能科技有限公司", buyer: String = "国网临澜市供电公司",
                         title: String = "变电站视频监控项目") -> Metadata {
        Metadata(projectID: "fixture", title: title, language: language, template: "", tenderNumber: "ZB-2026-01",
                 buyer: buyer, agent: "", bidder: bidder, date: "2026-12-08", deadline: "2026-12-10T09:30:00+08:00",
                 fields: [Field("copy", "正本"), Field("total", "1,000.00"), Field("total_in_words", "人民币壹仟元整")])
    }

    /// One part, one section holding `blocks`.
    static func package(_ blocks: [Block], metadata: Metadata = metadata(), resources: [Resource] = []) -> BidPackage {
        BidPackage(metadata: metadata,
                   parts: [Part(id: "commercial", title: "商务部分", number: "第一章", sections: [
                       Section(id: "letter", title: "投标函", number: "一、", kind: "markdown", blocks: blocks),
                   ])],
                   resources: resources)
    }

    /// The index of the fixture's one section, so checks skip the cover and generated contents.
    static func section(in doc: HtmlDocument) throws -> Int {
        guard let index = doc.firstIndex(where: { $0.name == "section" && $0.has(class: "bid-section") }) else {
            throw TestFailure("no bid section in the output")
        }
        return index
    }

    static func paragraph(_ text: String) -> Block { .paragraph(Paragraph([.text(text)])) }

    static func render(_ package: BidPackage, options: RenderOptions = [:]) throws -> String {
        try HtmlWriter().renderString(package, options: options)
    }

    /// Renders and parses; the parse itself is the well-formedness check.
    static func document(_ package: BidPackage, options: RenderOptions = [:]) throws -> (html: String, doc: HtmlDocument) {
        let html = try render(package, options: options)
        return (html, try HtmlDocument(html))
    }

    /// A price schedule like the generated one: header, two lines, subtotal/total/words footer.
    static var priceSchedule: Table {
        let columns = [Table.Column(alignment: .center, weight: 1), Table.Column(alignment: .left, weight: 6),
                       Table.Column(alignment: .right, weight: 2), Table.Column(alignment: .right, weight: 3)]
        return Table(
            columns: columns,
            header: [Table.Row([Table.Cell("序号"), Table.Cell("名称"), Table.Cell("数量"), Table.Cell("合价（元）")])],
            body: [Table.Row([Table.Cell("1"), Table.Cell("摄像机"), Table.Cell("2"), Table.Cell("600.00")]),
                   Table.Row([Table.Cell("2"), Table.Cell("交换机"), Table.Cell("1"), Table.Cell("400.00")])],
            footer: [Table.Row([Table.Cell("投标总价", colspan: 3), Table.Cell("1,000.00")]),
                     Table.Row([Table.Cell("投标总价（大写）"), Table.Cell("人民币壹仟元整", colspan: 3)])],
            caption: "", role: "price-schedule")
    }
}
