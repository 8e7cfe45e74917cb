import BidKitTestSupport
import Foundation
import Testing
@testable import BidKit

/// template.yaml is read like bid.yaml: every mistake at its file:line:col, with a did-you-mean.
@Suite("Template loading")
struct TemplateLoaderTests {
    @Test(arguments: TemplateFixture.shipped)
    func shippedTemplatesLoad(_ name: String) throws {
        let t = try TemplateLoader.load(folder: TemplateFixture.root + "/" + name)
        #expect(t.name == name)
        #expect(!t.description.isEmpty)
        #expect(t.language == (name.hasPrefix("cn") ? .zh : .en))
        #expect(t.sections.allSatisfy { $0.role.flatMap(t.owner(ofRole:)) != nil })
        #expect(t.sections.contains { $0.generate == .toc })
        #expect(t.sections.allSatisfy { ($0.source == nil) != ($0.generate == nil) })
    }

    /// The documents the issue asks each template for, in binding order.
    @Test func shippedTemplatesHoldTheirDocumentsInOrder() throws {
        func titles(_ name: String) throws -> [String] { try TemplateLoader.load(folder: TemplateFixture.root + "/" + name).sections.map(\.title) }
        #expect(try titles("cn-goods") == ["目录", "投标函", "开标一览表", "分项报价表", "法定代表人身份证明", "授权委托书", "资格证明文件",
                                          "中小企业声明函", "技术偏离表", "商务偏离表", "技术方案", "售后服务承诺", "投标保证金凭证"])
        #expect(try titles("cn-works") == ["目录", "投标函及投标函附录", "法定代表人身份证明", "授权委托书", "投标保证金", "已标价工程量清单",
                                          "施工组织设计", "项目管理机构", "资格审查资料", "资质证书及证明文件清单"])
        #expect(try titles("en-proposal") == ["Table of Contents", "Cover Letter", "Executive Summary", "Understanding of Requirements",
                                             "Proposed Solution", "Implementation Plan", "Project Team", "Price Summary", "Price Schedule",
                                             "Compliance Matrix", "Terms and Conditions", "Commercial Deviations"])
    }

    /// Breaks a copy of cn-goods with one textual replacement and returns the load error.
    private func error(in file: String = "template.yaml", replacing old: String, with new: String) throws -> LoadError? {
        let tmp = try TemporaryDirectory()
        let folder = try TemplateFixture.copy("cn-goods", into: tmp.path, as: "acme")
        let path = folder + "/" + file
        let text = try TemplateFixture.read(path)
        precondition(text.contains(old), "\(file) lacks \(old)")
        try TemplateFixture.write(path, text.replacingOccurrences(of: old, with: new))
        return loadError { _ = try TemplateLoader.load(folder: folder) }
    }

    @Test func unknownKeySuggestsTheKnownOne() throws {
        let e = try #require(try error(replacing: "due_days_before: 2\n        covers: [D-01]", with: "due_day_before: 2\n        covers: [D-01]"))
        #expect(e.location.file.hasSuffix("acme/template.yaml"))
        #expect(e.location.line > 0 && e.location.column > 0)
        #expect(e.message.contains("unknown key 'due_day_before'") && e.message.contains("did you mean 'due_days_before'?"))
        #expect(e.description.range(of: #"template\.yaml:\d+:\d+: error: "#, options: .regularExpression) != nil)
    }

    @Test func undeclaredRoleIsNamed() throws {
        let e = try #require(try error(replacing: "role: presales-engineer\n        due_days_before: 5\n        covers: [D-10]",
                                       with: "role: presale-engineer\n        due_days_before: 5\n        covers: [D-10]"))
        #expect(e.message == "role 'presale-engineer' is not declared under 'roles'; did you mean 'presales-engineer'?")
    }

    @Test func missingSkeletonFileIsNamedAtItsLine() throws {
        let e = try #require(try error(replacing: "sections/technical/after-sales.md", with: "sections/technical/aftersales.md"))
        #expect(e.message.contains("section file 'sections/technical/aftersales.md' not found in the template's skeleton"))
        let lines = try TemplateFixture.read(TemplateFixture.root + "/cn-goods/template.yaml").components(separatedBy: "\n")
        #expect(lines[e.location.line - 1].contains("source:"))
    }

    @Test func coversMustNameAStarterRequirement() throws {
        let e = try #require(try error(replacing: "covers: [D-11]", with: "covers: [D-11, D-99]"))
        #expect(e.message.contains("section 'after-sales' covers unknown requirement 'D-99'"))
    }

    @Test func everyDocumentRequirementNeedsASection() throws {
        let e = try #require(try error(replacing: "covers: [D-12]", with: "covers: []"))
        #expect(e.location.file.hasSuffix("acme/skeleton/requirements.yaml"))
        #expect(e.message.contains("document requirement D-12 '投标保证金缴纳凭证' is covered by no section"))
    }

    @Test func keysBidkitInitComputesAreRefusedWithTheReason() throws {
        let e = try #require(try error(replacing: "  project:\n    copy: 正本", with: "  project:\n    id: acme\n    copy: 正本"))
        #expect(e.message == "'id' cannot be set in 'bid.project': it comes from the folder name or --id")
        let d = try #require(try error(replacing: "  tender:\n    validity_days: 90", with: "  tender:\n    deadline: 2026-12-10T09:30:00+08:00"))
        #expect(d.message.contains("'deadline' cannot be set in 'bid.tender'"))
    }

    @Test func bidValuesAreTypeChecked() throws {
        let e = try #require(try error(replacing: "    validity_days: 90\n    qualifications:", with: "    validity_days: ninety\n    qualifications:"))
        #expect(e.message.contains("expected a whole number for 'bid.bidder.validity_days'"))
        // 13% is a rate as people write it (issue 15 item 2); a rate that is not a number is still refused.
        #expect(try error(replacing: "tax_rate: 0.13", with: "tax_rate: 13%") == nil)
        let rate = try #require(try error(replacing: "tax_rate: 0.13", with: "tax_rate: 13x%"))
        #expect(rate.message.contains("expected a percentage such as 13% (or a fraction such as 0.13), found '13x%' for 'bid.pricing.tax_rate'"))
        let csv = try #require(try error(replacing: "items_file: prices.csv", with: "items_file: price.csv"))
        #expect(csv.message.contains("price list 'price.csv' not found in the template's skeleton"))
    }

    @Test func deadlineDefaultsAreChecked() throws {
        let e = try #require(try error(replacing: "time: \"09:30\"", with: "time: \"9.30\""))
        #expect(e.message.contains("expected a time of day HH:mm"))
        let o = try #require(try error(replacing: "utc_offset: \"+08:00\"", with: "utc_offset: Beijing"))
        #expect(o.message.contains("a UTC offset such as \"+08:00\", or local"))
    }

    @Test func aSkeletonMustNotHoldBidYAML() throws {
        let tmp = try TemporaryDirectory()
        let folder = try TemplateFixture.copy("cn-goods", into: tmp.path, as: "acme")
        try TemplateFixture.write(folder + "/skeleton/bid.yaml", "project: {}\n")
        let e = try #require(loadError { _ = try TemplateLoader.load(folder: folder) })
        #expect(e.message.contains("a skeleton must not hold bid.yaml"))
    }

    @Test func duplicateSectionIDs() throws {
        let e = try #require(try error(replacing: "id: after-sales", with: "id: technical-proposal"))
        #expect(e.message.contains("duplicate id 'technical-proposal'"))
    }

    /// Whatever text goes in, the emitted YAML reads back as the same text.
    @Test func emittedScalarsReadBackUnchanged() throws {
        let samples = ["plain", "TODO：填写投标人全称", "TODO: the bidder's name", "a: b", "# not a comment", "x #y", "- dash", "-5",
                       "true", "no", "null", "~", "", " lead", "trail ", "line\nbreak", "tab\there", "quote \" and \\ back",
                       "[flow]", "{x}", "a,b", "'single'", "@at", "%percent", "2026-12-10T09:30:00+08:00", "0575-86627788", "key:"]
        let tree = YAMLTree.mapping(samples.enumerated().map { .init(key: "k\($0)", value: .scalar($1)) }
                                    + [.init(key: "list", value: .list(samples.map(YAMLTree.scalar)))])
        let doc = try YAMLDocument(text: YAMLEmitter.emit(tree), file: "t.yaml")
        let m = try doc.root.mapping(keys: samples.indices.map { "k\($0)" } + ["list"])
        for (i, s) in samples.enumerated() {
            #expect(try m.required("k\(i)").string() == s, "\(s.debugDescription)")
        }
        #expect(try m.required("list").list().map { try $0.string() } == samples)
        #expect(YAMLEmitter.emit(.mapping([.init(key: "covers", value: .list([.scalar("D-01"), .scalar("F-01")]))])) == "covers: [D-01, F-01]\n")
        #expect(YAMLEmitter.emit(.mapping([.init(key: "flag", value: .plain("true")), .init(key: "text", value: .scalar("true"))]))
                == "flag: true\ntext: \"true\"\n")
    }
}
