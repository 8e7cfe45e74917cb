import BidKitModel

/// A synthetic bid of roughly `pages` printed pages (≈ 10 KB of model per page, the size the design
/// brief quotes for a 500-page bid): CJK prose, lists and a long price table, deterministic.
enum LargePackage {
    static func make(pages: Int) -> BidPackage {
        let sentence = "本系统采用分层分布式架构，前端摄像机通过工业以太网交换机接入变电站本地存储，并经电力数据网上传至地市统一视频平台。"
        var parts: [Part] = []
        let sectionsPerPart = 10
        let sections = max(1, pages / 5)  // five pages a section
        for p in 0..<max(1, sections / sectionsPerPart) {
            var part = Part(id: "part-\(p)", title: "第\(p + 1)部分", number: "第\(p + 1)章")
            for s in 0..<sectionsPerPart {
                let id = "s-\(p)-\(s)"
                var blocks: [Block] = []
                for h in 0..<5 {
                    blocks.append(.heading(Heading(level: 3, number: "（\(h + 1)）", anchor: "\(id)-\(h)", content: [.text("技术要点 \(h + 1)")])))
                    for _ in 0..<8 {
                        blocks.append(.paragraph(Paragraph([.text(sentence), .strong([.text("重点说明")]), .text(sentence)])))
                    }
                    blocks.append(.list(ListBlock(ordered: true, items: (0..<5).map { [.paragraph(Paragraph([.text("第\($0 + 1)项：\(sentence)")]))] })))
                }
                let rows = (0..<40).map { r in
                    Table.Row(["\(r + 1)", "网络摄像机", "800万像素 星光级 H.265", "台", "12", "3,450.00", "41,400.00"].map { Table.Cell($0) })
                }
                blocks.append(.table(Table(columns: Array(repeating: Table.Column(), count: 7), body: rows, role: "price-schedule")))
                part.sections.append(Section(id: id, title: "章节 \(s + 1)", number: "\(s + 1)、", kind: "markdown", blocks: blocks))
            }
            parts.append(part)
        }
        return BidPackage(
            metadata: Metadata(projectID: "bench", title: "基准测试投标文件", language: "zh", tenderNumber: "ZB-BENCH",
                               buyer: "某供电公司", bidder: "某某科技有限公司", date: "2026-12-08"),
            parts: parts)
    }
}
