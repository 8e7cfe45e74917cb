import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// Acceptance 2: a cn-goods project filled in with the substation sample's data — its bidder,
/// certificates, prices, clauses and responses and its section texts, written where the skeleton's
/// markers are — checks clean. The skeleton asks for exactly what a complete bid needs.
@Suite("Filling the cn-goods skeleton")
struct TemplateFillTests {
    static let sample = TestPaths.packageRoot + "/Samples/substation-video-tender"

    /// Replaces each `【TODO：…】` of `text`, in order, with the next value; drops whole-line
    /// `TODO：…` instructions (they are deleted once followed).
    static func fill(_ text: String, _ values: [String]) throws -> String {
        var values = values[...]
        var out = ""
        var rest = text[...]
        while let open = rest.range(of: "【TODO") {
            guard let close = rest[open.upperBound...].firstIndex(of: "】"), let value = values.popFirst() else {
                throw CocoaError(.coderInvalidValue, userInfo: [NSDebugDescriptionErrorKey: "more markers than values in \(text.prefix(40))"])
            }
            out += rest[..<open.lowerBound] + value
            rest = rest[rest.index(after: close)...]
        }
        #expect(values.isEmpty, "unused values \(Array(values))")
        return (out + rest).components(separatedBy: "\n").filter { !$0.hasPrefix("TODO：") }.joined(separator: "\n")
    }

