import Foundation

/// Writes a synthetic bid project of about `pages` printed pages to `dir`: 100 Markdown sections of
/// CJK prose, lists and tables (≈ 5 pages each), a 2,000-line CSV price list and 60 requirements.
/// It checks clean, so `bidkit check` on it measures the full rule set's cost without findings noise.
enum LargeProject {
    static func write(to dir: String, pages: Int) throws {
        let fm = FileManager.default
        try fm.createDirectory(atPath: dir + "/sections", withIntermediateDirectories: true)
        let sections = max(2, pages / 5)
        let sentence = "本系统采用分层分布式架构，前端摄像机通过工业以太网交换机接入变电站本地存储，并经电力数据网上传至地市统一视频平台。"
        var yaml = """
            project: {id: bench-500, name: 基准测试项目, language: zh, date: 2026-12-08}
            tender: {number: ZB-2026-0001, buyer: 某供电公司, deadline: "2026-12-10T09:30:00+08:00", validity_days: 90, ceiling: 999999999, requirements: requirements.yaml}
            bidder: {name: 某某科技有限公司, legal_representative: 王建国, address: 某市创新路 1 号, validity_days: 120}
            pricing: {tax_rate: 0.13, items_file: prices.csv}
            parts:
              - id: technical
                title: 技术部分
                sections:

            """
        var requirements = "requirements:\n", responses = "responses:\n"
        for s in 0..<sections {
            let id = "s\(s)"
            var covers = ""
            if s < 60 {
                requirements += "  - {id: T-\(s), kind: clause, category: technical, text: 摄像机有效像素不低于 400 万, mandatory: true}\n"
                responses += "  - {requirement: T-\(s), response: comply, offer: 800 万像素, section: \(id)}\n"
                covers = ", covers: [T-\(s)]"
            }
            yaml += "      - {id: \(id), title: 章节\(s + 1), source: sections/\(id).md, owner: 周明, due: 2026-12-05, status: done\(covers)}\n"
            var md = ""
            for h in 0..<5 {
                md += "# 技术要点 \(h + 1)\n\n"
                for _ in 0..<8 { md += "\(sentence)**重点说明**\(sentence)\n\n" }
                for i in 0..<5 { md += "\(i + 1). 第\(i + 1)项：\(sentence)\n" }
                md += "\n"
            }
            md += "| 序号 | 名称 | 规格 | 数量 | 单价 |\n|--:|--|--|--:|--:|\n"
            for r in 0..<40 { md += "| \(r + 1) | 网络摄像机 | 800万像素 星光级 H.265 | 12 | 3,450.00 |\n" }
            try md.write(toFile: dir + "/sections/\(id).md", atomically: true, encoding: .utf8)
        }
        var csv = "no,name,spec,unit,quantity,unit_price,unit_cost\n"
        for i in 0..<2000 { csv += "\(i + 1),网络摄像机,\"800万像素, 星光级\",台,\(i % 7 + 1),3450.00,2600.00\n" }
        try yaml.write(toFile: dir + "/bid.yaml", atomically: true, encoding: .utf8)
        try (requirements + responses).write(toFile: dir + "/requirements.yaml", atomically: true, encoding: .utf8)
        try csv.write(toFile: dir + "/prices.csv", atomically: true, encoding: .utf8)
    }
}
