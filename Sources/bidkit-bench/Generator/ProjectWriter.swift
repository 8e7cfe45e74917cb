import BidKitMoney
import Foundation

/// Writes a benchmark project and the same content as one Markdown file for pandoc:
///
///     DIR/project/      bid.yaml, requirements.yaml, prices.csv, sections/pNN/sNNNN.md, images/topology.png
///     DIR/pandoc.md     every part and section in binding order, the price schedule as a GFM table
///
/// A commercial part holds the generated price schedule; the Markdown sections follow in technical
/// parts of `BenchSize.sectionsPerPart`. Every tenth section covers a required document and answers a
/// clause, so `bidkit check` runs every rule on real data; the project checks clean (exit 0).
/// The same size and seed always give the same bytes.
struct ProjectWriter {
    var size: BenchSize
    var seed: UInt64
    /// The picture sections show (a PNG), copied into the project.
    var image: String

    static let bidder = "澄州启衡智能科技有限公司"
    static let title = "国网临澜市供电公司变电站视频监控及网络升级改造项目（基准测试）"

    func write(to dir: String) throws {
        let fm = FileManager.default
        let project = dir + "/project"
        if fm.fileExists(atPath: dir) { try fm.removeItem(atPath: dir) }
        try fm.createDirectory(atPath: project + "/images", withIntermediateDirectories: true)
        try fm.copyItem(atPath: image, toPath: project + "/images/topology.png")

        var random = SeededRandom(seed: seed)
        let prices = PriceListWriter(count: size.priceLines, random: &random)
        var writer = SectionWriter(random: random)
        var yaml = Self.header(title: Self.title, ceiling: Money.round(prices.subtotal * 12 / 10, scale: 0))
        var requirements = "requirements:\n  - {id: D-PRICE, kind: document, text: 分项报价表, mandatory: true}\n"
        var responses = "responses:\n"
        var pandoc = Self.cover + "# 商务部分\n\n## 分项报价表\n\n注：单价与合价均为含税价，货币单位为元。\n\n" + prices.gfmTable + "\n\n" + Self.signature

        let parts = (size.sections + BenchSize.sectionsPerPart - 1) / BenchSize.sectionsPerPart
        for p in 0..<parts {
            let partTitle = "技术部分（\(p + 1)）"
            yaml += "  - id: technical-\(p + 1)\n    title: \(partTitle)\n    sections:\n"
            pandoc += "# \(partTitle)\n\n"
            let folder = String(format: "sections/p%02d", p + 1)
            try fm.createDirectory(atPath: project + "/" + folder, withIntermediateDirectories: true)
            for s in (p * BenchSize.sectionsPerPart)..<min(size.sections, (p + 1) * BenchSize.sectionsPerPart) {
                let id = String(format: "s%04d", s + 1)
                let section = writer.section(index: s, id: id)
                var covers = ""
                if s % 10 == 0 {
                    let n = s / 10 + 1
                    requirements += "  - {id: D-\(n), kind: document, text: \(section.title), mandatory: true}\n"
                    requirements += "  - {id: T-\(n), kind: clause, category: technical, text: 摄像机有效像素不低于 400 万, mandatory: true}\n"
                    responses += "  - {requirement: T-\(n), response: comply, offer: 800 万像素, section: \(id)}\n"
                    covers = ", covers: [D-\(n)]"
                }
                yaml += "      - {id: \(id), title: \(section.title), source: \(folder)/\(id).md, owner: 周明, due: 2026-12-05, status: done\(covers)}\n"
                try section.markdown(headingShift: 0, imagePath: "../../images/topology.png")
                    .write(toFile: "\(project)/\(folder)/\(id).md", atomically: false, encoding: .utf8)
                pandoc += "## \(section.title)\n\n" + section.markdown(headingShift: 2, imagePath: "project/images/topology.png")
            }
        }
        try yaml.write(toFile: project + "/bid.yaml", atomically: false, encoding: .utf8)
        try (requirements + responses).write(toFile: project + "/requirements.yaml", atomically: false, encoding: .utf8)
        try prices.csv.write(toFile: project + "/prices.csv", atomically: false, encoding: .utf8)
        try pandoc.write(toFile: dir + "/pandoc.md", atomically: false, encoding: .utf8)
    }

    private static func header(title: String, ceiling: Decimal) -> String {
        """
        # Benchmark project written by `bidkit-bench project` (see bench/README.md); regenerate, do not edit.
        project: {id: bench, name: \(title), language: zh, date: 2026-12-08}
        tender: {number: LLGD-ZB-2026-0457, buyer: 国网临澜市供电公司, deadline: "2026-12-10T09:30:00+08:00", validity_days: 90, ceiling: \(ceiling), requirements: requirements.yaml}
        bidder: {name: \(bidder), legal_representative: 王建国, address: 江东省澄州市高新区创新路 88 号, validity_days: 120}
        pricing: {currency: CNY, tax_rate: 0.13, prices_include_tax: true, items_file: prices.csv}
        parts:
          - id: commercial
            title: 商务部分
            sections:
              - {id: price-schedule, title: 分项报价表, generate: price-schedule, owner: 李娜, due: 2026-12-04, status: done, covers: [D-PRICE]}

        """
    }

    /// What BidKit's cover page says, as paragraphs, so pandoc's output carries the same facts.
    private static let cover = """
        投标文件

        项目名称：\(title)

        招标编号：LLGD-ZB-2026-0457

        招标人：国网临澜市供电公司

        投标人：\(bidder)

        日期：2026年12月8日


        """

    /// The seal and signature lines BidKit prints under the price schedule.
    private static let signature = "投标人（盖章）：\(bidder)\n\n法定代表人或授权代表（签字）：王建国\n\n日期：2026年12月8日\n\n"
}