    /// `text` with `old` replaced once; the test fails when the skeleton no longer has `old`.
    static func replace(_ text: String, _ old: String, _ new: String) -> String {
        #expect(text.contains(old), "missing: \(old)")
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The part of `text` from `start` up to (not including) `end`, or to the end of the text.
    static func slice(_ text: String, from start: String, to end: String? = nil) -> String {
        guard let a = text.range(of: start) else { return "" }
        guard let end, let b = text[a.lowerBound...].range(of: end) else { return String(text[a.lowerBound...]) }
        return String(text[a.lowerBound..<b.lowerBound])
    }

    @Test func theFilledSkeletonChecksClean() throws {
        let tmp = try TemporaryDirectory()
        let dir = tmp.path + "/bid"
        let fm = FileManager.default
        let made = try TemplateFixture.initProject(dir, template: "cn-goods", [
            "--tender-number", "LLGD-ZB-2026-0457", "--buyer", "国网临澜市供电公司", "--bidder", "澄州启衡智能科技有限公司",
            "--project-name", "国网临澜市供电公司2026年变电站视频监控及网络升级改造项目", "--deadline", "2026-12-10T09:30:00+08:00",
        ])
        try #require(made.status == 0, "\(made.output)")
        let sampleBid = try TemplateFixture.read(Self.sample + "/bid.yaml")

        // bid.yaml: the sample's bidder, certificates, customer and tender figures where the markers are.
        var bid = try TemplateFixture.read(dir + "/bid.yaml")
        bid = Self.replace(bid, "  copy: 正本\n", "  copy: 正本\n  known_names: [国网云栖市供电公司, 澄州市水务集团有限公司, 云栖市轨道交通视频监控项目]\n")
        bid = Self.replace(bid, "  buyer: 国网临澜市供电公司\n", "  buyer: 国网临澜市供电公司\n  agent: 临澜诚信招标代理有限公司\n  lot: 包1\n")
        bid = Self.replace(bid, "  validity_days: 90\n  requirements:", "  validity_days: 90\n  ceiling: 2000000.00\n  bid_bond: 20000.00\n  requirements:")
        bid = Self.replace(bid, "legal_representative: TODO：填写法定代表人姓名", "legal_representative: 王建国")
        bid = Self.replace(bid, "authorized_agent: TODO：填写委托代理人姓名（法定代表人亲自签署时删除本行及授权委托书）", "authorized_agent: 陈志远")
        bid = Self.replace(bid, "address: TODO：填写投标人注册地址", "address: 江东省澄州市高新区创新路 88 号启衡大厦 6 层")
        bid = Self.replace(bid, "name: TODO：填写联系人", "name: 陈志远")
        bid = Self.replace(bid, "phone: TODO：填写联系电话", "phone: \"0575-86627788\"")
        bid = Self.replace(bid, "email: TODO：填写电子邮箱", "email: chenzhiyuan@qiheng-tech.example.com")
        bid = Self.replace(bid, Self.slice(bid, from: "  validity_days: 90\n  qualifications:", to: "\npricing:"),
                           "  validity_days: 120\n  bid_bond: 20000.00\n" + Self.slice(sampleBid, from: "  qualifications:", to: "\npricing:"))
        bid = Self.replace(bid, "  items_file: prices.csv\n", "  items_file: prices.csv\n  stated_total: 1872941.80\n")
        try TemplateFixture.write(dir + "/bid.yaml", bid)
        for folder in ["attachments", "images"] { try fm.copyItem(atPath: Self.sample + "/" + folder, toPath: dir + "/" + folder) }

        // Prices: the sample's 68 lines replace the placeholder line.
        try fm.removeItem(atPath: dir + "/prices.csv")
        try fm.copyItem(atPath: Self.sample + "/prices.csv", toPath: dir + "/prices.csv")

        // Requirements: the skeleton's documents stay; the sample's qualifications, clauses and responses
        // replace the placeholders, each response pointing at the skeleton's section that now holds the text.
        let sampleReq = try TemplateFixture.read(Self.sample + "/requirements.yaml")
        let req = try TemplateFixture.read(dir + "/requirements.yaml")
        var responses = Self.slice(sampleReq, from: "responses:")
        for old in ["tech-equipment", "tech-architecture", "tech-implementation", "tech-training"] {
            responses = responses.replacingOccurrences(of: "section: \(old)\n", with: "section: technical-proposal\n")
        }
        let filledReq = Self.slice(req, from: "#", to: "  # ---- 投标人资格要求")
            + Self.slice(sampleReq, from: "  # ---- 投标人资格要求", to: "  # ---- 格式要求")
            + Self.slice(req, from: "  # ---- 格式要求", to: "responses:") + responses
        try TemplateFixture.write(dir + "/requirements.yaml", filledReq)

        // Sections: the sample's texts where it has them, the markers filled in where it has not.
        let s = dir + "/sections/"
        func fillFile(_ path: String, _ values: [String]) throws {
            try TemplateFixture.write(s + path, try Self.fill(try TemplateFixture.read(s + path), values))
        }
        try fillFile("commercial/bid-letter.md", ["1", "4", "在合同签订后 60 日历天内完成全部设备的供货、安装和调试并具备验收条件", "5 年"])
        try fillFile("commercial/legal-representative.md", ["有限责任公司", "91330108573126481K", "2011年5月18日", "长期", "男", "52 岁", "董事长、总经理"])
        try fillFile("commercial/power-of-attorney.md", ["330106197203154517", "330102198809236615", "董事长、总经理", "电力行业事业部销售经理", "0575-86627701"])
        try fillFile("commercial/sme-declaration.md", ["变电站视频监控设备", "工业", "{{bidder.name}}", "186", "9,860", "7,420", "小型企业",
                                                        "网络交换设备", "工业", "{{bidder.name}}", "186", "9,860", "7,420", "小型企业"])
        try fillFile("appendix/bid-bond.md", ["2026年12月4日", "银行转账", "人民币贰万元整", "20,000.00", "中国工商银行澄州高新支行",
                                             "1202 0210 0910 0123 456", "临澜诚信招标代理有限公司"])
        let technical = try ["overview", "architecture", "equipment", "implementation", "quality-safety", "training"].map {
            try TemplateFixture.read(Self.sample + "/sections/technical/\($0).md")
        }
        try TemplateFixture.write(s + "technical/technical-proposal.md", technical.joined(separator: "\n"))
        try fm.removeItem(atPath: s + "technical/after-sales.md")
        try fm.copyItem(atPath: Self.sample + "/sections/technical/after-sales.md", toPath: s + "technical/after-sales.md")

        let (status, findings, output) = try TemplateFixture.check(dir)
        #expect(status == 0, "\(output)")
        #expect(findings.isEmpty, "\(findings)")
        let project = try ProjectLoader.load(folder: dir)
        #expect(project.pricing.items.count == 68 && project.requirements.count >= 35 && project.responses.count == 20)
        let report = Checker.check(try Assembler.assemble(project), asOf: TemplateFixture.start)
        #expect(report.errors == 0 && report.warnings == 0, "\(report.findings.map(\.message))")
        #expect(report.coverage.covered.count == report.coverage.total)
        #expect(try CLI.run(["build", dir, "--format", "txt", "--out", tmp.path + "/dist"]).status == 0)
    }
}
