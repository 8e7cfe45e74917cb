import BidKitPluginSDK
import BidKitTestSupport
import DocxWriter

/// Hand-built packages: a small zh bid with every block kind and an en one for decimal numbering.
enum Fixtures {
    static let templates = TestPaths.packageRoot + "/Templates"

    static func options(_ template: String) -> RenderOptions { ["template_dir": templates + "/" + template] }

    static func render(_ package: BidPackage, template: String? = nil) throws -> (DocxFile, DocxOutput) {
        let name = template ?? (package.metadata.language == "zh" ? "cn-goods" : "en-proposal")
        let output = try DocxWriter().renderDocx(package, options: options(name))
        return (try DocxFile(output.bytes), output)
    }

    static let png960 = TestImages.png(width: 960, height: 480)
    static let pngWide = TestImages.png(width: 1600, height: 400)
    static let png192 = TestImages.png(width: 384, height: 192, dpi: 192)
    static let jpeg300 = TestImages.jpeg(width: 600, height: 300, dpi: 300)

    static func p(_ text: String) -> Block { .paragraph(Paragraph([.text(text)])) }

    static var zh: BidPackage {
        let metadata = Metadata(
            projectID: "demo", title: "某市变电站视频监控项目", language: "zh", template: "cn-goods",
            tenderNumber: "ZB-2026-0001", buyer: "国网某市供电公司", bidder: "某某智能科技有限公司", date: "2026-12-08",
            fields: [Field("copy", "正本"), Field("legal_representative", "王建国")])
        let toc: [TocEntry] = [
            TocEntry(level: 1, number: "第一章", title: "商务部分", anchor: "commercial"),
            TocEntry(level: 2, number: "一、", title: "投标函", anchor: "bid-letter"),
            TocEntry(level: 2, number: "二、", title: "分项报价表", anchor: "price-schedule"),
            TocEntry(level: 1, number: "第二章", title: "技术部分", anchor: "technical"),
            TocEntry(level: 2, number: "一、", title: "技术方案", anchor: "solution"),
        ]
        let inlines: [Inline] = [
            .text("致："), .strong([.text("粗体")]), .emphasis([.text("斜体")]), .underline([.text("下划线")]),
            .strikethrough([.text("删除线")]), .code("code()"), .link(url: "https://example.com/a b", content: [.text("链接")]),
            .lineBreak, .text("第二行"), .softBreak, .text("中文续行"), .text(" Latin"), .softBreak, .text("words"),
        ]
        let nested = ListBlock(ordered: true, start: 3, items: [
            [p("第一项"), .list(ListBlock(ordered: false, items: [
                [p("二级"), .list(ListBlock(ordered: true, items: [[p("三级")]]))],
            ]))],
            [p("第二项"), p("第二项的第二段")],
        ])
        let bidLetter = Section(id: "bid-letter", title: "投标函", number: "一、", kind: "markdown", blocks: [
            .paragraph(Paragraph(inlines)),
            .list(nested),
            .list(ListBlock(ordered: true, items: [[p("另一列表")]])),
            .signature(Signature(slots: [
                .init(kind: .seal, label: "投标人（盖章）", value: "某某智能科技有限公司"),
                .init(kind: .signature, label: "法定代表人（签字）", value: ""),
                .init(kind: .date, label: "日期", value: "2026年12月8日"),
            ])),
        ])
        let price = Table(
            columns: [.init(alignment: .center, weight: 4), .init(alignment: .left, weight: 14),
                      .init(alignment: .right, weight: 6), .init(alignment: .right, weight: 10)],
            header: [Table.Row(["序号", "名称", "数量", "合价（元）"].map { Table.Cell($0) })],
            body: [Table.Row(["1", "摄像机", "60", "75,600.00"].map { Table.Cell($0) }),
                   Table.Row(["2", "交换机", "2", "1,200.00"].map { Table.Cell($0) })],
            footer: [Table.Row([Table.Cell("小计", colspan: 3), Table.Cell("76,800.00")]),
                     Table.Row([Table.Cell("投标总价", colspan: 3), Table.Cell("76,800.00")])],
            role: "price-schedule")
        let spans = Table(
            columns: [.init(), .init(), .init()],
            header: [Table.Row([Table.Cell("区域"), Table.Cell("设备"), Table.Cell("数量")])],
            body: [Table.Row([Table.Cell(blocks: [p("主控楼")], rowspan: 2), Table.Cell("摄像机"), Table.Cell("4")]),
                   Table.Row([Table.Cell("交换机"), Table.Cell("1")])],
            caption: "表 1 设备分布")
        let solution = Section(id: "solution", title: "技术方案", number: "一、", kind: "markdown", blocks: [
            .heading(Heading(level: 3, number: "（一）", anchor: "solution-1", content: [.text("总体设计")])),
            p("正文段落。"),
            .heading(Heading(level: 4, number: "1.", anchor: "solution-1-1", content: [.text("系统架构")])),
            .image(Image(resource: "img/960.png", alt: "系统拓扑图", title: "图 1 系统拓扑")),
            .image(Image(resource: "img/wide.png", alt: "宽图")),
            .image(Image(resource: "img/192.png", alt: "高分辨率图")),
            .image(Image(resource: "img/300.jpg", alt: "照片")),
            .heading(Heading(level: 5, number: "(1)", anchor: "solution-1-1-1", content: [.text("前端")])),
            .table(spans),
            .quote([p("引用的文字")]),
            .code(CodeBlock(language: "text", text: "line 1\n    indented\tline")),
            .thematicBreak,
            .pageBreak,
            p("分页后的段落。"),
        ])
        var front = FrontMatter.standard(for: metadata)
        front.contents = Section(id: "toc", title: "目录", number: "", kind: "toc", blocks: [.toc(toc)])
        return BidPackage(metadata: metadata, frontMatter: front, parts: [
            Part(id: "commercial", title: "商务部分", number: "第一章", sections: [
                bidLetter,
                Section(id: "price-schedule", title: "分项报价表", number: "二、", kind: "price-schedule",
                        blocks: [p("注：单价含税。"), .table(price)]),
            ]),
            Part(id: "technical", title: "技术部分", number: "第二章", sections: [solution]),
        ], resources: [
            Resource(id: "img/960.png", mediaType: "image/png", data: png960),
            Resource(id: "img/wide.png", mediaType: "image/png", data: pngWide),
            Resource(id: "img/192.png", mediaType: "image/png", data: png192),
            Resource(id: "img/300.jpg", mediaType: "image/jpeg", data: jpeg300),
        ])
    }

    static var en: BidPackage {
        let metadata = Metadata(projectID: "erp", title: "Cloud ERP", language: "en", template: "en-proposal",
                                tenderNumber: "RFP-1", buyer: "Northfield Inc.", bidder: "Harborline LLC", date: "2026-12-10")
        return BidPackage(metadata: metadata, parts: [
            Part(id: "commercial", title: "Commercial", number: "1", sections: [
                Section(id: "letter", title: "Cover Letter", number: "1.1", kind: "markdown", blocks: [
                    .heading(Heading(level: 3, number: "1.1.1", anchor: "letter-1", content: [.text("Scope")])),
                    .paragraph(Paragraph([.text("Dear"), .softBreak, .text("Sir")])),
                ]),
            ]),
        ])
    }
}
