import BidKitModel

/// A small Chinese bid built by hand, with every block type the renderer handles.
enum SampleBid {
    static let longCode = "curl -s https://bidkit.example.com/api/v1/tenders/ZB-2025-017/documents?format=txt&copy=original | sha256sum"

    static let metadata = Metadata(
        projectID: "zhjt-2025", title: "某市智慧交通信号控制系统采购项目", language: "zh",
        tenderNumber: "ZB-2025-017", buyer: "某市交通运输局", bidder: "华东智能科技有限公司",
        date: "2025-06-18", fields: [Field("copy", "正本")])

    static func paragraph(_ inlines: Inline...) -> Block { .paragraph(Paragraph(inlines)) }

    static let commitments: [Block] = [
        .heading(Heading(level: 3, number: "（一）", anchor: "h-1", content: [.text("承诺事项")])),
        paragraph(
            .text("我方已详细审查全部招标文件，"), .strong([.text("完全理解并同意")]), .text("放弃对此提出异议的权利。信号机支持"),
            .softBreak, .text("智能配时，并兼容"), .softBreak, .text("ONVIF"), .softBreak, .text("protocol，视频采用"),
            .code("H.265"), .text("编码；"), .strikethrough([.text("旧条款")]), .text("已删除，详见"),
            .link(url: "https://example.com/spec", content: [.text("技术规范")]), .text("与"),
            .link(url: "https://example.com", content: [.text("https://example.com")]), .text("。"),
            .lineBreak, .emphasis([.text("本承诺自投标截止之日起九十日历天内有效，在此期间内我方的投标文件对我方具有约束力。")])),
        .list(ListBlock(ordered: true, start: 3, items: [
            [paragraph(.text("按招标文件要求提供全部设备、软件及安装调试服务，并在合同签订后九十日历天内完成全部工程的交付与验收工作。"))],
            [
                paragraph(.text("提供三年免费质保：")),
                .list(ListBlock(ordered: false, items: [
                    [paragraph(.text("硬件整机保修"))],
                    [
                        paragraph(.text("软件免费升级")),
                        .list(ListBlock(ordered: false, items: [[paragraph(.text("远程升级"))], [paragraph(.text("现场升级"))]])),
                    ],
                ])),
            ],
        ])),
    ]

    static let priceTable = Table(
        columns: [.init(), .init(), .init(alignment: .right), .init(alignment: .right)],
        header: [Table.Row([.init("序号"), .init("货物名称"), .init("数量"), .init("金额（元）")])],
        body: [
            Table.Row([.init("1"), .init("交通信号控制机"), .init("48"), .init("1,152,000.00")]),
            Table.Row([.init("2"), .init("视频检测器（含安装支架及配套线缆，室外防护等级IP67）"), .init("96"), .init("864,000.00")]),
        ],
        footer: [Table.Row([.init("合计", colspan: 3), .init("2,016,000.00")])],
        caption: "表1 分项报价表", role: "price-schedule")

    static let closing: [Block] = [
        .table(priceTable),
        .image(Image(resource: "img-1", alt: "系统拓扑图", title: "图1 系统总体架构")),
        .quote([paragraph(.text("招标文件第三章第5条：投标人须提供近三年同类项目业绩证明。"))]),
        .code(CodeBlock(language: "sh", text: longCode + "\n")),
        .thematicBreak,
        .pageBreak,
        .signature(Signature(slots: [
            .init(kind: .seal, label: "投标人（盖章）", value: "华东智能科技有限公司"),
            .init(kind: .signature, label: "法定代表人或授权代表（签字）"),
            .init(kind: .date, label: "日期", value: "2025年6月18日"),
        ])),
    ]

    static let toc: [TocEntry] = [
        TocEntry(level: 1, number: "第一章", title: "商务部分", anchor: "p1"),
        TocEntry(level: 2, number: "一、", title: "投标函", anchor: "s1"),
        TocEntry(level: 3, number: "（一）", title: "承诺事项", anchor: "h-1"),
        TocEntry(level: 1, number: "第二章", title: "技术部分", anchor: "p2"),
    ]

    static let package = BidPackage(metadata: metadata, frontMatter: FrontMatter(
        cover: .standard(for: metadata), contents: Section(id: "toc", title: "目录", number: "", kind: "toc", blocks: [.toc(toc)]),
        labels: StandardWording.labels(language: metadata.language)), parts: [
        Part(id: "commercial", title: "商务部分", number: "第一章", sections: [
            Section(id: "letter", title: "投标函", number: "一、", kind: "markdown", blocks: commitments + closing),
        ]),
        Part(id: "technical", title: "技术部分", number: "第二章", sections: [
            Section(id: "plan", title: "实施方案", number: "二、", kind: "markdown", blocks: [
                paragraph(.text("详见附件。")),
            ]),
        ]),
    ])
}
